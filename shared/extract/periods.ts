// Periods as written ("nine months to December 2020", "2019-20", "so far this year") and their
// dates, resolved against the page's publication date. UK financial years run April to March.
import { MONTHS } from './words.ts';

export interface PeriodOut {
  label: string;
  start: string | null;
  end: string | null;
}
export interface PeriodSpan {
  start: number;
  end: number;
  label: string;
  base: boolean; // a comparison base ("compared with the year ending March 2020"), not the figure's own period
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const NUMW = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty-four|thirty-six)';
const YEAR = '(?:19|20)\\d\\d';
const FY = `${YEAR}[-–/](?:${YEAR}|\\d\\d)(?!\\d)`;

// Each pattern is bounded (no nested unbounded quantifiers) and tried at word starts only.
const PATTERNS: RegExp[] = [
  // date ranges: "1 and 25 February 2022", "20 Jan 2020 to 31 Dec 2020", "1 April 2021 to 31 March 2022"
  new RegExp(`\\b(?:between |from )?${DAY}(?: ${MONTH})?(?: ${YEAR})? (?:and|to|until|-|–) ${DAY} ${MONTH} ${YEAR}`, 'gi'),
  new RegExp(`\\b(?:between |from )?${MONTH} ${YEAR} (?:and|to|until|-|–) ${MONTH} ${YEAR}`, 'gi'),
  // spans ending at a month: "year ending March 2021", "the nine months to December 2020"
  new RegExp(`\\b(?:the )?(?:(?:financial |calendar )?year|${NUMW} (?:months|weeks|years)|quarter|twelve months) (?:ending|ended|to|up to)(?: the end of)? (?:${DAY} )?${MONTH} ${YEAR}`, 'gi'),
  // financial years and runs of them: "2019-20", "2020/21 to 2021/22", "the 2019-20 period"
  new RegExp(`\\b(?:the )?(?:financial year )?${FY}(?: (?:to|and|-|–) ${FY})?(?: (?:period|financial year))?`, 'gi'),
  new RegExp(`\\b${YEAR}(?: to |–|-)${YEAR}\\b`, 'gi'),
  // since a date or an event: "since January 2020", "since 2019", "since the orders came into force"
  new RegExp(`\\bsince (?:${DAY} )?(?:${MONTH} )?${YEAR}\\b`, 'gi'),
  /\bsince (?:the|its|their|records|then|they|it|this|that)\b[a-z ]{0,60}?(?=[,.;:)!?]|$| and | but | while | when )/gi,
  // months: "in February 2022", "mid-2020", "early 2021"
  new RegExp(`(?<!\\d(?:st|nd|rd|th)? )\\b(?:early |late |mid-|the end of )?${MONTH} ${YEAR}\\b`, 'gi'),
  new RegExp(`\\bmid-${YEAR}\\b`, 'gi'),
  // relative periods
  /\b(?:so far |earlier |later )?this (?:year|month|week|quarter)\b/gi,
  /\b(?:the )?(?:previous|past|last|preceding|latest) (?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four) )?(?:years?|months?|weeks?|days?|decade|quarter|financial year)\b/gi,
  /\b(?:the )?(?:year|month) before\b/gi,
  /(?<!(?:than|over|for|of|under|within) )\b(?:a|per|each|every) (?:year|month|week)\b/gi,
  new RegExp(`\\bover (?:the )?(?:next |past |last |coming )?${NUMW} (?:years|months)\\b`, 'gi'),
  /\bthe same period (?:last|a) year\b/gi,
  new RegExp(`\\b(?:the )?(?:first|last|final|second) (?:${NUMW} (?:months|weeks)|half|quarter) of (?:the year|this year|last year|the financial year|${YEAR})\\b`, 'gi'),
  new RegExp(`\\b(?:in|during|for|throughout) ${YEAR}\\b(?![-–/]\\d)`, 'gi'),
];

const LEAD_RE = /^(?:in|during|for|throughout|on|of|between(?= \d))\s+/i;

function cleanLabel(raw: string): string {
  let l = raw.trim();
  for (let i = 0; i < 2; i++) l = l.replace(LEAD_RE, '');
  if (/^the \d/i.test(l) || /^the financial year/i.test(l)) l = l.slice(4);
  l = l.replace(/ (period|financial year)$/i, '');
  return l;
}

function bySpan(a: PeriodSpan, b: PeriodSpan): number {
  return a.start - b.start || b.end - b.start - (a.end - a.start);
}

// Cheap gates: a pattern is tried only when its key words occur in the block at all.
const MONTH_GATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
const YEAR_GATE = /(?:19|20)\d\d/;
// Per-pattern key words: a pattern runs only if the block has a word it cannot match without.
// Bits: 1 since, 2 mid, 4 this, 8 previous/past/last/preceding/latest, 16 before, 32 year/month/week,
// 64 over, 128 same, 256 first/last/final/second; 512 a word that may be a month (before MONTH_GATE runs).
const KEYS: (number | 'month' | 'year')[] = [
  'month', 'month', 'month', 'year', 'year', 1, 1, 'month', 2, 4, 8, 16, 32, 64, 128, 256, 'year',
];
const KEY_WORDS: [string, number][] = [
  ['since', 1], ['mid', 2], ['this', 4], ['previous', 8], ['past', 8], ['last', 8 | 256], ['preceding', 8], ['latest', 8],
  ['before', 16], ['year', 32], ['month', 32], ['week', 32], ['over', 64], ['same', 128], ['first', 256], ['final', 256], ['second', 256],
];
// (first letter, length) → candidate key words, so most words cost one array read.
const KEY_BY_SHAPE = new Map<number, [string, number][]>();
for (const kw of KEY_WORDS) {
  const k = (kw[0].charCodeAt(0) << 4) | kw[0].length;
  KEY_BY_SHAPE.set(k, [...(KEY_BY_SHAPE.get(k) ?? []), kw]);
}

// For patterns that always contain a year (19xx/20xx): a bound on how far their match can start
// before that year ("between 12th September 2020 and 12th September 2021" has at most ~55 chars
// before its last year); -1 where a year is optional.
const YEAR_LEAD = [120, 60, 120, 60, 20, 60, -1, 60, 20, -1, -1, -1, -1, -1, -1, -1, 30];
// A word starting with a month's first three letters (bit 512): what MONTH_GATE looks for, or more.
const MONTH_PREFIX = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => (m.charCodeAt(0) << 16) | (m.charCodeAt(1) << 8) | m.charCodeAt(2)));

// Where each key word bit was first seen in the block (set by keyBits; valid for the bits it returns).
const FIRST_AT = new Int32Array(10);
// For key-word patterns: how far their match can start before the key word ("so far this year",
// "the month before"); -1 for the others.
const KEY_LEAD = [-1, -1, -1, -1, -1, 0, 0, -1, 0, 8, 4, 10, 6, 0, 4, 4, -1];

/** The key-word bits of a block (and FIRST_AT): one pass over its words, case-insensitive, no copies. */
function keyBits(s: string): number {
  let bits = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const lc = c | 32;
    if (lc < 97 || lc > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = s.charCodeAt(j) | 32;
      if (d < 97 || d > 122) break;
      j++;
    }
    const len = j - i;
    if (len >= 3 && (bits & 512) === 0 && MONTH_PREFIX.has((lc << 16) | ((s.charCodeAt(i + 1) | 32) << 8) | (s.charCodeAt(i + 2) | 32))) bits |= 512;
    if (len <= 9) {
      const cands = KEY_BY_SHAPE.get((lc << 4) | len);
      if (cands) {
        for (const [w, bit] of cands) {
          let k = 1;
          while (k < len && (s.charCodeAt(i + k) | 32) === w.charCodeAt(k)) k++;
          if (k === len) {
            if ((bits & bit) !== bit) for (let b = 0; b < 10; b++) if ((bit >> b) & 1 && !((bits >> b) & 1)) FIRST_AT[b] = i;
            bits |= bit;
          }
        }
      }
    }
    i = j;
  }
  return bits;
}

/** Period phrases in a block, non-overlapping, in order. Base periods are flagged. */
export function findPeriods(s: string): PeriodSpan[] {
  const found: PeriodSpan[] = [];
  if (s.length > 300_000) return found;
  const bits = keyBits(s);
  const month = (bits & 512) !== 0 && MONTH_GATE.test(s);
  const ym = YEAR_GATE.exec(s);
  const year = ym !== null;
  const firstYear = ym ? ym.index : 0;
  for (let pi = 0; pi < PATTERNS.length; pi++) {
    const re = PATTERNS[pi]!;
    const key = KEYS[pi]!;
    if (key === 'month' ? !month : key === 'year' ? !year : (bits & key) === 0) continue;
    // A pattern that must contain a year cannot match before (first year − its longest lead-in).
    // A key-word pattern likewise cannot match before (first key word − its lead-in).
    const lead = YEAR_LEAD[pi]!;
    const klead = KEY_LEAD[pi]!;
    let from = lead >= 0 ? Math.max(0, firstYear - lead) : 0;
    if (klead >= 0) from = Math.max(from, FIRST_AT[31 - Math.clz32(key as number)]! - klead);
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(s)) && guard++ < 5000) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, label: cleanLabel(m[0]), base: false });
    }
  }
  // Longest match wins where phrases overlap.
  if (found.length > 1) found.sort(bySpan);
  const out: PeriodSpan[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) {
      if (p.end - p.start > last.end - last.start) out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  for (const p of out) {
    const before = s.slice(Math.max(0, p.start - 24), p.start).toLowerCase();
    if (/(?:^|[\s(,])(compared (with|to)|on|than|from|against|versus|vs\.?)\s+$/.test(before)) p.base = true;
  }
  return out;
}

// ---- resolution ----

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function monthOf(w: string): number {
  return MONTHS[w.toLowerCase().replace(/\.$/, '')] ?? 0;
}
const WORDNUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, 'twenty-four': 24, 'thirty-six': 36 };
function num(w: string): number {
  return /^\d+$/.test(w) ? parseInt(w, 10) : (WORDNUM[w.toLowerCase()] ?? 0);
}
function addMonths(y: number, m: number, delta: number): [number, number] {
  const t = y * 12 + (m - 1) + delta;
  return [Math.floor(t / 12), (t % 12) + 1];
}
function fyYear(a: string, b: string): [number, number] | null {
  const y1 = parseInt(a, 10);
  let y2 = parseInt(b, 10);
  if (b.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
  return y2 === y1 + 1 ? [y1, y2] : y2 > y1 ? [y1, y2] : null;
}

function parseDate(d: string): { y: number; m: number; day: number } | null {
  const m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.? (\d{4})$/.exec(d.trim());
  if (!m) return null;
  const mo = monthOf(m[2]!);
  return mo ? { y: +m[3]!, m: mo, day: +m[1]! } : null;
}

const resolved = new Map<string, PeriodOut>();

/** Dates for a period label, given the page's date (YYYY-MM-DD) for relative phrases. */
export function resolvePeriod(label: string, published: string | null): PeriodOut {
  const key = `${published ?? ''}|${label}`;
  const hit = resolved.get(key);
  if (hit) return { ...hit };
  const r = resolveUncached(label, published);
  if (resolved.size > 5000) resolved.clear();
  resolved.set(key, r);
  return { ...r };
}

function resolveUncached(label: string, published: string | null): PeriodOut {
  const out: PeriodOut = { label: label.slice(0, 300), start: null, end: null };
  const l = label.trim();
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  const py = pub ? +pub.slice(0, 4) : 0;
  const pm = pub ? +pub.slice(5, 7) : 0;
  let m: RegExpExecArray | null;
  const set = (s: string | null, e: string | null) => {
    if (s && e && s > e) return out;
    out.start = s;
    out.end = e;
    return out;
  };
  // "2020/21 to 2021/22"
  if ((m = /^((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)(?: (?:to|and|-|–) ((?:19|20)\d\d)[-–/]((?:19|20)?\d\d))?$/.exec(l))) {
    const a = fyYear(m[1]!, m[2]!);
    const b = m[3] ? fyYear(m[3], m[4]!) : a;
    if (a && b) {
      if (a[1] - a[0] === 1 && b[1] - b[0] === 1) return set(iso(a[0], 4, 1), iso(b[1], 3, 31));
      return set(iso(a[0], 1, 1), iso(b[1], 12, 31));
    }
    return out;
  }
  if ((m = /^((?:19|20)\d\d)(?: to |–|-)((?:19|20)\d\d)$/.exec(l))) return set(iso(+m[1]!, 1, 1), iso(+m[2]!, 12, 31));
  // date ranges
  if ((m = /^(?:between |from )?(\d{1,2})(?:st|nd|rd|th)?(?: ([A-Za-z]+\.?))?(?: (\d{4}))? (?:and|to|until|-|–) (\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+\.? \d{4})$/.exec(l))) {
    const e = parseDate(m[4]!);
    if (e) {
      const sm = m[2] ? monthOf(m[2]) : e.m;
      const sy = m[3] ? +m[3] : e.y;
      if (sm) return set(iso(sy, sm, +m[1]!), iso(e.y, e.m, Math.min(e.day, lastDay(e.y, e.m))));
    }
    return out;
  }
  if ((m = /^(?:between |from )?([A-Za-z]+)\.? (\d{4}) (?:and|to|until|-|–) ([A-Za-z]+)\.? (\d{4})$/.exec(l))) {
    const a = monthOf(m[1]!);
    const b = monthOf(m[3]!);
    if (a && b) return set(iso(+m[2]!, a, 1), iso(+m[4]!, b, lastDay(+m[4]!, b)));
    return out;
  }
  // "year ending March 2021", "nine months to December 2020"
  if ((m = /^(?:the )?(?:(?:financial |calendar )?(year)|(\S+) (months|weeks|years)|(quarter)|twelve (months)) (?:ending|ended|to|up to)(?: the end of)? (?:(\d{1,2})(?:st|nd|rd|th)? )?([A-Za-z]+)\.? (\d{4})$/i.exec(l))) {
    const mo = monthOf(m[7]!);
    const y = +m[8]!;
    if (!mo) return out;
    let months = 12;
    if (m[2]) {
      const k = num(m[2]);
      months = m[3]!.toLowerCase() === 'years' ? k * 12 : m[3]!.toLowerCase() === 'weeks' ? 0 : k;
    } else if (m[4]) months = 3;
    const endDay = m[6] ? +m[6] : lastDay(y, mo);
    if (!months) return set(null, iso(y, mo, endDay));
    const [sy, sm] = addMonths(y, mo, -(months - 1));
    return set(iso(sy, sm, 1), iso(y, mo, endDay));
  }
  if ((m = /^since (?:(\d{1,2})(?:st|nd|rd|th)? )?(?:([A-Za-z]+)\.? )?(\d{4})$/i.exec(l))) {
    const mo = m[2] ? monthOf(m[2]) : 1;
    if (!mo) return out;
    return set(iso(+m[3]!, mo, m[1] ? +m[1] : 1), pub);
  }
  if ((m = /^(?:(early|late|mid-|the end of) )?([A-Za-z]+)\.? (\d{4})$/i.exec(l)) || (m = /^(mid-)([A-Za-z]+)\.? (\d{4})$/.exec(l))) {
    const mo = monthOf(m[2]!);
    if (mo) return set(iso(+m[3]!, mo, 1), iso(+m[3]!, mo, lastDay(+m[3]!, mo)));
    return out;
  }
  if ((m = /^(\d{4})$/.exec(l))) return set(iso(+m[1]!, 1, 1), iso(+m[1]!, 12, 31));
  if (!pub) return out;
  const low = l.toLowerCase();
  if (/^(so far |earlier |later )?this year$/.test(low)) return set(iso(py, 1, 1), pub);
  if (low === 'this month' || low === 'so far this month') return set(iso(py, pm, 1), pub);
  if (/^(the )?(last|previous|preceding) year$/.test(low) || low === 'last year') return set(iso(py - 1, 1, 1), iso(py - 1, 12, 31));
  if (/^(the )?(year before)$/.test(low)) return set(iso(py - 2, 1, 1), iso(py - 2, 12, 31));
  if (/^(the )?(past|last|previous|preceding) (12|twelve) months$/.test(low) || /^(the )?past year$/.test(low)) {
    // "the previous 12 months" after "last year" means the year before that; kept simple: the 12 months to publication.
    const [sy, sm] = addMonths(py, pm, -12);
    return set(iso(sy, sm, 1), pub);
  }
  if (/^(the )?(last|previous) month$/.test(low) || low === 'last month') {
    const [y, mo] = addMonths(py, pm, -1);
    return set(iso(y, mo, 1), iso(y, mo, lastDay(y, mo)));
  }
  if ((m = /^(?:the )?(?:past|last|previous) (\S+) years$/.exec(low))) {
    const k = num(m[1]!);
    if (k) return set(iso(py - k, pm, 1), pub);
  }
  return out;
}
