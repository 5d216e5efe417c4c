// The measure: the noun phrase a figure counts, read from the words around it
// ("2,041 stalking incidents were reported" → "stalking incidents reported";
//  "applied for six stalking prevention orders" → "stalking prevention orders applied for").
import { wordsIn, type W } from './words.ts';
import type { Candidate } from './find.ts';

const PREPS = new Set(['according', 'following', 'excluding', 'compared', 'in', 'at', 'on', 'during', 'since', 'from', 'to', 'by', 'for', 'with', 'across', 'between', 'over', 'under', 'after', 'before', 'than', 'as', 'compared', 'against', 'per', 'within', 'into', 'through', 'throughout', 'among', 'including', 'until', 'up', 'via', 'about', 'around', 'like', 'despite', 'without', 'towards', 'toward', 'upon', 'outside', 'inside']);
const STOPS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'so', 'which', 'who', 'whom', 'whose', 'that', 'when', 'where', 'if', 'unless', 'or', 'nor', 'yet', 'this', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'here', 'not', 'also', 'only', 'just', 'still', 'now', 'then', 'last', 'next', 'so', 'such', 'each', 'every', 'all', 'both', 'either', 'neither', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'no', 'more', 'most', 'less', 'fewer', 'than', 'what', 'how', 'why', '%']);
const AUX = new Set(['were', 'was', 'is', 'are', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'did', 'do', 'does']);
const IRREGULAR = new Set(['made', 'given', 'seen', 'held', 'taken', 'found', 'brought', 'caught', 'sent', 'told', 'paid', 'won', 'lost', 'done', 'kept', 'left', 'put', 'run', 'set', 'shown', 'known', 'spent', 'sold', 'hit', 'hurt', 'built', 'cut', 'struck', 'stolen', 'written', 'driven', 'fallen', 'risen', 'said', 'took', 'knew', 'gave', 'saw', 'got', 'had', 'went', 'came', 'felt', 'thought', 'began', 'grew', 'rose', 'fell', 'led', 'met', 'heard', 'read', 'became', 'went', 'spoke', 'chose', 'chosen', 'withdrawn', 'drawn', 'forgiven', 'overturned', 'upheld', 'quashed', 'beaten', 'bitten', 'shot', 'slain', 'sought']);
const VERB_LIKE = new Set([...IRREGULAR, 'say', 'says', 'think', 'believe', 'feel', 'waited', 'knew']);
const PRESENT_VERBS = new Set(['leads', 'lead', 'result', 'results', 'end', 'ends', 'represents', 'shows', 'show', 'means', 'includes', 'include', 'remains', 'remain', 'suggests', 'suggest', 'accounts', 'account', 'makes', 'make', 'takes', 'take', 'gives', 'give', 'face', 'faces', 'wait', 'waits', 'say', 'says', 'involve', 'involves', 'rise', 'rises', 'fall', 'falls', 'need', 'needs', 'know', 'knows', 'live', 'lives', 'get', 'gets', 'go', 'goes', 'use', 'uses', 'see', 'sees', 'feel', 'feels']);
const REPORTING = new Set(['said', 'say', 'says', 'reported', 'told', 'felt', 'thought', 'believed', 'claimed', 'admitted', 'stated']);
const ADVERBS = new Set(['now', 'also', 'already', 'still', 'only', 'just', 'almost', 'nearly', 'ever', 'never', 'since', 'then', 'recently', 'previously']);
const SHARE_VERBS = new Set(['made', 'accounted', 'represented', 'comprised', 'formed', 'constituted', 'were', 'was', 'is', 'are', 'make', 'account', 'represent']);
const JAIL_VERBS = new Set(['jailed', 'imprisoned', 'sentenced', 'detained', 'banned', 'disqualified', 'remanded', 'locked', 'barred', 'excluded', 'gaoled']);
const CHANGE_NOUN = new Map(Object.entries({ risen: 'rise', fallen: 'fall', grown: 'growth', soared: 'rise', surged: 'rise', plummeted: 'fall', rose: 'rise', fell: 'fall', increased: 'increase', decreased: 'decrease', dropped: 'drop', climbed: 'rise', jumped: 'jump', grew: 'growth', declined: 'decline' }));
const CHANGE_WORDS = new Set(['increase', 'rise', 'fall', 'decrease', 'drop', 'reduction', 'cut', 'change', 'jump', 'growth', 'decline', 'surge', 'leap', 'dip', 'uplift', 'hike']);
const SURVEY_NOUNS = new Set(['survey', 'poll', 'sample', 'study', 'questionnaire', 'consultation']);
const MOTION_VERBS = new Set(['risen', 'fallen', 'grown', 'soared', 'surged', 'plummeted', 'climbed', 'fell', 'rose', 'increased', 'decreased', 'dropped', 'climbed', 'jumped', 'grew', 'declined', 'was', 'were', 'is', 'are', 'stood', 'reached', 'totalled', 'totaled', 'hit', 'remained', 'went', 'came']);
const MONEY_VERBS = new Set(['committed', 'commit', 'provided', 'provide', 'given', 'give', 'allocated', 'allocate', 'invested', 'invest', 'pledged', 'pledge', 'awarded', 'award', 'spent', 'spend', 'sought', 'seek', 'secured', 'announced', 'granted', 'raised', 'raise', 'set', 'earmarked', 'found', 'promised']);
const NOT_PARTICIPLES = new Set(['need', 'speed', 'seed', 'greed', 'red', 'bed', 'shed', 'breed', 'hundred', 'bred']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
const LEADING_DETS = new Set([...DETERMINERS, 'this', 'that', 'these', 'those', 'total', 'overall']);
const FRONT_DETS = new Set(['a', 'an', 'the', 'its', 'their']);
const VERB_OBJECT_DETS = new Set(['a', 'an', 'the', 'that', 'their', 'its', 'no']);
const PLACE_PREPS = new Set(['in', 'across', 'throughout']);
const AREA_PREPS = new Set(['in', 'across', 'throughout', 'at']);
const MODIFIER_PREPS = new Set(['in', 'across', 'at', 'from', 'for']);
const AGE_LINKS = new Set(['to', 'and', 'or', 'over', 'under']);
const SKIP_ADVERBS = new Set(['only', 'just', 'also', 'now', 'all', 'still', 'already', 'ever', 'never']);
const CLAUSE_BREAKS = new Set(['but', 'and', 'which', 'who', 'although', 'whereas', 'because', 'so', 'after', 'since', 'last', 'this']);
const PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we', 'i']);
const OF_DETS = new Set(['the', 'those', 'all', 'them', 'these', 'whom', 'which']);
const RELATIVES = new Set(['who', 'that', 'whom', 'which']);
const COUNT_NOUNS = new Set(['number', 'total', 'count', 'amount']);
const PARTICLES = new Set(['for', 'up', 'out', 'on']);
const AVERAGE_WORDS = new Set(['an', 'average', 'a', 'the', 'total', 'mean', 'median']);
const TOTALLING = new Set(['totalling', 'totaling', 'worth', 'amounting', 'valued']);

/** Is the word (lower case) a verb form? Takes the lower case so callers read the getter once. */
function isVerbish(l: string): boolean {
  if (AUX.has(l) || VERB_LIKE.has(l)) return true;
  return l.length > 4 && l.endsWith('ed') && !NOT_PARTICIPLES.has(l);
}
function isParticiple(l: string): boolean {
  return (l.length > 3 && l.endsWith('ed')) || IRREGULAR.has(l);
}
function isWordish(w: W): boolean {
  const c = w.text.charCodeAt(0) | 32;
  return c >= 97 && c <= 122;
}

export interface MeasureContext {
  s: string;
  prevEnd: number; // end of the previous figure in this block, or -1
  prevUnit: string;
  lastCountMeasure: string; // the last count's measure on the page (for "a 25 per cent rise")
  lastRateMeasure: string; // the last "… rate" measure on the page (for "a rate of five per cent")
  sentStart: number;
  sentEnd: number;
  prevMeasure: string; // the previous figure's measure in this block (antecedent)
  prevCore: string; // its noun phrase only
  blocked: (pos: number) => boolean; // true where a period or area phrase starts
  periodAt?: (pos: number) => boolean; // true where a period phrase starts
  words?: W[]; // the sentence's words, computed once per sentence
  blockedEnd: (pos: number) => number; // end of the phrase starting at pos
}

/** Gap between two words is only spaces (no comma, colon, bracket), a hyphen, or nothing. */
function joined(s: string, a: W, b: W): boolean {
  const from = a.end;
  const to = Math.min(b.start, s.length);
  if (to - from === 1 && s.charCodeAt(from) === 45) return true;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 32) return false;
  return true;
}

/** The code units /\s/ matches (WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function startsWithDigit(w: W): boolean {
  const c = w.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// nounPhrase, verbPhrase and npBefore hand back word indices and build the text once, without a
// list of words per call: module scratch, read right after the call (before the next one).
/** Word indices of the last nounPhrase (an inner "of" phrase is written after its outer words). */
const npIdx = new Int32Array(32);
/** The index after the last nounPhrase. */
let npNext = 0;
/** Word indices of the last verbPhrase. */
const vpIdx = new Int32Array(32);
/** Number of words and first word index of the last verbPhrase (after stripReporting). */
let vpCount = 0;
let vpFirst = -1;
/** Exclusive end of the span returned by npBefore / stripDet (its start is the return value). */
let spanEnd = 0;

/**
 * The words' texts joined with single spaces. Words come from wordsIn on ctx.s (text is
 * s[start, end), without spaces), so when each sits one space after the other (the usual case) the
 * result is one slice of s instead of a chain of concatenations.
 */
function joinIdx(s: string, ws: W[], idx: Int32Array, a: number, b: number): string {
  if (a >= b) return '';
  const first = ws[idx[a]!]!;
  if (b - a === 1) return first.text;
  let prevEnd = first.end;
  let k = a + 1;
  for (; k < b; k++) {
    const w = ws[idx[k]!]!;
    if (w.start !== prevEnd + 1 || s.charCodeAt(prevEnd) !== 32) break;
    prevEnd = w.end;
  }
  if (k === b) return s.slice(first.start, prevEnd);
  let out = first.text;
  for (k = a + 1; k < b; k++) out += ' ' + ws[idx[k]!]!.text;
  return out;
}

/** joinIdx for the consecutive words ws[lo, hi). */
function joinSpan(s: string, ws: W[], lo: number, hi: number): string {
  if (lo >= hi) return '';
  const first = ws[lo]!;
  if (hi - lo === 1) return first.text;
  let prevEnd = first.end;
  let k = lo + 1;
  for (; k < hi; k++) {
    const w = ws[k]!;
    if (w.start !== prevEnd + 1 || s.charCodeAt(prevEnd) !== 32) break;
    prevEnd = w.end;
  }
  if (k === hi) return s.slice(first.start, prevEnd);
  let out = first.text;
  for (k = lo + 1; k < hi; k++) out += ' ' + ws[k]!.text;
  return out;
}

/** Text of the last nounPhrase's n words. */
function npText(s: string, ws: W[], n: number): string {
  return joinIdx(s, ws, npIdx, 0, n);
}

/**
 * Noun phrase starting at word i: returns its number of words, their indices in npIdx[base…] and
 * the next index in npNext.
 */
function nounPhrase(s: string, ws: W[], i: number, ctx: MeasureContext, max = 6, base = 0): number {
  let n = 0;
  let j = i;
  while (j < ws.length && n < max) {
    const w = ws[j]!;
    if (ctx.blocked(w.start)) break;
    if (n && !joined(s, ws[j - 1]!, w)) break;
    if (!isWordish(w)) break;
    const l = w.lower;
    if (l === 'of' && n) {
      const nx = ws[j + 1];
      if (!nx || !isWordish(nx) || ctx.blocked(nx.start) || !joined(s, w, nx)) break;
      // "hours of stalking training", "minutes of calls": of + noun phrase
      const inner = nounPhrase(s, ws, nx.lower === 'the' ? j + 2 : j + 1, ctx, max - n - 1, base + n + 1);
      if (!inner) break;
      npIdx[base + n] = j;
      n += 1 + inner;
      j = npNext;
      break;
    }
    if ((l === 'by' || l === 'on') && n) {
      const nx = ws[j + 1];
      if (nx && isWordish(nx) && !ctx.blocked(nx.start) && joined(s, w, nx)) {
        const nl = nx.lower;
        if (!STOPS.has(nl) && !isVerbish(nl) && !PREPS.has(nl)) {
          npIdx[base + n++] = j;
          j++;
          continue;
        }
      }
    }
    if (PREPS.has(l) || STOPS.has(l) || l === 'of') break;
    if (l === 'aged' && n) break;
    if (isVerbish(l)) {
      if (n) break;
      // "recorded stalking", "reported cases": a participle used as an adjective.
      const nx = ws[j + 1];
      if (!l.endsWith('ing') && (IRREGULAR.has(l) || AUX.has(l) || !l.endsWith('ed') || !(nx && joined(s, w, nx) && isWordish(nx) && !STOPS.has(nx.lower) && !PREPS.has(nx.lower) && !isVerbish(nx.lower) && !ctx.blocked(nx.start)))) break;
    }
    // "incidents represents a …": a present-tense verb before a determiner ends the phrase.
    if (n && l.endsWith('s') && ws[j + 1] && VERB_OBJECT_DETS.has(ws[j + 1]!.lower)) break;
    if (n && PRESENT_VERBS.has(l)) break;
    npIdx[base + n++] = j;
    j++;
  }
  // Trailing adjectives-as-verbs are rare; drop a trailing "-ly" adverb.
  while (n && ws[npIdx[base + n - 1]!]!.lower.endsWith('ly')) n--;
  npNext = j;
  return n;
}

/** /\d/ in s after end, up to 60 characters and before the first . ; : ! or ?. */
function digitBeforeStop(s: string, end: number): boolean {
  const to = Math.min(s.length, end + 60);
  for (let i = end; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63) return false;
  }
  return false;
}

/**
 * A verb phrase from word i: participle and its complement, until a clause break. Returns its text
 * ('' for none); its word count is left in vpCount, its first word's index in vpFirst.
 */
function verbPhrase(s: string, ws: W[], i: number, ctx: MeasureContext, max = 12): string {
  const stopAt = ctx.periodAt ?? ctx.blocked;
  let n = 0;
  let j = i;
  while (j < ws.length && n < max) {
    const w = ws[j]!;
    if (n && !joined(s, ws[j - 1]!, w)) break;
    if (!isWordish(w) && w.text !== '%') break;
    if (n && stopAt(w.start)) break;
    const l = w.lower;
    // "reported in Lancashire": the place is the figure's area, not part of its measure
    if (n && PLACE_PREPS.has(l) && ws[j + 1] && ctx.blocked(ws[j + 1]!.start) && !(ctx.periodAt?.(ws[j + 1]!.start) ?? false)) {
      const e = ctx.blockedEnd(ws[j + 1]!.start);
      j++;
      while (j < ws.length && ws[j]!.start < e) j++;
      continue;
    }
    if (n && CLAUSE_BREAKS.has(l)) break;
    if (n && (l === 'while' || l === 'when') && digitBeforeStop(s, w.end)) break;
    vpIdx[n++] = j;
    j++;
  }
  // Do not end on a preposition or article.
  while (n) {
    const l = ws[vpIdx[n - 1]!]!.lower;
    if (!(PREPS.has(l) || STOPS.has(l) || l === 'of')) break;
    n--;
  }
  const a = stripReporting(ws, n);
  vpCount = n - a;
  vpFirst = a < n ? vpIdx[a]! : -1;
  return joinIdx(s, ws, vpIdx, a, n);
}

/** "said they had been contacted by the stalker" → "contacted by the stalker": the first word kept of vpIdx[0, n). */
function stripReporting(ws: W[], n: number): number {
  if (!n || !REPORTING.has(ws[vpIdx[0]!]!.lower)) return 0;
  let j = 1;
  if (j < n && ws[vpIdx[j]!]!.lower === 'that') j++;
  if (j < n && PRONOUNS.has(ws[vpIdx[j]!]!.lower)) {
    j++;
    while (j < n && AUX.has(ws[vpIdx[j]!]!.lower)) j++;
    return j;
  }
  return 0;
}

/** `${a} ${b}`.trim() for b without edge spaces (joined words): a, from the context, may have them. */
function joinTrim(a: string, b: string): string {
  if (!b) return a.trim();
  if (!a) return b;
  if (!isSpace(a.charCodeAt(0)) && !isSpace(a.charCodeAt(a.length - 1))) return a + ' ' + b;
  return `${a} ${b}`.trim();
}

/** Skip area/period phrases and "in <Place>" after a noun phrase. */
function skipModifiers(ws: W[], j: number, ctx: MeasureContext): number {
  let k = j;
  for (let guard = 0; guard < 4 && k < ws.length; guard++) {
    const w = ws[k]!;
    if (ctx.blocked(w.start)) {
      const e = ctx.blockedEnd(w.start);
      while (k < ws.length && ws[k]!.start < e) k++;
      continue;
    }
    const l = w.lower;
    if (MODIFIER_PREPS.has(l) && ws[k + 1] && ctx.blocked(ws[k + 1]!.start)) {
      const e = ctx.blockedEnd(ws[k + 1]!.start);
      k++;
      while (k < ws.length && ws[k]!.start < e) k++;
      continue;
    }
    if (l === 'aged' && ws[k + 1] && startsWithDigit(ws[k + 1]!)) {
      k += 2;
      while (k < ws.length && (AGE_LINKS.has(ws[k]!.lower) || startsWithDigit(ws[k]!))) k++;
      continue;
    }
    if (SKIP_ADVERBS.has(l)) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/**
 * The span ws[lo, spanEnd) without a leading determiner: returns its new start, its end in spanEnd.
 * With ctx, "Burglaries in Ashvale rose": the place is the area, not part of the measure.
 */
function stripDet(ws: W[], lo: number, ctx?: MeasureContext): number {
  let hi = spanEnd;
  if (ctx) {
    for (let k = lo + 1; k + 1 < hi; k++) {
      if (AREA_PREPS.has(ws[k]!.lower) && ctx.blocked(ws[k + 1]!.start) && !(ctx.periodAt?.(ws[k + 1]!.start) ?? false)) {
        hi = k;
        break;
      }
    }
  }
  while (lo < hi && LEADING_DETS.has(ws[lo]!.lower)) lo++;
  spanEnd = hi;
  return lo;
}

/**
 * Words before pos back to a clause break, as a noun phrase ("a charge rate" of "a charge rate of"):
 * the span ws[returned start, spanEnd).
 */
function npBefore(s: string, ws: W[], endIdx: number, ctx: MeasureContext, max = 7, skipParen = false): number {
  let j = endIdx;
  if (skipParen && j >= 0 && /\)\s*$/.test(s.slice(ws[j]!.start, (ws[j + 1]?.start ?? ws[j]!.end + 2)))) {
    // "distress (s.4A) made up": step over the bracket.
    const open = s.lastIndexOf('(', ws[j]!.end);
    while (j >= 0 && ws[j]!.start >= open) j--;
  }
  const hi = j + 1; // the words taken are ws[j + 1, hi), nearest first
  const stopAt = ctx.periodAt ?? ctx.blocked;
  while (j >= 0 && hi - 1 - j < max) {
    const w = ws[j]!;
    const taken = j + 1 < hi;
    if (taken && !joined(s, w, ws[j + 1]!)) break;
    if (!isWordish(w)) break;
    const l = w.lower;
    if (DETERMINERS.has(l)) break;
    if (stopAt(w.start)) break;
    if (STOPS.has(l) && l !== 'or') break;
    if (isVerbish(l)) {
      if (!taken) break;
      // "In Eastmoor, recorded stalking fell": a participle used as an adjective at the front
      const pw = ws[j - 1];
      const front = !pw || !joined(s, pw, w) || FRONT_DETS.has(pw.lower);
      if (front && l.endsWith('ed') && !AUX.has(l)) j--;
      break;
    }
    if (PREPS.has(l) && !taken) break;
    j--;
  }
  // Drop a leading preposition, "of" or "or".
  let lo = j + 1;
  while (lo < hi) {
    const l = ws[lo]!.lower;
    if (!(PREPS.has(l) || l === 'of' || l === 'or')) break;
    lo++;
  }
  spanEnd = hi;
  return lo;
}

function rateStem(label: string): string {
  const l = label.trim();
  if (/^[A-Za-z]+ed$/.test(l)) return (/(g|c|s|v|z)ed$/i.test(l) ? l.slice(0, -1) : l.slice(0, -2)).toLowerCase() + ' rate';
  return l + ' rate';
}

/** /\(\s*$/ on s[from, to), read backwards from the end (no scan of the whole window). */
function openParenBefore(s: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpace(s.charCodeAt(i))) i--;
  return i >= from && s.charCodeAt(i) === 40;
}

/** /^\s*($|[(.;,)—–-])/ on the three characters after end: nothing names the figure. */
function bareAfter(s: string, end: number): boolean {
  const to = Math.min(s.length, end + 3);
  let i = end;
  while (i < to && isSpace(s.charCodeAt(i))) i++;
  if (i >= to) return true;
  const c = s.charCodeAt(i);
  return c === 40 || c === 46 || c === 59 || c === 44 || c === 41 || c === 0x2014 || c === 0x2013 || c === 45;
}

function hasColon(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 58) return true;
  return false;
}

const GAP_WORDS = ['of', 'the', 'those', 'all', 'these'];

function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * /^[\s)]*$/.test(s.slice(from, to).replace(/\bof\b|\bthe\b|\bthose\b|\ball\b|\bthese\b/g, '')) in
 * one scan without copies ("93% of the victims"): spaces, ")" and those whole words only.
 */
function gapIsDirect(s: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c === 41 || isSpace(c)) {
      i++;
      continue;
    }
    if (i > from && isRegexWordChar(s.charCodeAt(i - 1))) return false; // no \b before
    let len = 0;
    for (const w of GAP_WORDS) {
      const e = i + w.length;
      if (e <= to && s.startsWith(w, i) && (e === to || !isRegexWordChar(s.charCodeAt(e)))) {
        len = w.length;
        break;
      }
    }
    if (!len) return false;
    i += len;
  }
  return true;
}

/** Could / rate\b[^.]{0,80}$/i match in s[from, to)? " rate" (any case) must start within 85 characters of the end. */
function rateNearEnd(s: string, from: number, to: number): boolean {
  for (let i = Math.max(from, to - 85); i + 5 <= to; i++) {
    if (s.charCodeAt(i) === 32 && (s.charCodeAt(i + 1) | 32) === 114 && (s.charCodeAt(i + 2) | 32) === 97 && (s.charCodeAt(i + 3) | 32) === 116 && (s.charCodeAt(i + 4) | 32) === 101) return true;
  }
  return false;
}

function wordCount(phrase: string): number {
  let n = 1;
  for (let i = 0; i < phrase.length; i++) if (phrase.charCodeAt(i) === 32) n++;
  return n;
}

/** ws[a, b) lower-cased and joined with spaces equals phrase (without building the string). */
function lowersEqual(ws: W[], a: number, b: number, phrase: string): boolean {
  let pos = 0;
  for (let k = a; k < b; k++) {
    if (k > a) {
      if (phrase.charCodeAt(pos) !== 32) return false;
      pos++;
    }
    const l = ws[k]!.lower;
    if (!phrase.startsWith(l, pos)) return false;
    pos += l.length;
  }
  return pos === phrase.length;
}

/** /needle/.test(text(ws.slice(a, b))) for a needle without spaces: it cannot span two words. */
function anyTextIncludes(ws: W[], a: number, b: number, needle: string): boolean {
  for (let k = a; k < b; k++) if (ws[k]!.text.includes(needle)) return true;
  return false;
}

function isCurrency(t: string): boolean {
  return t === '£' || t === '$' || t === '€';
}

function isForOnTo(l: string): boolean {
  return l === 'for' || l === 'on' || l === 'to';
}

export function measureFor(c: Candidate, ctx: MeasureContext): { measure: string; core: string } {
  const { s, sentStart, sentEnd } = ctx;
  // Bounded look-back: a runaway sentence must not make this quadratic.
  const from = Math.max(sentStart, c.start - 300);
  const inParen = openParenBefore(s, from, c.start);
  // "Reports: 4,312", "Reports in 2020/21: 5,014", "Charged: 287 (6.7%)"
  // A label applies only when nothing names the figure after it ("Answer: 58 officers …" has its noun).
  // The regexes run only when the window holds a colon (the common case has none).
  if (c.start - sentStart <= 120 && bareAfter(s, c.end) && hasColon(s, from, c.start)) {
    const head = s.slice(from, c.start).trimStart();
    const lm = /^([^:;.!?]{1,80}):\s*(?:\S+\s*\()?$/.exec(head) ?? /^([^:;.!?]{1,80}):\s*[-−]?[£$€]?$/.exec(head);
    if (lm) {
      let label = lm[1]!.trim();
      // Remove a period phrase inside the label ("Reports in 2020/21").
      label = label.replace(/\s+(in|during|for)\s+\S+.*$/i, '').replace(/\s+\(.*$/, '');
      if (inParen && c.unit === 'percent') label = rateStem(label);
      return { measure: label, core: label };
    }
  }
  // A bracketed figure right after another restates it in another unit: "22% … (1,510 offences)", "473 of 5,200 (9.1%)".
  if (inParen && ctx.prevEnd >= 0 && ctx.prevUnit !== 'ratio' && /^[^.;:]{0,40}\(\s*$/.test(s.slice(ctx.prevEnd, c.start)) && ctx.prevMeasure) {
    if (c.unit === 'percent' && ctx.prevUnit !== 'percent') {
      const m = ctx.lastRateMeasure || `${ctx.prevCore} (share)`;
      return { measure: m, core: ctx.prevCore };
    }
    if (c.unit === 'count' && ctx.prevUnit === 'percent') {
      const ci = ctx.prevMeasure.indexOf(': ');
      const m = ci >= 0 ? ctx.prevMeasure.slice(ci + 2) : ctx.prevMeasure.replace(/^share of /, '');
      return { measure: m, core: ctx.prevCore };
    }
  }
  const ws = ctx.words ?? wordsIn(s, Math.max(sentStart, c.start - 240), Math.min(sentEnd, c.end + 240));
  // first word after the figure: a few words on from its start (one binary search, not two)
  const si = firstAtOrAfter(ws, c.start);
  let fi = si;
  while (fi < ws.length && ws[fi]!.start < c.end) fi++;
  // last word before the figure's qualifier/currency
  let bi = si - 1;
  while (bi >= 0 && ws[bi]!.end > c.start) bi--;
  if (c.qualifier) {
    const qn = wordCount(c.qualifier);
    if (lowersEqual(ws, Math.max(0, bi - qn + 1), bi + 1, c.qualifier)) bi -= qn;
  }
  while (bi >= 0 && isCurrency(ws[bi]!.text)) bi--;
  const prevW = bi >= 0 ? ws[bi] : undefined;
  const prevW2 = bi >= 1 ? ws[bi - 1] : undefined;
  const pl = prevW?.lower; // prevW2's lower case is read only where needed (its text is sliced lazily)
  const compared = (pl === 'with' || pl === 'to') && prevW2?.lower === 'compared';
  const partitive = pl === 'the' && (prevW2?.lower === 'of' || prevW2?.lower === 'on' || prevW2?.lower === 'from' || prevW2?.lower === 'than' || prevW2?.lower === 'with');

  // Durations: "jailed for 18 months" is a prison sentence; "1,240 hours of training" names its activity.
  if (c.unit === 'other' && c.duration) {
    if (prevW && (pl === 'for' || pl === 'to' || pl === 'of') && prevW2 && JAIL_VERBS.has(prevW2.lower)) {
      return { measure: /banned|disqualified|barred|excluded/.test(prevW2.lower) ? 'ban' : 'prison sentence', core: 'sentence' };
    }
    // "Victims waited an average of 706 days": the subject and its verb name the duration
    {
      let k = bi;
      if (prevW && (pl === 'for' || pl === 'of')) k--;
      while (k >= 0 && AVERAGE_WORDS.has(ws[k]!.lower)) k--;
      const v = ws[k];
      if (v && /^(waited|waiting|took|lasted|spent|served|wait|waits|take|takes|spend|spends|lasts)$/.test(v.lower)) {
        const lo = stripDet(ws, npBefore(s, ws, k - 1, ctx), ctx);
        const subj = joinSpan(s, ws, lo, spanEnd);
        const avg = c.qualifier.includes('average') || anyTextIncludes(ws, Math.max(0, k), bi + 1, 'average') ? 'average ' : '';
        const noun = /^wait|^waited/.test(v.lower) ? 'wait' : /^(took|take|takes)$/.test(v.lower) ? 'time taken' : /^(spent|spend|spends)$/.test(v.lower) ? 'time spent' : /^(served)$/.test(v.lower) ? 'time served' : 'duration';
        const m = `${avg}${noun}${subj ? ' of ' + subj : ''}`;
        return { measure: m, core: m };
      }
    }
    if (ws[fi]?.lower === 'of') {
      const n = nounPhrase(s, ws, fi + 1, ctx);
      if (n) {
        const core = `${c.duration} of ${npText(s, ws, n)}`;
        const next = npNext;
        const pv = precedingVerb(s, ws, bi, ctx);
        const k = skipModifiers(ws, next, ctx);
        const vp = ws[k] && ws[k]!.lower === 'by' ? verbPhrase(s, ws, k, ctx, 4) : '';
        return { measure: `${core}${pv ? ' ' + pv : ''}${vp ? ' ' + vp : ''}`, core };
      }
    }
  }

  if (compared && ctx.prevMeasure) return { measure: ctx.prevMeasure, core: ctx.prevCore };
  // Words after the figure: "of" for shares ("93 per cent of victims", "a third of them").
  let j = fi;
  let afterOf = false;
  let pronounOf = false;
  if (ws[j]?.lower === 'of' && (c.unit === 'percent' || c.unit === 'ratio')) {
    j++;
    afterOf = true;
    for (let w = ws[j]; w && OF_DETS.has(w.lower); w = ws[++j]) {
      if (w.lower !== 'the' && w.lower !== 'all') pronounOf = true;
    }
    // "of those offences" is a determiner, not a pronoun
    const nx = ws[j];
    if (pronounOf && nx && ws[j - 1]!.lower !== 'them') {
      const nl = nx.lower;
      if (!RELATIVES.has(nl) && !AUX.has(nl) && !isVerbish(nl) && !nl.endsWith('ing')) pronounOf = false;
    }
  }
  const jl = ws[j]?.lower;
  // "a third of them told no one", "48% of those who had been stalked", "25 per cent of those reporting a breach"
  if (pronounOf && jl !== undefined) {
    let k = j;
    if (jl === 'who' || jl === 'that') k++;
    const k0 = k;
    while (k < ws.length && AUX.has(ws[k]!.lower) && k - j < 4) k++;
    // "three quarters of them are women": a copula before a noun stays.
    if (k > k0 && ws[k] && !isParticiple(ws[k]!.lower) && !ADVERBS.has(ws[k]!.lower)) k = k0;
    const vp = verbPhrase(s, ws, k, ctx);
    const ante = ctx.prevCore;
    if (vp) return { measure: joinTrim(ante, vp), core: ante };
  }
  // "times" after a big count: "viewed nearly 1.5 million times" → the subject was viewed.
  if (jl === 'times' && prevW && isParticiple(pl!)) {
    let k = bi - 1;
    while (k >= 0 && AUX.has(ws[k]!.lower)) k--;
    const lo = stripDet(ws, npBefore(s, ws, k, ctx));
    const subj = joinSpan(s, ws, lo, spanEnd);
    // word texts have no edge spaces: no trim needed
    return { measure: subj ? `${subj} ${prevW.text}` : prevW.text, core: subj };
  }
  // "Two of the 13 applications were withdrawn": the noun comes after the second number.
  if (jl === 'of' && ws[j + 1]?.lower === 'the' && ws[j + 2] && startsWithDigit(ws[j + 2]!)) {
    const n = nounPhrase(s, ws, j + 3, ctx);
    if (n) {
      const inner = npText(s, ws, n);
      const next = npNext;
      let k = next;
      while (k < ws.length && AUX.has(ws[k]!.lower) && k - next < 4) k++;
      const vp = k > next ? verbPhrase(s, ws, k, ctx) : '';
      return { measure: vp ? `${inner} ${vp}` : inner, core: inner };
    }
  }
  // The noun must follow the figure directly ("4.1%, meaning…" has none).
  const direct = j < ws.length && gapIsDirect(s, c.end, ws[j]!.start);
  const npN = (c.unit === 'other' && c.duration) || !direct ? 0 : nounPhrase(s, ws, j, ctx);

  if (npN) {
    const core = npText(s, ws, npN);
    const head = ws[npIdx[npN - 1]!]!.lower;
    const npEnd = npNext;
    if (CHANGE_WORDS.has(head) && (c.unit === 'percent' || c.unit === 'count')) {
      // "a 25 per cent rise" → rise in what came before.
      const k = npEnd;
      if (ws[k]?.lower === 'in' && ws[k + 1] && !ctx.blocked(ws[k + 1]!.start)) {
        const n = nounPhrase(s, ws, k + 1, ctx);
        if (n) return { measure: `${core} in ${npText(s, ws, n)}`, core };
      }
      return { measure: ctx.lastCountMeasure ? `${core} in ${ctx.lastCountMeasure}` : core, core };
    }
    if (pl === 'of' && SURVEY_NOUNS.has(prevW2?.lower ?? '')) return { measure: `${core} surveyed`, core };
    // "recorded stalking fell from 950 offences": the subject names what the noun counts.
    if (pl === 'from' && prevW2 && MOTION_VERBS.has(prevW2.lower) && npN === 1) {
      const lo = stripDet(ws, npBefore(s, ws, bi - 2, ctx));
      if (lo < spanEnd) {
        const m = `${joinSpan(s, ws, lo, spanEnd)} ${core}`;
        return { measure: m, core: m };
      }
    }
    // A share: "X made up 22% of stalking offences" → share of stalking offences: X
    if (afterOf && c.unit === 'percent' && prevW && SHARE_VERBS.has(pl === 'up' || pl === 'for' ? (prevW2?.lower ?? '') : pl!)) {
      const k = pl === 'up' || pl === 'for' ? bi - 2 : bi - 1;
      const lo = stripDet(ws, npBefore(s, ws, k, ctx, 10, true));
      if (lo < spanEnd) return { measure: `share of ${core}: ${joinSpan(s, ws, lo, spanEnd)}`, core };
    }
    const rv = ws[npEnd];
    const rl = rv?.lower;
    // Relative clause: "312 respondents who reported a breach of bail conditions"
    if (rv && (rl === 'who' || rl === 'that') && joined(s, ws[npEnd - 1]!, rv)) {
      let k = npEnd + 1;
      while (k < ws.length && AUX.has(ws[k]!.lower) && k - npEnd < 4) k++;
      const vp = verbPhrase(s, ws, k, ctx);
      if (vp) return { measure: `${core} ${rl} ${vp}`, core };
    }
    if (partitive) return { measure: core, core };
    // A reduced relative right after the noun: "1,470 offences committed by people on bail".
    if (rv && isParticiple(rl!) && !AUX.has(rl!) && !ctx.blocked(rv.start) && joined(s, ws[npEnd - 1]!, rv) && !VERB_LIKE.has(rl!)) {
      const vp = verbPhrase(s, ws, npEnd, ctx);
      if (vpCount > 1) return { measure: `${core} ${vp}`, core };
    }
    const pv = afterOf ? '' : precedingVerb(s, ws, bi, ctx);
    if (pv) return { measure: `${core} ${pv}`, core };
    // Then a participle or verb: "were reported", "have been charged for stalking", "failed to apply for…"
    let k = skipModifiers(ws, npEnd, ctx);
    // "568 full orders and 312 interim orders were issued": the verb after the second noun applies to both.
    if (ws[k]?.lower === 'and' && ws[k + 1] && startsWithDigit(ws[k + 1]!)) {
      if (nounPhrase(s, ws, k + 2, ctx)) k = skipModifiers(ws, npNext, ctx);
    }
    const k0 = k;
    let aux = false;
    for (; k < ws.length && k - k0 < 6; k++) {
      const l = ws[k]!.lower;
      if (AUX.has(l)) aux = true;
      else if (!(aux && ADVERBS.has(l))) break;
    }
    let neg = '';
    if (ws[k]?.lower === 'not') {
      k++;
      neg = 'not ';
    }
    const v = ws[k];
    if (v && isWordish(v)) {
      const vl = v.lower;
      if ((isParticiple(vl) || (aux && vl.endsWith('ed')) || (!aux && PRESENT_VERBS.has(vl))) && !ctx.blocked(v.start)) {
        const vp = verbPhrase(s, ws, k, ctx);
        if (vp) {
          const linker = !aux && !afterOf ? 'that ' : '';
          // core and vp are words joined: no edge spaces, so no trim needed
          return { measure: `${core} ${linker}${neg}${vp}`, core };
        }
      }
    }
    // Money: "£12,500 fine for intimidating a witness" keeps its prepositional phrase.
    if (c.unit === 'GBP' && ws[npEnd] && isForOnTo(ws[npEnd]!.lower)) {
      const vp = verbPhrase(s, ws, npEnd, ctx);
      if (vpCount > 1) return { measure: `${core} ${vp}`, core };
    }
    return { measure: core, core };
  }

  // No noun after the figure.
  // "up 8% on the previous year", "down 3 per cent"
  if (prevW && (pl === 'up' || pl === 'down') && c.unit === 'percent' && !(prevW2 && isParticiple(prevW2.lower))) {
    const base = ctx.lastCountMeasure || ctx.prevMeasure;
    const m = `${pl === 'up' ? 'rise' : 'fall'}${base ? ' in ' + base : ''}`;
    return { measure: m, core: base };
  }
  // "<NP> of N": "a charge rate of just 7.71 per cent", "an increase of 32%"
  if (pl === 'of' && bi >= 1) {
    const lo = stripDet(ws, npBefore(s, ws, bi - 1, ctx));
    const hi = spanEnd;
    if (lo < hi) {
      const m = joinSpan(s, ws, lo, hi);
      const head = ws[hi - 1]!.lower;
      if (SURVEY_NOUNS.has(head)) return { measure: 'people surveyed', core: 'people' };
      if (CHANGE_WORDS.has(head) && ctx.lastCountMeasure) return { measure: `${m} in ${ctx.lastCountMeasure}`, core: m };
      if (head === 'total' || head === 'number') return { measure: ctx.prevCore || m, core: ctx.prevCore || m };
      if (head === 'rate' && hi - lo === 1 && ctx.lastRateMeasure) return { measure: ctx.lastRateMeasure, core: 'rate' };
      return { measure: m, core: m };
    }
  }
  // "fell from 950 offences the year before to 836 last year": the same measure as the figure it runs from.
  if (pl === 'to' && ctx.prevEnd >= 0 && c.start - ctx.prevEnd < 80 && /\bfrom\b/.test(s.slice(Math.max(sentStart, ctx.prevEnd - 12), ctx.prevEnd)) && ctx.prevMeasure) {
    return { measure: ctx.prevMeasure, core: ctx.prevCore };
  }
  // "on the 1,120 recorded", "from 602 the year before": the same thing as the figure compared with.
  if (partitive || (pl === 'from' && ctx.prevMeasure)) {
    const m = c.unit === 'percent' ? ctx.prevMeasure : ctx.lastCountMeasure || ctx.prevMeasure;
    return { measure: m, core: ctx.prevCore };
  }
  // "<subject> fell to N", "the charge rate was N", "reports rose by 14 per cent to 9,870"
  {
    let k = bi;
    if (prevW && (pl === 'to' || pl === 'at' || pl === 'by' || pl === 'from')) k--;
    while (k >= 0 && ADVERBS.has(ws[k]!.lower)) k--;
    let v = ws[k];
    const direct = !!v && MOTION_VERBS.has(v.lower);
    if (!direct && prevW && (pl === 'to' || pl === 'from')) {
      // look further back within the clause for the verb: "rose by 14 per cent to 9,870"
      for (let kk = bi - 1; kk >= 0 && bi - kk < 8; kk--) {
        if (!joined(s, ws[kk]!, ws[kk + 1]!) && !/^\s*%?\s*$/.test(s.slice(ws[kk]!.end, ws[kk + 1]!.start))) break;
        const l = ws[kk]!.lower;
        if (MOTION_VERBS.has(l) && !AUX.has(l)) {
          k = kk;
          v = ws[kk];
          break;
        }
      }
    }
    if (v && MOTION_VERBS.has(v.lower)) {
      let kk = k - 1;
      while (kk >= 0 && AUX.has(ws[kk]!.lower)) kk--;
      // "The number of children excluded from school rose to 52": what is counted follows "number of".
      const lead = numberOfBefore(s, ws, kk, ctx);
      if (lead) return { measure: lead, core: lead };
      const lo = stripDet(ws, npBefore(s, ws, kk, ctx), ctx);
      if (lo < spanEnd) {
        const m = joinSpan(s, ws, lo, spanEnd);
        const noun = CHANGE_NOUN.get(v.lower);
        if (noun && c.unit === 'percent' && pl === 'by') return { measure: `${noun} in ${m}`, core: m };
        return { measure: m, core: m };
      }
    }
    if (prevW && pl === 'to' && ctx.prevMeasure) return { measure: ctx.prevMeasure, core: ctx.prevCore };
  }
  // Money after a verb: "committed £1.5m to training for police forces", "provided £1.8 million … for X"
  if (c.unit === 'GBP' && prevW && TOTALLING.has(pl!)) {
    // "Fines totalling £1.2m were issued"
    const lo = stripDet(ws, npBefore(s, ws, bi - 1, ctx), ctx);
    if (lo < spanEnd) {
      const subj = joinSpan(s, ws, lo, spanEnd);
      let k = fi;
      while (k < ws.length && AUX.has(ws[k]!.lower) && k - fi < 4) k++;
      const vp = k > fi ? verbPhrase(s, ws, k, ctx) : '';
      return { measure: vp ? `${subj} ${vp}` : subj, core: subj };
    }
  }
  if (c.unit === 'GBP') {
    const fl = ws[fi]?.lower;
    if (fl === 'per' || fl === 'a' || fl === 'each') {
      const unitW = ws[fi + 1];
      if (unitW && isWordish(unitW) && !(ctx.periodAt ?? ctx.blocked)(ws[fi]!.start)) return { measure: `cost per ${unitW.text}`, core: 'cost' };
    }
    const vb = prevW && MONEY_VERBS.has(pl!);
    const k = skipModifiers(ws, fi, ctx);
    const isCost = pl === 'cost' || prevW2?.lower === 'cost';
    if (ws[k] && isForOnTo(ws[k]!.lower)) {
      const vp = verbPhrase(s, ws, k + 1, ctx);
      if (vp) {
        const first = ws[vpFirst]!.lower;
        const isVerbTo = ws[k]!.lower === 'to' && /^(set|run|fund|pay|buy|build|support|provide|train|hire|employ|cover|deliver|tackle|help|keep|maintain|operate|create)$/.test(first);
        if (isCost) return { measure: `cost ${ws[k]!.text} ${vp}`, core: 'cost' };
        if (isVerbTo && !vb) return { measure: `cost to ${vp}`, core: 'cost' };
        // the words after the first (word texts hold no spaces)
        if (isVerbTo) return { measure: `funding ${/^(fund|pay)$/.test(first) ? 'for ' + (vpCount > 1 ? vp.slice(vp.indexOf(' ') + 1) : '') : 'to ' + vp}`.trim(), core: 'funding' };
        return { measure: `funding for ${vp}`, core: 'funding' };
      }
    }
    if (isCost) return { measure: 'cost', core: 'cost' };
    if (ctx.prevUnit === 'GBP' && ctx.prevMeasure) {
      // "£3.2 million to set up and £450,000 a year to run"
      const k2 = skipModifiers(ws, fi, ctx);
      if (ws[k2]?.lower === 'to') {
        const vp = verbPhrase(s, ws, k2 + 1, ctx);
        if (vp) return { measure: `${ctx.prevCore} to ${vp}`, core: ctx.prevCore };
      }
    }
  }
  const afterW = ws[fi];
  if (afterW && (AUX.has(afterW.lower) || VERB_LIKE.has(afterW.lower) || isParticiple(afterW.lower))) {
    // "of which five were granted", "six were not granted: four were refused", "96 said police took no action"
    const ante = c.unit === 'GBP' ? (ctx.prevUnit === 'GBP' && ctx.prevCore ? ctx.prevCore : 'funding') : (pl === 'which' ? '' : ofAntecedent(s, ws, bi, ctx)) || ctx.prevCore;
    let k = fi;
    while (k < ws.length && AUX.has(ws[k]!.lower) && k - fi < 4) k++;
    const vp = verbPhrase(s, ws, k, ctx);
    return { measure: joinTrim(ante, vp), core: ante };
  }
  if ((c.unit === 'percent' || c.unit === 'ratio') && rateNearEnd(s, from, c.start)) {
    const m = /([A-Za-z]+(?: [A-Za-z]+)?) rate\b[^.]{0,80}$/i.exec(s.slice(from, c.start));
    if (m) return { measure: `${m[1]!.replace(/^(the|a|an) /i, '')} rate`, core: 'rate' };
  }
  return { measure: ctx.prevMeasure, core: ctx.prevCore };
}

/** "the number of X …" ending at word kk: returns X as written (bounded). */
function numberOfBefore(s: string, ws: W[], kk: number, ctx: MeasureContext): string {
  for (let i = kk - 1; i >= 1 && kk - i < 14; i--) {
    const w = ws[i]!;
    if (!joined(s, w, ws[i + 1]!)) return '';
    if (w.lower === 'of' && COUNT_NOUNS.has(ws[i - 1]!.lower)) {
      const stopAt = ctx.periodAt ?? ctx.blocked;
      for (let k = i + 1; k <= kk; k++) if (stopAt(ws[k]!.start)) return '';
      return joinSpan(s, ws, i + 1, kk + 1);
    }
  }
  return '';
}

function precedingVerb(s: string, ws: W[], bi: number, ctx: MeasureContext): string {
  const prevW = bi >= 0 ? ws[bi] : undefined;
  const prevW2 = bi >= 1 ? ws[bi - 1] : undefined;
  if (!prevW || ctx.blocked(prevW.start)) return '';
  const pl = prevW.lower;
  if (isParticiple(pl) && !AUX.has(pl) && pl !== 'aged') return prevW.text;
  if (PARTICLES.has(pl) && prevW2 && isParticiple(prevW2.lower) && joined(s, prevW2, prevW)) return `${prevW2.text} ${prevW.text}`;
  return '';
}

/** "Of the 36 applications made …, six" / "Two of the 13 applications" → "applications". */
function ofAntecedent(s: string, ws: W[], bi: number, ctx: MeasureContext): string {
  for (let i = bi; i >= 1 && bi - i < 30; i--) {
    const w = ws[i]!;
    if (startsWithDigit(w) && ws[i - 1]!.lower === 'the' && ws[i - 2]?.lower === 'of') {
      const n = nounPhrase(s, ws, i + 1, ctx, 3);
      if (n) return npText(s, ws, n);
    }
  }
  return '';
}

/** Index of the first word starting at or after pos (binary search). */
function firstAtOrAfter(ws: W[], pos: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
