// From number tokens to candidate figures in one block: traps are dropped, then each survivor
// gets its unit (percent, GBP, ratio, rate, duration), multiplier, sign and qualifier.
import { TokenPool, tokenize, round4, isLetter, type NumToken } from './numbers.ts';
import { MONTHS, adjacentWordEnd, adjacentWordStart, atSentenceStart, isUpper, lowerIfNeeded, nextWordsCheap, prevWordsCheap, wordsBefore } from './words.ts';
import {
  DURATION_NOUNS, MEASURE_UNITS, ORDINAL_NOUNS, PERIOD_LEAD, QUALIFIERS, REFERENCE_WORDS, SENTENCE_VERBS, TIME_UNITS,
} from './traps.ts';
import type { UNITS } from '../model.ts';

export type Unit = (typeof UNITS)[number];

export interface Candidate {
  start: number; // span of the figure's text in the block
  end: number;
  numStart: number; // span of the number itself
  numEnd: number;
  value: number;
  unit: Unit;
  qualifier: string;
  rateBase: string; // "per 1,000 population" for rates
  duration: string; // "months" for durations
  rangeWith: number; // index of the other end of a range, or -1
}

export type TrapReason =
  | '' | 'alnum' | 'ref' | 'time' | 'date' | 'year' | 'fy' | 'phone' | 'age' | 'marker' | 'ordinal' | 'compound'
  | 'unit' | 'furniture' | 'address' | 'period' | 'multiplier' | 'pronoun' | 'base' | 'name' | 'huge' | 'list';

const MAX_TOKENS_PER_BLOCK = 20_000;

function charAt(s: string, i: number): string {
  return i >= 0 && i < s.length ? s[i]! : '';
}
function code(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}
/** £ $ € */
function isCurrency(c: number): boolean {
  return c === 0xa3 || c === 36 || c === 0x20ac;
}
function isDigitC(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAlnum(c: number): boolean {
  return isDigitC(c) || isLetter(c);
}

/** Lower-cased code of the first letter after pos, skipping at most one space or hyphen; -1 if none. */
function firstLetterAfter(s: string, pos: number): number {
  let i = pos;
  const c = s.charCodeAt(i);
  if (c === 32 || c === 45) i++;
  const d = s.charCodeAt(i);
  return isLetter(d) ? d | 32 : -1;
}

/** Letters glued to the end of a number: "m" of 3.2m, "th" of 4th. */
function suffixAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && j - i < 6 && isLetter(s.charCodeAt(j))) j++;
  if (j - i >= 6) return s.slice(i, j).toLowerCase() + '…';
  return s.slice(i, j).toLowerCase();
}

const PERCENT_RE = /^(\s?%|\s?per\s?cent\b|\s?percent\b|\s?pc\b|\s?percentage points?\b)/i;
const SCALE_WORD_RE = /^\s(million|billion|thousand|trillion|mn|bn)\b/i;
const TIME_AFTER_RE = /^\s?(am|pm|a\.m\.|p\.m\.|hrs|gmt|bst|utc)(?![a-z])/i;
const MIN_READ_RE = /^\s?(min|mins|minute|minutes)\s+read\b/i;
const RATE_RE = /^ per (\d[\d,]*)( [a-z]+)?/;
const RATE_GAP_RE = /^ ((?:[A-Za-z]+ ){1,4})(?:for every|for each|per|in every) $/;
const CONNECTOR_RE = /^\s*(and|to|or|&|-|–|—)\s*$/i;

function scaleOf(w: string): number {
  switch (w) {
    case 'k': case 'thousand': return 1e3;
    case 'm': case 'mn': case 'million': return 1e6;
    case 'bn': case 'b': case 'billion': return 1e9;
    case 'tn': case 'trillion': return 1e12;
    default: return 1;
  }
}

// Qualifiers by the (first letter, length) of their last word, longest first: the words before a
// number are compared with these in place, case-insensitively, with no copies (most numbers have
// "of", "to" or "than" before them).
const QUALIFIER_WORDS = QUALIFIERS.map((q) => q.split(' ')).sort((a, b) => b.length - a.length);
const QUALIFIERS_BY_LAST = new Map<number, { words: string[]; q: string }[]>();
for (const words of QUALIFIER_WORDS) {
  const last = words[words.length - 1]!;
  const key = (last.charCodeAt(0) << 8) | last.length;
  QUALIFIERS_BY_LAST.set(key, [...(QUALIFIERS_BY_LAST.get(key) ?? []), { words, q: words.join(' ') }]);
}
// Spans of up to three words read back from a position (nearest first): scratch, reused per call.
const BACK_START = new Int32Array(3);
const BACK_END = new Int32Array(3);
const MONTH_SET = new Set(Object.keys(MONTHS));

/** Is s[a, b) the lower-case ASCII word w, ignoring case? */
function wordIs(s: string, a: number, b: number, w: string): boolean {
  if (b - a !== w.length) return false;
  for (let i = 0; i < w.length; i++) if ((s.charCodeAt(a + i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

/**
 * Up to three words right before p, as prevWordsCheap reads them (letters only, at most 16 long,
 * separated by one to three spaces, the first possibly touching p), into BACK_START/BACK_END.
 */
function backWords(s: string, p: number): number {
  let n = 0;
  let i = p - 1;
  while (n < 3) {
    let j = i;
    while (j >= 0 && s.charCodeAt(j) === 32 && i - j < 3) j--;
    if (j === i && n) break;
    const end = j + 1;
    while (j >= 0 && isLetter(s.charCodeAt(j))) j--;
    if (j + 1 === end || end - j > 16) break;
    BACK_START[n] = j + 1;
    BACK_END[n] = end;
    n++;
    i = j;
    if (i >= 0 && s.charCodeAt(i) !== 32) break;
  }
  return n;
}

/** Qualifier words right before pos ("more than", "nearly"), as written in lower case. */
export function qualifierBefore(s: string, pos: number): { q: string; start: number } {
  const q = qualifierAt(s, pos);
  return { q, start: qualifierStart };
}

/** Where the qualifier found by the last qualifierAt call starts (pos when there is none). */
let qualifierStart = 0;

/** qualifierBefore's qualifier, with its start in qualifierStart: no object per number. */
function qualifierAt(s: string, pos: number): string {
  // Symbols: "<5" (suppressed small numbers in FOI tables), ">100", "~40".
  const sym = s.charCodeAt(pos - 1);
  qualifierStart = pos - 1;
  if (sym === 60 || sym === 0x2264) return 'fewer than'; // < ≤
  if (sym === 62 || sym === 0x2265) return 'more than'; // > ≥
  if (sym === 126 || sym === 0x2248) return 'around'; // ~ ≈
  qualifierStart = pos;
  // A currency sign or minus may sit between the qualifier and the number.
  let p = pos;
  while (p > 0 && (isCurrency(s.charCodeAt(p - 1)) || s.charCodeAt(p - 1) === 45)) p--;
  const n = backWords(s, p);
  if (n === 0) return '';
  const lastLen = BACK_END[0]! - BACK_START[0]!;
  const cands = lastLen > 15 ? undefined : QUALIFIERS_BY_LAST.get(((s.charCodeAt(BACK_START[0]!) | 32) << 8) | lastLen);
  if (!cands) return '';
  for (const { words, q } of cands) {
    const k = words.length;
    if (k > n) continue;
    let ok = true;
    for (let w = 0; w < k && ok; w++) ok = wordIs(s, BACK_START[w]!, BACK_END[w]!, words[k - 1 - w]!);
    if (!ok) continue;
    if (q === 'c') {
      if (s.charCodeAt(p - 1) !== 46 && s.charCodeAt(p - 2) !== 46) continue;
      qualifierStart = BACK_START[0]!;
      return 'circa';
    }
    qualifierStart = BACK_START[k - 1]!;
    return q;
  }
  return '';
}

// Span of the first word after a position, as nextWordsCheap reads it (up to three spaces, then at most
// 20 letters): set by firstWordAfter, so most rules can test a word's shape before copying it.
let nwStart = -1;
let nwEnd = -1;
function firstWordAfter(s: string, pos: number): boolean {
  let j = pos;
  while (j < s.length && s.charCodeAt(j) === 32 && j - pos < 3) j++;
  const st = j;
  while (j < s.length && isLetter(s.charCodeAt(j)) && j - st < 20) j++;
  nwStart = st;
  nwEnd = j;
  return j > st;
}
/** Words by (first letter, length), for comparing a word in place with a list of lower-case words. */
function byShape(words: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const k = (w.charCodeAt(0) << 8) | w.length;
    out.set(k, [...(out.get(k) ?? []), w]);
  }
  return out;
}
/** The word of a byShape map that s[a, b) is, lower-cased, or '' if none. No copy is made. */
function whichOf(s: string, a: number, b: number, words: Map<number, string[]>): string {
  const cands = words.get(((s.charCodeAt(a) | 32) << 8) | (b - a));
  if (cands) for (const w of cands) if (wordIs(s, a, b, w)) return w;
  return '';
}
/** Is s[a, b), lower-cased, one of the words of a byShape map? No copy is made. */
function isOneOf(s: string, a: number, b: number, words: Map<number, string[]>): boolean {
  return whichOf(s, a, b, words) !== '';
}
/** isOneOf for the word at nwStart..nwEnd. */
function nwIsOneOf(s: string, words: Map<number, string[]>): boolean {
  return isOneOf(s, nwStart, nwEnd, words);
}
// Words that may stand between a number and its time unit: "10 working days".
const TIME_LEAD = ['working', 'calendar', 'school', 'business'];
const TIME_WORDS = byShape([...TIME_UNITS, ...TIME_LEAD]);
const TIME_UNIT_WORDS = byShape(TIME_UNITS);
const TIME_LEAD_WORDS = byShape(TIME_LEAD);
const REFERENCE_BY_SHAPE = byShape(REFERENCE_WORDS);
const MEASURE_WORDS = byShape(MEASURE_UNITS);
const ORDINAL_WORDS = byShape(ORDINAL_NOUNS);
const ADDRESS_WORDS = byShape(['street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'way', 'close', 'drive', 'place', 'square', 'crescent', 'terrace', 'gardens', 'court', 'row', 'hill', 'walk', 'parade', 'grove', 'mews', 'park', 'green', 'quay', 'wharf', 'house', 'building']);

/** Is the word after a duration number a time unit? Returns the unit word and its end. */
function timeUnitAfter(s: string, end: number): { unit: string; end: number } | null {
  if (s.charCodeAt(end) !== 32 || !firstWordAfter(s, end)) return null;
  return timeUnitAt(s, end);
}

/**
 * timeUnitAfter, with the first word after end already read into nwStart..nwEnd: that word, or the
 * next one after a lead word ("10 working days"), as nextWordsCheap would read them; words are
 * compared in place (most words after a number are not time units).
 */
function timeUnitAt(s: string, end: number): { unit: string; end: number } | null {
  if (s.charCodeAt(end) !== 32 || !nwIsOneOf(s, TIME_WORDS)) return null;
  let a = nwStart;
  let b = nwEnd;
  // (a second word follows only across spaces: a word cut at 20 letters has none)
  if (isOneOf(s, a, b, TIME_LEAD_WORDS) && s.charCodeAt(b) === 32 && firstWordAfter(s, b)) {
    a = nwStart;
    b = nwEnd;
  }
  const unit = a - end < 14 ? whichOf(s, a, b, TIME_UNIT_WORDS) : '';
  return unit ? { unit, end: b } : null;
}

function isYearLike(t: NumToken): boolean {
  return !t.word && t.integer && !t.grouped && t.digits === 4 && t.value >= 1000 && t.value <= 2100;
}

function afterOf(s: string, t: NumToken): string {
  return s.slice(t.end, t.end + 40);
}

/** Classify one token: the reason it is not a statistic, or '' if it may be one. */
function trapOf(s: string, toks: NumToken[], k: number, currency: boolean, percent: boolean): TrapReason {
  const t = toks[k]!;
  if (t.huge || !Number.isFinite(t.value)) return 'huge';
  const c0 = code(s, t.start - 1);
  const cm2 = code(s, t.start - 2);
  const c1 = code(s, t.end);
  const c2 = code(s, t.end + 1);
  const nextLetter = firstLetterAfter(s, t.end);
  // The word right before the number (spaces only between), as written and in lower case.
  const prevStart = adjacentWordStart(s, t.start);
  const prev = prevStart >= 0;
  const prevText = prev ? s.slice(prevStart, adjacentWordEnd) : '';
  const prevLower = lowerIfNeeded(prevText);

  if (!t.word) {
    if (isLetter(c0)) return 'alnum';
    if ((c0 === 45 || c0 === 0x2010 || c0 === 0x2013) && isAlnum(cm2)) return 'alnum';
    if (c0 === 43 && percent) {
      // "+13.7%": a signed change
    } else if (c0 === 47 || c0 === 92 || c0 === 35 || c0 === 64 || c0 === 95 || c0 === 43 || c0 === 94) return 'ref';
    if (c0 === 46 && isLetter(cm2)) return 'ref';
    if (c0 === 58 && isDigitC(cm2)) return 'time';
    if (c0 === 44 && isDigitC(cm2)) return 'list';
    if (c0 === 46 && isDigitC(cm2)) return 'ref';
    if (c0 === 41 && isDigitC(cm2)) return 'phone'; // "+44 (0)20 7946 0000"
    if (isLetter(c1)) {
      const suf = suffixAt(s, t.end);
      if (suf === 'm' || suf === 'bn' || suf === 'mn' || suf === 'tn') {
        if (!(currency || !t.integer || t.value < 1000)) return 'alnum';
      } else if (suf === 'k' || suf === 'b') {
        if (!currency) return 'alnum';
      } else if (suf === 'pc') {
        // 5pc: percent
      } else if (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') return 'ordinal';
      else if (suf === 'am' || suf === 'pm') return 'time';
      else if (suf === 'x') return 'multiplier';
      else return 'alnum';
    }
    if ((c1 === 47 || c1 === 92) && (isAlnum(c2))) return isYearLike(t) ? 'fy' : 'ref';
    if ((c1 === 45 || c1 === 0x2013 || c1 === 0x2010) && isDigitC(c2)) {
      if (isYearLike(t) || t.leadingZero) return 'fy';
    }
    if ((c1 === 45 || c1 === 0x2010) && isLetter(c2)) return 'compound';
    if (c1 === 58 && isDigitC(c2)) return 'time';
    if (c1 === 46 && isDigitC(c2)) return 'ref';
    if (c1 === 44 && isDigitC(c2)) return 'list';
    if (c1 === 0xb0 || c1 === 0x2103) return 'unit';
    if (c0 === 91 && c1 === 93) return 'marker';
    if (c0 === 40 && c1 === 41 && t.integer) return 'marker';
    if (t.leadingZero) return 'phone';
    if (nextLetter >= 0) {
      // The letter after the first one, for a cheap test before the regexes ("am", "pm", "hrs", "gmt", "bst", "utc", "min").
      const l2 = s.charCodeAt((c1 === 32 ? t.end + 1 : t.end) + 1) | 32;
      const timeLike = nextLetter === 97 || nextLetter === 112 ? l2 === 109 || l2 === 46 : nextLetter === 104 ? l2 === 114 : nextLetter === 103 ? l2 === 109 : nextLetter === 98 ? l2 === 115 : nextLetter === 117 ? l2 === 116 : false;
      if (timeLike && TIME_AFTER_RE.test(afterOf(s, t))) return 'time';
      if (nextLetter === 109 && l2 === 105 && MIN_READ_RE.test(afterOf(s, t))) return 'furniture';
    }
    // Ordinal list markers: "1. The survey…", "2) …" at the start of a block or after : ;
    if (t.integer && t.value < 100 && (c1 === 46 || c1 === 41) && (c2 === 32 || c2 === -1)) {
      let i = t.start - 1;
      if (c0 === 40) i--;
      while (i >= 0 && s.charCodeAt(i) === 32) i--;
      const pc = charAt(s, i);
      if (i < 0 || pc === ':' || pc === ';' || pc === '.' || pc === '?' || pc === '•' || pc === '·') return 'marker';
    }
    // Phone numbers continue: "0808 802 0300" → the groups after a phone trap.
    if (k > 0 && c0 === 32 && isDigitC(cm2)) {
      const p = toks[k - 1]!;
      if (p.end === t.start - 1 && !p.word && p.integer && !p.grouped) return 'phone';
    }
  }

  // Size units and furniture after the number.
  // The first word after the number, compared in place before any copy.
  const hasNw = firstWordAfter(s, t.end);
  const nwS = nwStart;
  const nwE = nwEnd;
  const nwUpper = hasNw && isUpper(s.charCodeAt(nwS));
  if (hasNw && nwS - t.end <= 1 && nwIsOneOf(s, MEASURE_WORDS)) return 'unit';
  // Dates: "4 April 2022", "20 Jan 2020".
  if (nwUpper && nwS === t.end + 1 && t.integer && t.value >= 1 && t.value <= 31 && MONTH_SET.has(s.slice(nwS, nwEnd).toLowerCase())) {
    return 'date';
  }
  if (prev && isUpper(prevText.charCodeAt(0)) && MONTH_SET.has(prevLower)) {
    if (t.integer && (t.value <= 31 || isYearLike(t))) return 'date';
  }
  // School years and product names: "Year 10 pupils", "FTSE 100", "NHS 111", "BBC 2"
  if (prev && !t.word && t.integer && !t.grouped) {
    if (prevText === 'Year' && t.value <= 13) return 'ref';
    if (isUpper(prevText.charCodeAt(0)) && /^[A-Z]{2,6}$/.test(prevText) && !/^(UK|US|EU|GB)$/.test(prevText)) return 'ref';
  }
  // Links and teasers: "Read more: 10 ways to stay safe"
  {
    // only when a separator sits just before the number (cheap test first)
    let i = t.start - 1;
    while (i >= 0 && s.charCodeAt(i) === 32) i--;
    const sep = s.charCodeAt(i);
    if (sep === 58 || sep === 124 || sep === 0xbb || sep === 0x203a || sep === 62 || sep === 45) {
      const lead = s.slice(Math.max(0, t.start - 24), t.start);
      if (/(read more|see also|related|watch|listen|more on this story|most read|recommended|popular|trending|latest)\s*[:|»›>-]\s*$/i.test(lead)) return 'furniture';
    }
  }
  if (!t.word && (t.value === 999 || t.value === 101 || t.value === 111) && /^\s(call|number|line|service|operator|handler)\b/i.test(afterOf(s, t))) return 'phone';
  // Service numbers: "report it on 101", "call 999"
  if (!t.word && (t.value === 101 || t.value === 999 || t.value === 111 || t.value === 112 || t.value === 911 || t.value === 119) && (prevLower === 'on' || prevLower === 'call' || prevLower === 'dial' || prevLower === 'ring' || prevLower === 'or')) return 'phone';
  if (prev && isOneOf(s, prevStart, prevStart + prevText.length, REFERENCE_BY_SHAPE) && !(percent && (prevLower === 'top' || prevLower === 'bottom'))) {
    // "number 10" only when capitalised or abbreviated ("No. 5"), not "the number 5,000 rose".
    if (prevLower !== 'number' || isUpper(prevText.charCodeAt(0))) {
      // "s" and "p" only as abbreviations ("s. 4", "p 12"), a lone letter word.
      return 'ref';
    }
  }
  // Five or more digits without thousands separators: a reference, not a count (UK style groups large numbers).
  if (!t.word && t.integer && !t.grouped && t.digits >= 5 && !currency && !percent) return 'ref';
  if (!t.word && isYearLike(t) && !currency && !percent) {
    // "1500 officers" written without a comma is a count; "in 2019 police…", "the 2019 figures" are years.
    // (the first word after, as nextWordsCheap reads it: nwS..nwE)
    const nw0 = hasNw && nwS === t.end + 1 ? s.slice(nwS, nwE) : '';
    const countNoun = nw0 !== '' && /^[a-z]+s$/.test(nw0) && !/^(figures|levels|statistics|data|results|rates|numbers|totals|accounts|reports|elections|games|olympics|regulations|rules|guidelines|changes|reforms|cuts|budgets|estimates|projections|forecasts|surveys|records|accounts|series|los|was|is|has|this|its|as|plus|minus)$/.test(nw0);
    const prepBefore = prevLower !== '' && /^(in|since|from|until|till|by|before|after|during|between|and|to|of|the|its|their|for|on|at|year|mid|early|late|around|circa|c)$/.test(prevLower);
    if (!countNoun || prepBefore) return 'year';
  }
  // Times written with a dot: "at 10.30", "until 17.45"
  if (!t.word && !t.integer && prevLower !== '' && /^(at|until|till|from|by|before|after|around|about)$/.test(prevLower) && /^\d{1,2}\.\d\d$/.test(s.slice(t.start, t.end))) {
    const mins = Math.round((t.value % 1) * 100);
    if (t.value < 24 && mins < 60) return 'time';
  }
  // The base of a rate: "per 1,000 population", "for every 1,000 offences".
  if (prevLower === 'per' || prevLower === 'every') return 'base';
  if (prevLower === 'of' && prev && /\bout\s+$/i.test(s.slice(Math.max(0, prevStart - 5), prevStart))) return 'base'; // "4.5 out of 5"
  // Street addresses: "14 Castle Street".
  // (the second word after, as nextWordsCheap reads it: across spaces only)
  if (t.integer && !t.word && nwUpper && s.charCodeAt(nwE) === 32 && firstWordAfter(s, nwE) && nwIsOneOf(s, ADDRESS_WORDS)) return 'address';
  // Ages: "Man, 34, charged", "Daniel Marsh, 29, of Holloway Road".
  if (t.integer && t.value < 120 && c0 === 32 && cm2 === 44 && (c1 === 44 || /^\s(of|from|who|was|is|has|had)\b/.test(afterOf(s, t)))) {
    const pw = wordsBefore(s, t.start - 2, 1, 30)[0];
    if (pw && isUpper(pw.text.charCodeAt(0))) return 'age';
    if (pw && /^(man|woman|boy|girl|teenager|pensioner|mother|father|son|daughter)$/.test(pw.lower)) return 'age';
  }
  // "1 in 3 victims was under 25": an age threshold, not a count.
  if (t.integer && t.value <= 120 && !percent && !currency && (prevLower === 'under' || prevLower === 'over' || prevLower === 'aged' || prevLower === 'between')) {
    const q = qualifierBefore(s, t.start);
    if (q.q === 'under' || q.q === 'over' || q.q === 'aged' || q.q === 'between') {
      const before = prevWordsCheap(s, q.start, 1).words[0] ?? '';
      if (before === 'aged' || before === 'age' || before === 'ages') return 'age';
      const endish = /^[\s]*([.,;:)!?]|$)/.test(s.slice(t.end, t.end + 3));
      if (endish && /^(was|were|is|are|be|being|aged|people|children|adults|those|anyone|victims)$/.test(before)) return 'age';
    }
  }
  if (nextLetter === 121 && (/^\s(years?|yrs?)[\s-]old\b/i.test(afterOf(s, t)) || /^[\s-]years?[\s-]old/i.test(afterOf(s, t)))) return 'age';
  // "three times as many" is a multiplier; "viewed 1.5 million times" counts occasions.
  // (only when "times" or "fold" follows after one space: checked by its first two letters before any regex)
  if (c1 === 32 && ((nextLetter === 116 && (s.charCodeAt(t.end + 2) | 32) === 105) || (nextLetter === 102 && (s.charCodeAt(t.end + 2) | 32) === 111)) && (/^\s(times)\s+(as|more|less|higher|lower|greater|bigger|larger|the|over|that|than)\b/i.test(afterOf(s, t)) || (/^\s(times)\b/i.test(afterOf(s, t)) && t.value < 100) || /^\s(fold)\b/i.test(afterOf(s, t)))) return 'multiplier';

  if (t.word) {
    // (the first word after: hasNw, nwS..nwE, as nextWordsCheap reads it)
    if (t.value === 1 && !t.fraction) return 'pronoun';
    if ((c1 === 45 || c1 === 0x2010) && isLetter(c2)) return 'compound';
    if ((c0 === 45 || c0 === 0x2010) && isLetter(cm2)) return 'compound';
    const w0 = s.charCodeAt(t.start);
    // Names: "BBC Two", "Formula One", "Seven Sisters Road".
    if (prev && isUpper(prevText.charCodeAt(0)) && !atSentenceStart(s, prevStart) && !t.fraction && /^[A-Z]/.test(prevText) && prevLower !== 'only' && prevLower !== 'just') {
      if (!/^(In|Of|And|But|For|With|By|At|On|From|Across|England|Wales|Scotland)$/.test(prevText)) return 'name';
    }
    if (isUpper(w0) && !atSentenceStart(s, t.start) && nwUpper) return 'name';
    if (t.fraction) {
      if (hasNw && isOneOf(s, nwS, nwE, ORDINAL_WORDS)) return 'ordinal';
      const pl = prevLower;
      if (['first', 'second', 'last', 'next', 'this', 'the', 'final', 'latter', 'former', 'other'].includes(pl)) return 'ordinal';
      if (/^\s(an|a)\s(hour|day|week|month|year|mile|dozen|century|minute)\b/i.test(afterOf(s, t))) return 'period';
      if (/^\s?of\s+(the\s+)?(year|month|week|day|decade|century|\d)/i.test(afterOf(s, t))) return 'period';
      if (/^-(time|term|hour|day|way)/i.test(afterOf(s, t))) return 'compound';
      const lw = s.slice(t.start, t.end).toLowerCase();
      if (lw === 'half') {
        const q = qualifierAt(s, t.start);
        const ok = q !== '' || /^\s?(\(|of\b|said|say|were|was|are|is|had|have|did|do|felt|reported|thought|believe)/i.test(afterOf(s, t)) || atSentenceStart(s, t.start);
        if (!ok) return 'ordinal';
      }
    }
  }

  // Durations: "18 months" is a statistic after "jailed for", "was", "wait of"; a limit or period after "within", "the previous".
  // (the first word after the number, read above, again in nwStart..nwEnd)
  nwStart = nwS;
  nwEnd = nwE;
  const tu = hasNw ? timeUnitAt(s, t.end) : null;
  if (tu) {
    if (/^\s*(a|an|per|each|every)\s+(day|week|month|year|night)\b/i.test(s.slice(tu.end, tu.end + 16))) return 'period';
    if (/^\s*(old|of age)\b/i.test(s.slice(tu.end, tu.end + 10))) return 'age';
    const q = qualifierBefore(s, t.start);
    const pws = wordsBefore(s, q.start, 2, 40);
    const p1 = pws[pws.length - 1];
    const p2 = pws[pws.length - 2];
    const gap1 = p1 ? s.slice(p1.end, q.start) : '';
    const p1l = p1 && /^\s*$/.test(gap1) ? p1.lower : '';
    if (q.q === 'over' || q.q === 'under' || q.q === 'up to' || q.q === 'just over' || q.q === 'just under') return 'period';
    if (q.q) {
      if (p1l && ['for', 'within', 'of', 'in', 'over', 'after', 'lasting', 'last', 'lasted', 'than', 'the', 'on', 'to', 'by', 'since', 'from'].includes(p1l)) return 'period';
    }
    if (PERIOD_LEAD.has(p1l) && !(p1l === 'over' && q.q)) return 'period';
    if (p1l === 'for' || p1l === 'to') {
      if (!(p2 && (SENTENCE_VERBS.has(p2.lower) || /^(rose|fell|increased|decreased|dropped|climbed|grew|risen|fallen|reduced|cut|extended|jumped)$/.test(p2.lower)))) return 'period';
    }
    if (p1l === 'of' && !(p2 && DURATION_NOUNS.has(p2.lower))) return 'period';
    if (p1l === 'equivalent' || p1l === 'limit' || p1l === 'about' || p1l === 'around') return 'period';
  }
  return '';
}

function connector(s: string, a: NumToken, b: NumToken): string {
  if (b.start - a.end > 7) return '';
  const gap = s.slice(a.end, b.start);
  const m = CONNECTOR_RE.exec(gap);
  return m ? m[1]!.toLowerCase() : '';
}

const CURRENCY = 1;
const PERCENT = 2;
const CONSUMED = 4;
let scratchTraps: TrapReason[] = [];
// Tokens are done with when findCandidates returns (candidates copy what they need).
const tokenPool = new TokenPool();
let scratchFlags = new Uint8Array(0);

/**
 * Candidate objects and one list reused from one findCandidates call to the next, for a caller that
 * is done with a block's candidates before it reads the next block (blockFigures): most of a page's
 * candidates then cost no allocation. The last call's candidates are list[0, count).
 */
export class CandidatePool {
  readonly list: Candidate[] = [];
  count = 0;
  take(start: number, end: number, numStart: number, numEnd: number, value: number, unit: Unit, qualifier: string, rateBase: string, duration: string): Candidate {
    let c = this.list[this.count];
    if (!c) {
      c = { start, end, numStart, numEnd, value, unit, qualifier, rateBase, duration, rangeWith: -1 };
      this.list.push(c);
    } else {
      c.start = start;
      c.end = end;
      c.numStart = numStart;
      c.numEnd = numEnd;
      c.value = value;
      c.unit = unit;
      c.qualifier = qualifier;
      c.rateBase = rateBase;
      c.duration = duration;
      c.rangeWith = -1;
    }
    this.count++;
    return c;
  }
}

function addCandidate(out: Candidate[], pool: CandidatePool | undefined, start: number, end: number, numStart: number, numEnd: number, value: number, unit: Unit, qualifier: string, rateBase: string, duration: string): void {
  if (pool) pool.take(start, end, numStart, numEnd, value, unit, qualifier, rateBase, duration);
  else out.push({ start, end, numStart, numEnd, value, unit, qualifier, rateBase, duration, rangeWith: -1 });
}

/**
 * All candidate figures in a block of text, in order: a new list, or with a pool the pool's list,
 * whose first pool.count entries are this block's (the previous call's candidates are overwritten).
 */
export function findCandidates(s: string, pool?: CandidatePool): Candidate[] {
  if (pool) pool.count = 0;
  const toks = tokenize(s, MAX_TOKENS_PER_BLOCK, tokenPool);
  const n = tokenPool.count; // (toks is the pool's list: it may hold older tokens past n)
  if (n === 0) return pool ? pool.list : [];
  // Per-token state in scratch arrays reused across blocks (cleared up to n, plus one past the end).
  if (scratchTraps.length <= n) {
    scratchTraps = new Array<TrapReason>(2 * n + 1).fill('');
    scratchFlags = new Uint8Array(2 * n + 1);
  }
  const traps = scratchTraps;
  const flags = scratchFlags;
  for (let k = 0; k <= n; k++) flags[k] = 0; // (a loop: fill() costs more than a block's few tokens)
  traps[n] = '';
  const out: Candidate[] = pool ? pool.list : [];

  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    const c0 = s.charCodeAt(t.start - 1);
    const cm = s.charCodeAt(t.start - 2);
    if (!t.word && (isCurrency(c0) || (c0 === 32 && isCurrency(cm)))) flags[k] = flags[k]! | CURRENCY;
    const n1 = s.charCodeAt(t.end);
    const n2 = s.charCodeAt(t.end + 1) | 32;
    if (n1 === 37 || (((n1 === 32 || (n1 | 32) === 112) && (n2 === 112 || n2 === 37 || (n1 | 32) === 112)) && PERCENT_RE.test(s.slice(t.end, t.end + 22)))) flags[k] = flags[k]! | PERCENT;
  }
  for (let k = 0; k < n; k++) traps[k] = trapOf(s, toks, k, (flags[k]! & CURRENCY) !== 0, (flags[k]! & PERCENT) !== 0);

  // Traps spread across "and"/"to": "junctions 6 and 7", "1 and 25 February", "aged 16 to 24".
  for (let k = 0; k + 1 < n; k++) {
    const a = toks[k]!;
    const b = toks[k + 1]!;
    const conn = connector(s, a, b);
    const ra = traps[k]!;
    const rb = traps[k + 1]!;
    if (conn) {
      if (ra && !rb && ['ref', 'age', 'time', 'phone', 'date', 'fy'].includes(ra)) traps[k + 1] = ra;
      if (rb === 'date' && !ra && a.integer && a.value <= 31 && !a.word) traps[k] = 'date';
      if (rb === 'time' && !ra) traps[k] = 'time';
      if (ra === 'fy' && !rb) traps[k + 1] = 'fy';
    } else if (ra === 'ref' && !rb && /^\s+of\s+$/.test(s.slice(a.end, b.start))) {
      traps[k + 1] = 'ref'; // "Page 1 of 1"
    }
    if (ra === 'year' && !rb && isYearLike(b) && conn) traps[k + 1] = 'year';
  }

  for (let k = 0; k < n; k++) {
    const trap = traps[k]!;
    if (flags[k]! & CONSUMED || (trap && trap !== 'pronoun' && trap !== 'name')) continue;
    const t = toks[k]!;
    let value = t.value;
    let start = t.start;
    let end = t.end;
    let unit: Unit = 'count';
    let rateBase = '';
    let duration = '';
    const next = k + 1 < n ? toks[k + 1] : undefined;

    // Ratios: "one in five", "1 in 100", "9 out of 10".
    if (next && next.start - t.end <= 10 && !t.fraction && t.integer && (!traps[k + 1] || traps[k + 1] === 'base') && next.integer && next.value >= 2 && next.value > value && value >= 0) {
      const gap = s.slice(t.end, next.start);
      if (/^ (in|out of|in every|of every) $/i.test(gap) && !isYearLike(next)) {
        addCandidate(out, pool, t.start, next.end, t.start, next.end, round4(value / next.value), 'ratio', qualifierAt(s, t.start), '', '');
        flags[k + 1] = flags[k + 1]! | CONSUMED;
        continue;
      }
    }
    if (trap) continue;

    if (t.fraction) unit = 'ratio';
    if (flags[k]! & CURRENCY) {
      const c0 = s[t.start - 1];
      start = c0 === ' ' ? t.start - 2 : t.start - 1;
      unit = c0 === '£' || s[t.start - 2] === '£' ? 'GBP' : 'other';
    }
    if (!t.word && (s.charCodeAt(t.start - 1) === 45 || s.charCodeAt(t.start - 1) === 0x2212)) {
      const b2 = charAt(s, t.start - 2);
      if (b2 === '' || b2 === ' ' || b2 === '(' || b2 === ':') {
        value = -value;
        start = t.start - 1;
      }
    }
    // Scale: "3.2m", "£1.5bn", "3.2 million".
    if (!t.word) {
      const suf = suffixAt(s, t.end);
      if (suf && scaleOf(suf) > 1) {
        value *= scaleOf(suf);
        end = t.end + suf.length;
      } else {
        const sc = s.charCodeAt(t.end) === 32 ? s.charCodeAt(t.end + 1) | 32 : 0;
        const m = sc === 109 || sc === 98 || sc === 116 ? SCALE_WORD_RE.exec(s.slice(t.end, t.end + 12)) : null;
        if (m) {
          value *= scaleOf(m[1]!.toLowerCase());
          end = t.end + m[0].length;
        }
      }
    }
    value = Math.round(value * 1e6) / 1e6;
    // ("%" right after the number is the commonest percent: no regex needed for it)
    const pct = end === t.end && !(flags[k]! & PERCENT) ? 0 : s.charCodeAt(end) === 37 ? 1 : (PERCENT_RE.exec(s.slice(end, end + 22))?.[0].length ?? 0);
    if (pct) {
      unit = 'percent';
      end += pct;
    } else if (unit === 'count' || unit === 'other') {
      // Rates: "1.2 per 1,000 population", "4.3 orders for every 1,000 offences".
      const rm = s.startsWith(' per ', end) ? RATE_RE.exec(s.slice(end, end + 40)) : null;
      if (rm && next && next.start === end + 5) {
        unit = 'rate';
        const tail = rm[2] && /^ (population|people|residents|adults|children|households|inhabitants|women|men|head|capita|officers|offences|crimes|cases|victims|pupils|patients)$/.test(rm[2]) ? rm[2] : '';
        end = next.end + tail.length;
        rateBase = 'per ' + rm[1] + tail;
        flags[k + 1] = flags[k + 1]! | CONSUMED;
        for (let j = k + 1; j < n && toks[j]!.start < end; j++) flags[j] = flags[j]! | CONSUMED;
      } else if (next) {
        const ns = next.start;
        const maybe = ns - end < 60 && ns - end > 5 && (s.endsWith('per ', ns) || s.endsWith('every ', ns) || s.endsWith('each ', ns));
        const gm = maybe ? RATE_GAP_RE.exec(s.slice(end, ns)) : null;
        if (gm && (!traps[k + 1] || traps[k + 1] === 'base')) {
          unit = 'rate';
          const nounAfter = nextWordsCheap(s, next.end, 1)[0];
          rateBase = `${gm[1]!.trim()} per ${s.slice(next.start, next.end)}${nounAfter ? ' ' + nounAfter.lower : ''}`;
          flags[k + 1] = flags[k + 1]! | CONSUMED;
        }
      }
    }
    if (unit === 'count') {
      const tu = timeUnitAfter(s, end);
      if (tu) {
        unit = 'other';
        duration = tu.unit;
        end = tu.end;
      } else if ((s.charCodeAt(end + 1) | 32) === 104 && /^ (hours|hrs)\b/i.test(s.slice(end, end + 8))) {
        unit = 'other';
      }
    }
    addCandidate(out, pool, start, end, t.start, t.end, value, unit, qualifierAt(s, start), rateBase, duration);
  }
  const count = pool ? pool.count : out.length;

  // Ranges: "between 20 and 30 officers", "10-15%": both ends are figures sharing the later unit.
  for (let i = 0; i + 1 < count; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (b.start - a.end > 7) continue;
    const gap = s.slice(a.end, b.start);
    if (!CONNECTOR_RE.test(gap)) continue;
    const compatible = a.unit === b.unit || (a.unit === 'count' && b.unit !== 'count' && b.unit !== 'ratio' && a.end === a.numEnd);
    if (compatible && (a.qualifier === 'between' || /^\s*(-|–|to)\s*$/.test(gap))) {
      a.rangeWith = i + 1;
      b.rangeWith = i;
      if (a.qualifier === 'between') b.qualifier = 'between';
      if (a.unit === 'count' && b.unit !== 'count' && b.unit !== 'ratio') {
        a.unit = b.unit;
        a.duration = b.duration;
      }
    }
  }
  return out;
}


