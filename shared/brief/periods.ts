// Periods as the brief needs them: how long, whether two are the same or overlap, how to say them.
import type { Period } from '../model.ts';
import { countWords } from './numbers.ts';

const DAY = 86_400_000;

function days(p: Period): number | null {
  if (!p.start || !p.end) return null;
  return Math.round((Date.parse(p.end) - Date.parse(p.start)) / DAY) + 1;
}

/** Whole months a period covers (April–December = 9), or null when its dates are unknown. */
export function monthsIn(p: Period | null): number | null {
  if (!p) return null;
  const d = days(p);
  return d === null ? null : Math.max(1, Math.round(d / 30.4375));
}

export function lengthWords(months: number): string {
  return months === 1 ? 'one month' : `${countWords(months)} months`;
}

function labelKey(label: string): string {
  return label.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

/** A grouping key: the dates when known (so "2020/21" and "year ending March 2021" meet), else the label. */
export function periodKey(p: Period | null): string {
  if (!p) return '';
  if (p.start && p.end) return `${p.start}..${p.end}`;
  return `label:${labelKey(p.label)}`;
}

export function samePeriod(a: Period | null, b: Period | null): boolean {
  return periodKey(a) === periodKey(b);
}

/** true / false when both have dates, null when that cannot be known. */
export function overlaps(a: Period | null, b: Period | null): boolean | null {
  if (!a?.start || !a.end || !b?.start || !b.end) return null;
  return a.start <= b.end && b.start <= a.end;
}

const EARLIER_CUE = /\b(previous|preceding|prior|last|before|earlier)\b/i;

/**
 * Sort key for "which came first": end date, then a label saying "previous"/"last year" (the finder
 * may resolve such labels loosely), then start date.
 */
export function periodOrder(p: Period | null): [string, number, string] {
  return [p?.end ?? p?.start ?? '', p && EARLIER_CUE.test(p.label) ? 0 : 1, p?.start ?? ''];
}

export function comparePeriods(a: Period | null, b: Period | null): number {
  const x = periodOrder(a);
  const y = periodOrder(b);
  if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
  if (x[1] !== y[1]) return x[1] - y[1];
  return x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0;
}

const NO_PREPOSITION = /^(since|so far|last|this|during|in|over|between|from|until|up to|by|before|after|to|for|throughout|across)\b/i;

/** The period as a phrase to follow a clause: "in 2019-20", "in the nine months to December 2020", "so far this year". */
export function periodPhrase(p: Period | null): string {
  if (!p || !p.label.trim()) return '';
  // "Since 2019" as written at the start of a page's sentence reads "since 2019" mid-sentence.
  const label = p.label.trim().replace(/^(The|Since|Last|This|During|In|Over|Between|From|Until|Up|By|Before|After|For|So|Year|Financial)\b/, (w) => w.toLowerCase());
  return NO_PREPOSITION.test(label) ? label : `in ${label}`;
}

/** The period as a noun: "2019-20", "the nine months to December 2020". */
export function periodName(p: Period | null): string {
  return p?.label.trim() || 'no stated period';
}
