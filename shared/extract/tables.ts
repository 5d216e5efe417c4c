// Tables (FOI responses are full of them): every numeric data cell is a figure whose measure is
// its column header and whose period (or area) is its row header; total rows/columns are marked.
import type { FoundFigure, Period } from '../model.ts';
import type { Row, Table } from './html-blocks.ts';
import { findCandidates, type Candidate } from './find.ts';
import { findPeriods, mayHoldPeriod, resolvePeriod } from './periods.ts';
import { metricFor } from './metrics.ts';

const TOTAL_RE = /^(total|totals|all|overall|grand total|sum)\b/i;
const YEAR_ONLY_RE = /^(19|20)\d\d$/;
const NUMERIC_LABEL_RE = /^[\d,.%£\s<>~*-]+$/;
const NIL_RE = /^(nil|none)$/i;
const DIGIT_RE = /\d/;

/** The period a header or row label names, or ''; memoised in labels (the table's). */
function periodLabel(text: string, labels: Map<string, string>): string {
  let p = labels.get(text);
  if (p === undefined) labels.set(text, (p = periodLabelUncached(text)));
  return p;
}

function periodLabelUncached(text: string): string {
  const t = text.trim();
  if (!mayHoldPeriod(t)) return '';
  if (YEAR_ONLY_RE.test(t)) return t;
  const ps = findPeriods(t);
  if (ps.length === 1 && ps[0]!.end - ps[0]!.start >= t.length - 4) return ps[0]!.label;
  return '';
}

const SPAN_SEP = / to |–| - /;

/** "20 Jan 2020 to 31 Dec 2020" … "1 Jan 2021 to 30 Jun 2021" → "20 Jan 2020 to 30 Jun 2021". */
function spanLabel(first: string, last: string): string {
  if (!first) return '';
  if (first === last) return first;
  // The part before the first separator and after the last one (as split() would give them).
  const m = SPAN_SEP.exec(first);
  const a = (m ? first.slice(0, m.index) : first).trim();
  const parts = last.split(SPAN_SEP);
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

/** A row's cells joined by spaces (the figures' sentence) and where each cell's quote offsets start. */
function rowTextOf(row: Row): { text: string; offs: number[] } {
  const cells = row.cells;
  const offs: number[] = [];
  let text = '';
  for (let k = 0; k < cells.length; k++) {
    // A cell's offset (as before: the second cell after an empty first one counts from 0, not 1).
    offs.push(k === 0 || text.length === 0 ? 0 : text.length + 1);
    text = k === 0 ? cells[0]!.text : `${text} ${cells[k]!.text}`;
  }
  return { text, offs };
}

export function tableFigures(table: Table, ctx: TableContext): FoundFigure[] {
  const rows = table.rows;
  if (!rows.length) return [];
  // Labels and cell texts repeat within a table ("0", "<5", the same years): each is read once per table.
  // (No named closures here: tsx's keepNames wraps every one created in a __name call.)
  const labels = new Map<string, string>();
  const candsOf = new Map<string, Candidate[]>();
  // Header row: the first row whose cells are all <th>, or else the first row if it has no numbers.
  let h = rows.findIndex((r) => r.cells.length > 1 && r.cells.every((c) => c.header));
  if (h < 0 && rows[0] && rows[0].cells.every((c) => !DIGIT_RE.test(c.text) || periodLabel(c.text, labels))) h = 0;
  const header = h >= 0 ? rows[h]!.cells.map((c) => c.text) : [];
  const colPeriods = header.map((c) => periodLabel(c, labels));
  const colTotals = header.map((c) => TOTAL_RE.test(c));
  const periodCols = colPeriods.filter(Boolean).length >= 2;
  const body = rows.slice(h + 1);
  const rowLabels = body.map((r) => (r.cells[0] && (r.cells[0].header || !NUMERIC_LABEL_RE.test(r.cells[0].text) || periodLabel(r.cells[0].text, labels)) ? r.cells[0].text : ''));
  const rowPeriods = rowLabels.map((l) => periodLabel(l, labels));
  const periodRows = rowPeriods.filter(Boolean);
  // A total row with no period of its own spans the rows' periods (the same span for every one).
  const totalSpan = periodRows.length ? spanLabel(periodRows[0]!, periodRows[periodRows.length - 1]!) : '';
  const out: FoundFigure[] = [];
  for (let ri = 0; ri < body.length; ri++) {
    const row = body[ri]!;
    const label = rowLabels[ri]!;
    const rowTotal = row.total || TOTAL_RE.test(label);
    let rowText: { text: string; offs: number[] } | null = null; // built at the row's first figure
    let labelIsArea: boolean | undefined; // asked at most once per row
    for (let ci = label ? 1 : 0; ci < row.cells.length; ci++) {
      const cell = row.cells[ci]!;
      if (!DIGIT_RE.test(cell.text) && !NIL_RE.test(cell.text)) continue;
      let cands = candsOf.get(cell.text);
      if (!cands) candsOf.set(cell.text, (cands = findCandidates(cell.text)));
      if (!cands.length) continue;
      const col = header[ci] ?? '';
      const colTotal = colTotals[ci] ?? false;
      // Everything but the number itself is the cell's: found once for all its candidates.
      let measure: string;
      let periodText: string;
      let rowArea = '';
      if (periodCols && colPeriods[ci]) {
        // Years across the top: the row is a place ("Lancashire") or a measure ("Arrests").
        if (label && (labelIsArea ??= ctx.isArea(label))) {
          rowArea = label;
          measure = table.caption || header[0] || '';
        } else measure = label;
        periodText = colPeriods[ci]!;
      } else {
        measure = col || table.caption;
        periodText = rowPeriods[ri] ?? '';
        if (!periodText && rowTotal && periodRows.length) periodText = totalSpan;
      }
      const total = rowTotal || colTotal;
      if (rowTotal && !periodCols) measure = `${measure} (total)`;
      const area = (rowArea || (!periodText && label && !rowTotal && !periodCols && (labelIsArea ??= ctx.isArea(label))) ? label : ctx.area).slice(0, 200);
      const measureOut = measure.slice(0, 300);
      rowText ??= rowTextOf(row);
      const { text, offs } = rowText;
      const off = offs[ci]!;
      const sentence = text.length > 5000 ? text.slice(0, 5000) : text;
      for (const c of cands) {
        // Each figure gets its own period object.
        const period = periodText ? (ctx.resolve ? ctx.resolve(periodText) : resolvePeriod(periodText, ctx.published)) : null;
        const exact = cell.text.slice(c.start, c.end);
        out.push({
          text: exact,
          value: c.value,
          unit: c.unit,
          qualifier: c.qualifier,
          measure: measureOut,
          metric: metricFor(measure, c.unit),
          area,
          period,
          quote: {
            exact,
            prefix: text.slice(Math.max(0, off + c.start - 32), off + c.start),
            suffix: text.slice(off + c.end, off + c.end + 32),
          },
          sentence,
          total,
        });
      }
    }
  }
  return out;
}
