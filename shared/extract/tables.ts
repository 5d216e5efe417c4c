// Tables (FOI responses are full of them): every numeric data cell is a figure whose measure is
// its column header and whose period (or area) is its row header; total rows/columns are marked.
import type { FoundFigure, Period } from '../model.ts';
import type { Table } from './html-blocks.ts';
import { findCandidates } from './find.ts';
import { findPeriods, resolvePeriod } from './periods.ts';
import { metricFor } from './metrics.ts';

const TOTAL_RE = /^(total|totals|all|overall|grand total|sum)\b/i;

function periodLabel(text: string): string {
  const t = text.trim();
  if (/^(19|20)\d\d$/.test(t)) return t;
  const ps = findPeriods(t);
  if (ps.length === 1 && ps[0]!.end - ps[0]!.start >= t.length - 4) return ps[0]!.label;
  return '';
}

/** "20 Jan 2020 to 31 Dec 2020" … "1 Jan 2021 to 30 Jun 2021" → "20 Jan 2020 to 30 Jun 2021". */
function spanLabel(first: string, last: string): string {
  if (!first) return '';
  if (first === last) return first;
  const a = first.split(/ to |–| - /)[0]!.trim();
  const parts = last.split(/ to |–| - /);
  const b = parts[parts.length - 1]!.trim();
  return `${a} to ${b}`;
}

export interface TableContext {
  area: string; // the table's area (caption or page)
  published: string | null;
  pageTitle: string;
  isArea: (name: string) => boolean;
  resolve?: (label: string) => Period; // the page's cached period resolver, if any
}

export function tableFigures(table: Table, ctx: TableContext): FoundFigure[] {
  const rows = table.rows;
  if (!rows.length) return [];
  // Header row: the first row whose cells are all <th>, or else the first row if it has no numbers.
  let h = rows.findIndex((r) => r.cells.length > 1 && r.cells.every((c) => c.header));
  if (h < 0 && rows[0] && rows[0].cells.every((c) => !/\d/.test(c.text) || periodLabel(c.text))) h = 0;
  const header = h >= 0 ? rows[h]!.cells.map((c) => c.text) : [];
  const colPeriods = header.map(periodLabel);
  const periodCols = colPeriods.filter(Boolean).length >= 2;
  const body = rows.slice(h + 1);
  const rowLabels = body.map((r) => (r.cells[0] && (r.cells[0].header || !/^[\d,.%£\s<>~*-]+$/.test(r.cells[0].text) || periodLabel(r.cells[0].text)) ? r.cells[0].text : ''));
  const rowPeriods = rowLabels.map(periodLabel);
  const periodRows = rowPeriods.filter(Boolean);
  const out: FoundFigure[] = [];
  for (let ri = 0; ri < body.length; ri++) {
    const row = body[ri]!;
    const label = rowLabels[ri]!;
    const rowTotal = row.total || TOTAL_RE.test(label);
    const rowText = row.cells.map((c) => c.text).join(' ');
    // Length of the row text before each cell (its cells joined by spaces), found once per row.
    const beforeLen: number[] = [];
    for (let k = 0, acc = 0; k < row.cells.length; k++) {
      beforeLen.push(k === 0 ? 0 : acc + k - 1);
      acc += row.cells[k]!.text.length;
    }
    for (let ci = label ? 1 : 0; ci < row.cells.length; ci++) {
      const cell = row.cells[ci]!;
      if (!/\d/.test(cell.text) && !/^(nil|none)$/i.test(cell.text)) continue;
      const cands = findCandidates(cell.text);
      if (!cands.length) continue;
      const col = header[ci] ?? '';
      const colTotal = TOTAL_RE.test(col);
      for (const c of cands) {
        let measure: string;
        let periodText: string;
        let rowArea = '';
        if (periodCols && colPeriods[ci]) {
          // Years across the top: the row is a place ("Lancashire") or a measure ("Arrests").
          if (label && ctx.isArea(label)) {
            rowArea = label;
            measure = table.caption || header[0] || '';
          } else measure = label;
          periodText = colPeriods[ci]!;
        } else {
          measure = col || table.caption;
          periodText = rowPeriods[ri] ?? '';
          if (!periodText && rowTotal && periodRows.length) periodText = spanLabel(periodRows[0]!, periodRows[periodRows.length - 1]!);
        }
        const total = rowTotal || colTotal;
        if (rowTotal && !periodCols) measure = `${measure} (total)`;
        const area = rowArea || (!periodText && label && !rowTotal && !periodCols && ctx.isArea(label) ? label : ctx.area);
        const period = periodText ? (ctx.resolve ? ctx.resolve(periodText) : resolvePeriod(periodText, ctx.published)) : null;
        // Offsets of this cell inside the row text, for the quote.
        const off = beforeLen[ci]! > 0 ? beforeLen[ci]! + 1 : 0;
        const exact = cell.text.slice(c.start, c.end);
        out.push({
          text: exact,
          value: c.value,
          unit: c.unit,
          qualifier: c.qualifier,
          measure: measure.slice(0, 300),
          metric: metricFor(measure, c.unit),
          area: area.slice(0, 200),
          period,
          quote: {
            exact,
            prefix: rowText.slice(Math.max(0, off + c.start - 32), off + c.start),
            suffix: rowText.slice(off + c.end, off + c.end + 32),
          },
          sentence: rowText.slice(0, 5000),
          total,
        });
      }
    }
  }
  return out;
}
