// Small, bounded text helpers shared by the finder's rules. Every helper looks at a short window.
import { isLetter } from './numbers.ts';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

export interface W {
  start: number;
  end: number;
  text: string; // as written
  lower: string;
}

function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/** Lower case, skipping the copy for a word that is already lower case (most are). */
export function lowerIfNeeded(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0xc0) return t.toLowerCase();
  }
  return t;
}

/**
 * A word found by wordsIn. Most words of a sentence are never looked at by the rules (they read the
 * few words around each figure), so the word's text and lower case are copied out of the block only
 * when first read.
 */
class BlockWord implements W {
  private t: string | undefined = undefined;
  private l: string | undefined = undefined;
  constructor(
    private s: string,
    public start: number,
    public end: number,
  ) {}
  /** Make this object another word (see WordPool). */
  reset(s: string, start: number, end: number): this {
    this.s = s;
    this.start = start;
    this.end = end;
    this.t = undefined;
    this.l = undefined;
    return this;
  }
  get text(): string {
    return (this.t ??= this.s.slice(this.start, this.end));
  }
  get lower(): string {
    return (this.l ??= lowerIfNeeded(this.text));
  }
}

/**
 * Word objects reused from one wordsIn call to the next: for a caller that is done with the
 * previous call's words before it asks for the next (a page's sentences, one after another), so
 * that reading a page's words allocates almost nothing.
 */
export class WordPool {
  private items: BlockWord[] = [];
  private used = 0;
  /** Start a new call: the words handed out before may be overwritten from now on. */
  restart(): void {
    this.used = 0;
  }
  /** This call's words, in a list of exactly their number (one allocation, no growing). */
  words(): W[] {
    return this.items.slice(0, this.used);
  }
  take(s: string, start: number, end: number): BlockWord {
    const w = this.items[this.used];
    this.used++;
    if (w) return w.reset(s, start, end);
    const fresh = new BlockWord(s, start, end);
    this.items.push(fresh);
    return fresh;
  }
}

/**
 * Words in s[from, to): letters (with inner apostrophes, dots and hyphens), numbers, currency and %.
 * One hand-written scan (no regex, no copy of the range); trailing dots, hyphens, commas and
 * apostrophes are punctuation, not part of the word ("no." keeps its dot separately). With a pool,
 * the word objects of the previous call with that pool are reused.
 */
export function wordsIn(s: string, from: number, to: number, pool?: WordPool): W[] {
  const out: W[] = [];
  pool?.restart();
  const a = Math.max(0, from);
  const b = Math.min(s.length, to);
  let i = a;
  while (i < b) {
    const c = s.charCodeAt(i);
    if (isWordLetter(c)) {
      let j = i + 1;
      let e = j; // end after trimming trailing punctuation
      while (j < b) {
        const d = s.charCodeAt(j);
        if (isWordLetter(d)) {
          j++;
          e = j;
        } else if (d === 39 || d === 0x2019 || d === 46 || d === 45) j++;
        else break;
      }
      if (pool) pool.take(s, i, e);
      else out.push(new BlockWord(s, i, e));
      i = j;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      let e = j;
      while (j < b) {
        const d = s.charCodeAt(j);
        if (d >= 48 && d <= 57) {
          j++;
          e = j;
        } else if (d === 44 || d === 46) j++;
        else break;
      }
      if (pool) pool.take(s, i, e);
      else out.push(new BlockWord(s, i, e));
      i = j;
    } else if (c === 0xa3 || c === 36 || c === 0x20ac || c === 37) {
      if (pool) pool.take(s, i, i + 1);
      else out.push(new BlockWord(s, i, i + 1));
      i++;
    } else i++;
  }
  return pool ? pool.words() : out;
}

/** Up to n words before pos, nearest last, read from a bounded window. */
export function wordsBefore(s: string, pos: number, n: number, window = 80): W[] {
  const ws = wordsIn(s, pos - window, pos);
  // Drop a word cut by the window edge.
  if (ws.length && ws[0]!.start === Math.max(0, pos - window) && pos - window > 0) ws.shift();
  return ws.slice(-n);
}

/**
 * Start of the word immediately before pos, separated only by spaces (no punctuation), or -1; a
 * trailing dot of an abbreviation is allowed ("no. 5", "Vol. 713", "s. 4") and is not part of the
 * word, which ends at adjacentWordEnd.
 */
export function adjacentWordStart(s: string, pos: number): number {
  let i = pos - 1;
  if (i < 0 || s.charCodeAt(i) !== 32) return -1;
  while (i >= 0 && s.charCodeAt(i) === 32) i--;
  let end = i + 1;
  if (s.charCodeAt(i) === 46) {
    i--;
    end = i + 1;
  }
  let j = i;
  while (j >= 0 && isLetter(s.charCodeAt(j))) j--;
  if (j === i) return -1;
  adjacentWordEnd = end;
  return j + 1;
}
/** End of the word found by the last adjacentWordStart call that found one. */
export let adjacentWordEnd = -1;


/**
 * The same text as one flat string. A block's text is often a slice of the page or a join of text
 * runs, and every rule reads it char by char: V8 reads a flat string about three times faster than
 * a slice or a rope (and a flat copy no longer keeps the whole page alive). Joining two non-empty
 * parts makes V8 copy into a new flat string; strings under 13 characters are always flat.
 */
export function flatText(t: string): string {
  return t.length < 13 ? t : [t.slice(0, 1), t.slice(1)].join('');
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** True when pos begins a sentence (block start, or after . ! ? : and spaces/quotes). */
export function atSentenceStart(s: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (s.charCodeAt(i) === 32 || s[i] === '“' || s[i] === '"' || s[i] === '‘' || s[i] === "'" || s[i] === '(')) i--;
  if (i < 0) return true;
  const c = s[i];
  return c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '•' || c === '·' || c === '—' || c === '|';
}

/** Up to n lower-cased words right before pos, separated only by single spaces (cheap, no regex). */
export function prevWordsCheap(s: string, pos: number, n: number): { words: string[]; start: number } {
  const words: string[] = [];
  let i = pos - 1;
  let start = pos;
  while (words.length < n) {
    // one run of spaces (and a currency sign directly before the number)
    let j = i;
    while (j >= 0 && s.charCodeAt(j) === 32 && i - j < 3) j--;
    if (j === i && words.length) break;
    const end = j + 1;
    while (j >= 0 && isLetter(s.charCodeAt(j))) j--;
    if (j + 1 === end || end - j > 16) break;
    words.unshift(lowerIfNeeded(s.slice(j + 1, end)));
    start = j + 1;
    i = j;
    if (i >= 0 && s.charCodeAt(i) !== 32) break;
  }
  return { words, start };
}

/** Up to n words right after pos (lower-cased), skipping spaces only; with their spans. */
export function nextWordsCheap(s: string, pos: number, n: number): W[] {
  const out: W[] = [];
  let i = pos;
  while (out.length < n && i < s.length) {
    let j = i;
    while (j < s.length && s.charCodeAt(j) === 32 && j - i < 3) j++;
    const st = j;
    while (j < s.length && isLetter(s.charCodeAt(j)) && j - st < 20) j++;
    if (j === st) break;
    const text = s.slice(st, j);
    out.push({ start: st, end: j, text, lower: lowerIfNeeded(text) });
    i = j;
    if (i < s.length && s.charCodeAt(i) !== 32) break;
  }
  return out;
}
