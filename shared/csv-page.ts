// A CSV file (an FOI response's spreadsheet, a statistics download) becomes a page with one table,
// so the finder reads it like any table: measures from the header row, periods or areas from the
// first column. papaparse does the CSV parsing (quoted fields, embedded newlines, BOMs, delimiters).
import Papa from 'papaparse';

const MAX_ROWS = 20_000;
const MAX_COLUMNS = 100;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function csvToHtml(csv: string, title: string): string {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', preview: MAX_ROWS + 1 });
  const rows = parsed.data.filter((r) => Array.isArray(r)).map((r) => r.slice(0, MAX_COLUMNS).map((c) => String(c ?? '').trim()));
  const [head, ...body] = rows;
  const cells = (r: string[], tag: 'th' | 'td') => r.map((c) => `<${tag}>${escape(c)}</${tag}>`).join('');
  const table = head
    ? `<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${body.slice(0, MAX_ROWS).map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${table}</main></body></html>`;
}
