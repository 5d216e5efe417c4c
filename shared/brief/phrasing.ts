// Small phrasing helpers shared by comparisons, caveats and renderers.
import type { Figure } from '../model.ts';
import { formatValue } from '../format.ts';
import { areaName } from './areas.ts';
import { periodName } from './periods.ts';

/** A figure's value the UK way with its qualifier: "over 2,000", "7.71%". */
export function formatFigureText(f: Pick<Figure, 'value' | 'unit' | 'qualifier'>): string {
  const v = formatValue(f.value, f.unit);
  return f.qualifier ? `${f.qualifier} ${v}` : v;
}

/** "2,041 stalking incidents reported": value and measure, for lists and caveats. */
export function figureLine(f: Figure): string {
  return `${formatFigureText(f)} ${f.measure}`.trim();
}

/** "Northshire, the nine months to December 2020". */
export function whereWhen(f: Pick<Figure, 'area' | 'period'>): string {
  return `${areaName(f.area)}, ${periodName(f.period)}`;
}

/** Capitalise the first letter of a sentence built from lower-case parts. */
export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Curly quotes around a quotation from a page. */
export function quoted(s: string): string {
  return `“${s}”`;
}
