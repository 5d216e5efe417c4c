// Sentence spans and clause breaks inside a block: sentences split after . ! ? when the next word
// starts a new sentence, but not after abbreviations (Mr., No., Vol.), initials (R. Okafor) or inside decimals.
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'no', 'nos', 'vol', 'st', 'rt', 'hon', 'co', 'inc', 'jr', 'sr', 'e.g', 'i.e', 'etc', 'approx', 'ref', 'fig', 'para', 'cl', 's', 'ss', 'p', 'pp', 'col', 'ch', 'cf', 'vs', 'v', 'gov', 'sgt', 'insp', 'supt', 'det', 'pc', 'cllr', 'rev', 'lt', 'gen', 'capt', 'col', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export interface Span {
  start: number;
  end: number;
}

/** Characters that may open a sentence: A-Z, 0-9, quotes, "(" and "£". */
function opensSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 0xa3;
}

/**
 * A block's sentences and clause breaks, found in one pass over its text: the first nSents, nPunct
 * and nConj entries of each list (a reused BlockSpans may hold an earlier block's entries past them).
 */
export interface BlockSpans {
  sents: Span[];
  nSents: number;
  punct: number[]; // clause breaks: , (not inside a number) ; : — – ( )
  nPunct: number;
  conj: Span[]; // clause-opening conjunctions, with their spaces
  nConj: number;
}

/** Empty lists to fill: pass the same one to blockSpans block after block to reuse its storage. */
export function newBlockSpans(): BlockSpans {
  return { sents: [], nSents: 0, punct: [], nPunct: 0, conj: [], nConj: 0 };
}

/** Set xs[i] to the span [start, end), reusing the object already there. */
function putSpan(xs: Span[], i: number, start: number, end: number): void {
  const sp = xs[i];
  if (sp) {
    sp.start = start;
    sp.end = end;
  } else xs[i] = { start, end };
}

// Clause-opening conjunctions ("…, while so far this year 102 people"): in lower case with a space
// either side, or capitalised with a space after. No two start with the same two letters but
// "while"/"whereas", so the letters after the space pick the one word to compare.

/**
 * Length of the conjunction match at i, as / (?:while|but|whereas|although|yet) |(?:While|But|Although) /
 * would match there, or 0.
 */
function conjAt(s: string, i: number, c: number): number {
  let w: string;
  let at = i;
  if (c === 32) {
    at = i + 1;
    const d = s.charCodeAt(at);
    if (d === 119) w = s.charCodeAt(at + 2) === 105 ? 'while' : 'whereas';
    else if (d === 98) w = 'but';
    else if (d === 97) w = 'although';
    else if (d === 121) w = 'yet';
    else return 0;
  } else if (c === 87) w = 'While';
  else if (c === 66) w = 'But';
  else if (c === 65) w = 'Although';
  else return 0;
  return s.startsWith(w, at) && s.charCodeAt(at + w.length) === 32 ? at + w.length + 1 - i : 0;
}

/**
 * Sentences split after . ! ? when the next word starts a new sentence; clause breaks; and
 * conjunctions, matched left to right without overlap as a global regex scan would match them.
 * Written into `into` when given (its previous contents are overwritten), else into new lists.
 */
export function blockSpans(s: string, into: BlockSpans = newBlockSpans()): BlockSpans {
  const { sents, punct, conj } = into;
  let nSents = 0;
  let nPunct = 0;
  let nConj = 0;
  let start = 0;
  let splitting = true; // false once closing quotes run to the end: no later split can happen
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) continue; // most characters are lower-case letters: nothing to do
    if (c === 44) {
      const a = s.charCodeAt(i - 1);
      const b = s.charCodeAt(i + 1);
      if (!(a >= 48 && a <= 57 && b >= 48 && b <= 57)) punct[nPunct++] = i;
      continue;
    }
    if (c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 40 || c === 41) {
      punct[nPunct++] = i;
      continue;
    }
    if (c === 32 || c === 87 || c === 66 || c === 65) {
      const len = nConj < 100_000 ? conjAt(s, i, c) : 0;
      if (len) {
        putSpan(conj, nConj++, i, i + len);
        i += len - 1; // a match holds only letters and spaces: nothing else is skipped
      }
      continue;
    }
    if ((c !== 46 && c !== 33 && c !== 63) || !splitting) continue;
    // Closing quotes/brackets stay with the sentence.
    let j = i + 1;
    for (; j < n; j++) {
      const q = s.charCodeAt(j);
      if (q !== 34 && q !== 0x201d && q !== 0x2019 && q !== 41 && q !== 39) break;
    }
    if (j >= n) {
      splitting = false;
      continue;
    }
    if (s.charCodeAt(j) !== 32) continue;
    const k = j + 1;
    if (k >= n || !opensSentence(s.charCodeAt(k))) continue;
    if (c === 46) {
      // Word before the dot.
      let w = i - 1;
      for (; w >= 0; w--) {
        const d = s.charCodeAt(w);
        if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 46)) break;
      }
      // (no abbreviation is longer than six letters)
      if (i - w - 1 <= 6 && ABBREV.has(s.slice(w + 1, i).toLowerCase())) continue;
      const p = s.charCodeAt(i - 1);
      if (i - w - 1 === 1 && p >= 65 && p <= 90) continue; // an initial
    }
    putSpan(sents, nSents++, start, j);
    start = k;
  }
  if (start < n) putSpan(sents, nSents++, start, n);
  into.nSents = nSents;
  into.nPunct = nPunct;
  into.nConj = nConj;
  return into;
}
