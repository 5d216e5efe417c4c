// An accessible SVG bar chart of incidents against orders applied for and granted. One shared
// scale, so a handful of orders beside thousands of incidents looks as small as it is; every bar
// is labelled with its value, and the chart carries <title>/<desc> (the renderers add a data table).
import { escapeHtml } from './escape.ts';
import type { ChartGroup } from './brief-view.ts';
import { chartDescription } from './brief-view.ts';

const WIDTH = 640;
const LABEL_W = 170;
const VALUE_W = 70;
const BAR_H = 18;
const GAP = 6;
const HEADER_H = 24;
const COLOURS: Record<string, string> = { incidents: '#1d3557', 'orders applied for': '#a63d12', 'orders granted': '#2b6e4f' };
const fmt = new Intl.NumberFormat('en-GB');

export interface ChartOptions {
  /** Unique within the page: ids for <title> and <desc>. */
  id?: string;
  title?: string;
}

export function renderChartSvg(groups: ChartGroup[], o: ChartOptions = {}): string {
  const id = o.id ?? 'chart';
  const title = o.title ?? 'Incidents against orders applied for and granted';
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.value)));
  const span = WIDTH - LABEL_W - VALUE_W;
  const parts: string[] = [];
  let y = 0;
  for (const g of groups) {
    parts.push(`<text x="0" y="${y + 16}" class="cb-chart-group" font-weight="bold">${escapeHtml(g.label)}</text>`);
    y += HEADER_H;
    for (const b of g.bars) {
      // A non-zero bar is never thinner than 2 units, so it stays visible next to thousands.
      const w = b.value <= 0 ? 0 : Math.max(2, (b.value / max) * span);
      parts.push(
        `<text x="${LABEL_W - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(b.label)}</text>`,
        `<rect x="${LABEL_W}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${COLOURS[b.label] ?? '#444444'}"></rect>`,
        `<text x="${(LABEL_W + w + 6).toFixed(1)}" y="${y + 13}">${escapeHtml(fmt.format(b.value))}</text>`,
      );
      y += BAR_H + GAP;
    }
    y += GAP;
  }
  const height = Math.max(y, 1);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" style="max-width:${WIDTH}px" font-family="system-ui, sans-serif" font-size="13" fill="#1a1a1a">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(chartDescription(groups))}</desc>` +
    parts.join('') +
    '</svg>'
  );
}
