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

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(?:${MONTH_NAMES.join('|')})\\.?`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const NUMW = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty-four|thirty-six)';
const YEAR = '(?:19|20)\\d\\d';
const FY = `${YEAR}[-–/](?:${YEAR}|\\d\\d)(?!\\d)`;

// Anchors: what a pattern's matches always contain, found by two quick scans (years, key words) before
// any pattern runs, each kind checked against its neighbours so that most are tried only where they can match.
const DAY_MONTH_YEAR = 1 << 0; // "25 February 2022"
const MONTH_YEAR_TO = 1 << 1; // "January 2020 to"
const MONTH_YEAR_ENDING = 1 << 2; // "ending March 2021", "to 31 December 2020"
const MONTH_YEAR = 1 << 3; // "March 2021", "Sept. 2020"
const FY_YEAR = 1 << 4; // "2019-20", "2019/2020"
const RANGE_YEAR = 1 << 5; // "2019 to 2020", "2019-2020"
const MID_YEAR = 1 << 6; // "mid-2020"
const IN_YEAR = 1 << 7; // "in 2020", "during 2020", "for 2020", "throughout 2020"
const SINCE_DATE = 1 << 8; // "since 2019", "since 1 March"
const SINCE_EVENT = 1 << 9; // "since the", "since records"
const THIS = 1 << 10; // "this year"
const RECENT = 1 << 11; // "previous", "past", "last", "preceding", "latest" + space
const BEFORE = 1 << 12; // "year before", "month before"
const UNIT = 1 << 13; // "a year", "per month", "each week", "every year"
const OVER = 1 << 14; // "over" + space
const SAME = 1 << 15; // "same p…"
const ORDINAL = 1 << 16; // "first", "last", "final", "second" + space

interface Rule {
  re: RegExp; // sticky: the pattern, captured, after at most `lead` other characters (the leftmost match within them)
  anchor: number;
  lead: number; // how far a match can start before its anchor: "the financial year 2019-20" starts 19 before its year
}
function rule(pattern: RegExp, anchor: number, lead: number): Rule {
  return { re: new RegExp(`${lead ? `[\\s\\S]{0,${lead}}?` : ''}(${pattern.source})`, 'iy'), anchor, lead };
}

// Each pattern is bounded (no nested unbounded quantifiers) and tried only just before its anchors.
const RULES: Rule[] = [
  // date ranges: "1 and 25 February 2022", "20 Jan 2020 to 31 Dec 2020", "1 April 2021 to 31 March 2022"
  rule(new RegExp(`\\b(?:between |from )?${DAY}(?: ${MONTH})?(?: ${YEAR})? (?:and|to|until|-|–) ${DAY} ${MONTH} ${YEAR}`), DAY_MONTH_YEAR, 51),
  rule(new RegExp(`\\b(?:between |from )?${MONTH} ${YEAR} (?:and|to|until|-|–) ${MONTH} ${YEAR}`), MONTH_YEAR_TO, 19),
  // spans ending at a month: "year ending March 2021", "the nine months to December 2020"
  rule(new RegExp(`\\b(?:the )?(?:(?:financial |calendar )?year|${NUMW} (?:months|weeks|years)|quarter|twelve months) (?:ending|ended|to|up to)(?: the end of)? (?:${DAY} )?${MONTH} ${YEAR}`), MONTH_YEAR_ENDING, 57),
  // financial years and runs of them: "2019-20", "2020/21 to 2021/22", "the 2019-20 period"
  rule(new RegExp(`\\b(?:the )?(?:financial year )?${FY}(?: (?:to|and|-|–) ${FY})?(?: (?:period|financial year))?`), FY_YEAR, 19),
  rule(new RegExp(`\\b${YEAR}(?: to |–|-)${YEAR}\\b`), RANGE_YEAR, 0),
  // since a date or an event: "since January 2020", "since 2019", "since the orders came into force"
  rule(new RegExp(`\\bsince (?:${DAY} )?(?:${MONTH} )?${YEAR}\\b`), SINCE_DATE, 0),
  rule(/\bsince (?:the|its|their|records|then|they|it|this|that)\b[a-z ]{0,60}?(?=[,.;:)!?]|$| and | but | while | when )/, SINCE_EVENT, 0),
  // months: "in February 2022", "mid-2020", "early 2021"
  rule(new RegExp(`(?<!\\d(?:st|nd|rd|th)? )\\b(?:early |late |mid-|the end of )?${MONTH} ${YEAR}\\b`), MONTH_YEAR, 22),
  rule(new RegExp(`\\bmid-${YEAR}\\b`), MID_YEAR, 4),
  // relative periods
  rule(/\b(?:so far |earlier |later )?this (?:year|month|week|quarter)\b/, THIS, 8),
  rule(/\b(?:the )?(?:previous|past|last|preceding|latest) (?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four) )?(?:years?|months?|weeks?|days?|decade|quarter|financial year)\b/, RECENT, 4),
  rule(/\b(?:the )?(?:year|month) before\b/, BEFORE, 10),
  rule(/(?<!(?:than|over|for|of|under|within) )\b(?:a|per|each|every) (?:year|month|week)\b/, UNIT, 6),
  rule(new RegExp(`\\bover (?:the )?(?:next |past |last |coming )?${NUMW} (?:years|months)\\b`), OVER, 0),
  rule(/\bthe same period (?:last|a) year\b/, SAME, 4),
  rule(new RegExp(`\\b(?:the )?(?:first|last|final|second) (?:${NUMW} (?:months|weeks)|half|quarter) of (?:the year|this year|last year|the financial year|${YEAR})\\b`), ORDINAL, 4),
  rule(new RegExp(`\\b(?:in|during|for|throughout) ${YEAR}\\b(?![-–/]\\d)`), IN_YEAR, 11),
];

// ---- characters ----

const isLetter = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;
const isDigit = (c: number): boolean => c >= 48 && c <= 57; // false for NaN (out of range)
/** Whether s[i], lower-cased if a letter, is one of chars. */
function charIn(s: string, i: number, chars: string): boolean {
  const c = s.charCodeAt(i);
  const l = isLetter(c) ? c | 32 : c;
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === l) return true;
  return false;
}
/** Whether s has word (lower case) at i, case-insensitively; compared from its end, where words differ most. */
function hasAt(s: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > s.length) return false;
  for (let k = word.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(i + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

/** Whether s[i] is whitespace as \s means it. */
function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(s.charAt(i));
}

// ---- anchors ----

// Rules by their anchor's bit (each rule has its own), so a block tries only the rules its anchors allow.
const RULE_OF_BIT: Rule[] = [];
for (const r of RULES) RULE_OF_BIT[31 - Math.clz32(r.anchor)] = r;

const YEAR_RE = /(?:19|20)\d\d/g;
const KEY_WORDS = 'since|this|previous|past|last|preceding|latest|before|year|month|week|over|same|first|final|second';
const KEY_RE = new RegExp(`\\b(?:${KEY_WORDS})\\b`, 'gi');
const ANY_KEY_RE = new RegExp(`\\b(?:${KEY_WORDS})\\b`, 'i');

/** Can findPeriods find anything in t? Only with a digit (every year has one) or a key word. */
export function mayHoldPeriod(t: string): boolean {
  return /\d/.test(t) || ANY_KEY_RE.test(t);
}
// A key word's anchor kinds (before its neighbours are checked) by (first letter, length): no two key
// words share a shape but first/final.
const KEY_KIND = new Int32Array(26 * 16);
const keyShape = (s: string, i: number, len: number): number => ((s.charCodeAt(i) | 32) - 97) * 16 + len;
for (const [words, kind] of [
  ['since', SINCE_DATE | SINCE_EVENT], ['this', THIS], ['previous past preceding latest', RECENT], ['last', RECENT | ORDINAL],
  ['before', BEFORE], ['year month week', UNIT], ['over', OVER], ['same', SAME], ['first final second', ORDINAL],
] as const) for (const w of words.split(' ')) KEY_KIND[keyShape(w, 0, w.length)] = kind;

// MONTH's names by their first three letters.
const MONTH3 = new Uint8Array(26 * 26 * 26);
const month3 = (s: string, i: number): number => ((s.charCodeAt(i) | 32) - 97) * 676 + ((s.charCodeAt(i + 1) | 32) - 97) * 26 + ((s.charCodeAt(i + 2) | 32) - 97);
for (const m of MONTH_NAMES) MONTH3[month3(m, 0)] = 1;

/** Where a month name (3–9 letters, then an optional ".") ending at e starts, or -1. */
function monthBefore(s: string, e: number): number {
  if (s.charCodeAt(e - 1) === 0x2e) e--;
  let b = e;
  while (b > 0 && b > e - 10 && isLetter(s.charCodeAt(b - 1))) b--;
  return e - b >= 3 && e - b <= 9 && MONTH3[month3(s, b)] === 1 ? b : -1;
}

const yearAt = (s: string, i: number): boolean => {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3));
};
const IN_WORDS = ['in', 'during', 'for', 'throughout'];
/** Whether s[.., e) ends with one of words (lower case), case-insensitively. */
function endsWithWord(s: string, e: number, words: string[]): boolean {
  for (const w of words) if (hasAt(s, e - w.length, w)) return true;
  return false;
}

/** The anchor kinds of the year at q (its neighbours decide which patterns can contain it). */
function yearKinds(s: string, q: number): number {
  const before = s.charCodeAt(q - 1);
  const after = s.charCodeAt(q + 4);
  const dashed = (after === 0x2d || after === 0x2013 || after === 0x2f) && isDigit(s.charCodeAt(q + 5));
  let kind = 0;
  if (dashed) kind |= FY_YEAR;
  if (after === 0x20 ? hasAt(s, q + 5, 'to ') && yearAt(s, q + 8) : after !== 0x2f && dashed && yearAt(s, q + 5)) kind |= RANGE_YEAR;
  if (before === 0x2d) return charIn(s, q - 2, 'd') ? kind | MID_YEAR : kind;
  if (before !== 0x20) return kind;
  const boundary = !isLetter(after) && !isDigit(after) && after !== 0x5f; // \b after the year
  if (boundary && !dashed && endsWithWord(s, q - 1, IN_WORDS)) kind |= IN_YEAR;
  const m = monthBefore(s, q - 1);
  if (m < 0) return kind;
  if (boundary) kind |= MONTH_YEAR;
  if (after === 0x20 && charIn(s, q + 5, 'atu-–')) kind |= MONTH_YEAR_TO;
  if (s.charCodeAt(m - 1) === 0x20) {
    // after a day ("25 February") or ending, ended, to, the end of
    if (isDigit(s.charCodeAt(m - 2)) || isDigit(s.charCodeAt(m - 4))) kind |= DAY_MONTH_YEAR;
    if (isDigit(s.charCodeAt(m - 2)) || charIn(s, m - 2, 'gdofth')) kind |= MONTH_YEAR_ENDING;
  }
  return kind;
}

/** The anchor kinds of the key word s[k, e), given its neighbours. */
function keyKinds(s: string, k: number, e: number): number {
  let kind = KEY_KIND[keyShape(s, k, e - k)]!;
  if (kind === BEFORE || kind === UNIT) {
    // "year before", "month before"; "a year", "per month", "each week", "every year"
    return s.charCodeAt(k - 1) === 0x20 && charIn(s, k - 2, kind === BEFORE ? 'rh' : 'arhy') ? kind : 0;
  }
  if (s.charCodeAt(e) !== 0x20) return 0;
  if (kind & SINCE_DATE) {
    const c = s.charCodeAt(e + 1);
    kind = (isDigit(c) || charIn(s, e + 1, 'jfmasond') ? SINCE_DATE : 0) | (charIn(s, e + 1, 'tir') ? SINCE_EVENT : 0);
  } else if (kind === THIS && !charIn(s, e + 1, 'ymwq')) kind = 0;
  else if (kind === SAME && !charIn(s, e + 1, 'p')) kind = 0;
  return kind;
}

// The block's anchors, in two ascending runs (years, then key words); no pattern uses both.
const anchorAt: number[] = [];
const anchorKind: number[] = [];
let anchors = 0;

function addAnchor(at: number, kind: number): void {
  anchorAt[anchors] = at;
  anchorKind[anchors++] = kind;
}

/** Sets the block's anchors; returns the union of their kinds. */
function findAnchors(s: string): number {
  anchors = 0;
  let all = 0;
  // Every year a pattern needs follows a non-digit, so this non-overlapping scan finds them all.
  YEAR_RE.lastIndex = 0;
  while (YEAR_RE.test(s)) {
    const q = YEAR_RE.lastIndex - 4;
    const kind = yearKinds(s, q);
    if (kind) addAnchor(q, kind);
    all |= kind;
  }
  KEY_RE.lastIndex = 0;
  while (KEY_RE.test(s)) {
    const e = KEY_RE.lastIndex;
    let k = e;
    while (isLetter(s.charCodeAt(k - 1))) k--;
    const kind = keyKinds(s, k, e);
    if (kind) addAnchor(k, kind);
    all |= kind;
  }
  return all;
}

/** Words by their first or last character (a lower-case letter or other), to compare only the one or two that can fit. */
function byEnd(words: string[], last: boolean): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = [];
  for (const w of words) (out[w.charCodeAt(last ? w.length - 1 : 0)] ??= []).push(w);
  return out;
}

const LEAD_RE = /^(?:in|during|for|throughout|on|of|between(?= \d))\s+/i;
const LEADS = byEnd(['in', 'during', 'for', 'throughout', 'on', 'of', 'between'], false);
function hasLead(l: string): boolean {
  for (const w of LEADS[l.charCodeAt(0) | 32] ?? []) if (hasAt(l, 0, w) && isSpace(l, w.length)) return true;
  return false;
}

// Most labels need none of these steps, so each regex runs only where its words are.
function cleanLabel(raw: string): string {
  let l = raw.trim();
  for (let i = 0; i < 2 && hasLead(l); i++) l = l.replace(LEAD_RE, '');
  if (hasAt(l, 0, 'the ') && (isDigit(l.charCodeAt(4)) || hasAt(l, 0, 'the financial year'))) l = l.slice(4);
  if (hasAt(l, l.length - 7, ' period')) l = l.slice(0, -7);
  else if (hasAt(l, l.length - 15, ' financial year')) l = l.slice(0, -15);
  return l;
}

const BASES = byEnd(['compared with', 'compared to', 'on', 'than', 'from', 'against', 'versus', 'vs.', 'vs'], true);

/** A comparison base: the 24 characters before start end with "compared with", "on", "than" … and space. */
function isBase(s: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  let e = start;
  while (e > from && isSpace(s, e - 1)) e--;
  const ws = e < start ? BASES[s.charCodeAt(e - 1) | 32] : undefined;
  if (!ws) return false;
  for (const w of ws) {
    const b = e - w.length;
    if (b < from || !hasAt(s, b, w)) continue;
    if (b === from) return true;
    const c = s.charCodeAt(b - 1);
    if (c === 0x28 || c === 0x2c || isSpace(s, b - 1)) return true;
  }
  return false;
}

// Stable, like Array.prototype.sort; blocks have a handful of periods, where insertion sort is cheapest.
function sortBySpan(ps: PeriodSpan[]): void {
  if (ps.length > 32) {
    ps.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    return;
  }
  for (let i = 1; i < ps.length; i++) {
    const p = ps[i]!;
    let j = i;
    for (; j > 0; j--) {
      const q = ps[j - 1]!;
      if (q.start < p.start || (q.start === p.start && q.end - q.start >= p.end - p.start)) break;
      ps[j] = q;
    }
    ps[j] = p;
  }
}

/** Period phrases in a block, non-overlapping, in order. Base periods are flagged. */
export function findPeriods(s: string): PeriodSpan[] {
  const found: PeriodSpan[] = [];
  if (s.length > 300_000) return found;
  const kinds = findAnchors(s);
  for (let bits = kinds; bits; bits &= bits - 1) {
    const { re, anchor, lead } = RULE_OF_BIT[31 - Math.clz32(bits & -bits)]!;
    // The pattern's successive leftmost matches, as a global regex finds them (at most 5000): one that
    // starts at or after `from` starts within `lead` before the first anchor at or after `from`.
    let from = 0;
    let clear = 0; // no match starts before this (windows already tried), so none is scanned twice
    let n = 0;
    for (let k = 0; k < anchors && n < 5000; k++) {
      if ((anchorKind[k]! & anchor) === 0) continue;
      const a = anchorAt[k]!;
      while (n < 5000) {
        const w = Math.max(from, clear, a - lead);
        if (w > a) break;
        re.lastIndex = w;
        const m = re.exec(s);
        if (!m) {
          clear = w + lead + 1;
          break;
        }
        const text = m[1]!;
        from = re.lastIndex;
        found.push({ start: from - text.length, end: from, label: text, base: false });
        n++;
      }
    }
  }
  // Longest match wins where phrases overlap (most blocks have one period or none: nothing to do).
  let out = found;
  if (found.length > 1) {
    sortBySpan(found);
    out = [];
    for (const p of found) {
      const last = out.length ? out[out.length - 1]! : null; // not out[-1]: a slow property lookup
      if (last && p.start < last.end) {
        if (p.end - p.start > last.end - last.start) out[out.length - 1] = p;
        continue;
      }
      out.push(p);
    }
  }
  for (const p of out) {
    p.label = cleanLabel(p.label);
    p.base = isBase(s, p.start);
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
