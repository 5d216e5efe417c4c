// The number tokenizer: one left-to-right scan over a block's text, finding digit numbers
// (2,041; 7.71; 0808) and number words (six, twenty-three, a hundred, a third, half).
// Linear: every character is looked at a bounded number of times; no backtracking regex.

export interface NumToken {
  start: number;
  end: number; // exclusive
  value: number;
  word: boolean; // written in words
  fraction: boolean; // a third, half, three quarters: a share, not a count
  integer: boolean;
  grouped: boolean; // has thousands separators
  leadingZero: boolean; // 0808, 01234567: phone or reference, never a quantity
  digits: number; // count of digits (0 for words)
  huge: boolean; // too long to be a statistic
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
// Denominators of spoken fractions: "a third", "two thirds", "three quarters", "a fifth".
const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  tenth: 10, tenths: 10,
};

// Words that can start a number token.
const ALL_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), 'a', 'an', 'half']);
// Allocation-free prefilter: (first letter, second letter, length) of every such word,
// as one typed-array read: lengths (as bits) by first and second letter (26 = none).
const SHAPE_BITS = new Uint32Array(27 * 27);
for (const w of ALL_WORDS) SHAPE_BITS[(w.charCodeAt(0) - 97) * 27 + (w.length > 1 ? w.charCodeAt(1) - 97 : 26)]! |= 1 << w.length;
function mayBeNumberWord(c0: number, c1: number, len: number): boolean {
  const a = (c0 | 32) - 97;
  const b = len > 1 ? (c1 | 32) - 97 : 26;
  if (a < 0 || a > 25 || b < 0 || b > 26 || (len > 1 && b === 26)) return false;
  return ((SHAPE_BITS[a * 27 + b]! >>> len) & 1) === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

interface Word {
  start: number;
  end: number;
  lower: string;
}

/** Read the word starting at i (letters and apostrophes); returns null if none. */
function readWord(s: string, i: number): Word | null {
  let j = i;
  while (j < s.length && isLetter(s.charCodeAt(j))) j++;
  if (j === i) return null;
  return { start: i, end: j, lower: j - i <= 12 ? s.slice(i, j).toLowerCase() : '' };
}

/** Skip one separator between number words: a space or a hyphen (twenty-three). */
function nextWordStart(s: string, j: number, allowAnd: boolean): number {
  let k = j;
  if (s.charCodeAt(k) === 45 /* - */ || s.charCodeAt(k) === 32) k++;
  else return -1;
  if (allowAnd && s.startsWith('and ', k)) k += 4;
  return isLetter(s.charCodeAt(k)) ? k : -1;
}

/** Parse a run of number words starting at word w. Returns value and end, or null. */
function parseWords(s: string, w: Word): { value: number; end: number } | null {
  let total = 0;
  let current = 0;
  let end = -1;
  let cur: Word | null = w;
  let seen = false;
  let lastWasUnit = false;
  let lastWasTens = false;
  let steps = 0;
  while (cur && steps++ < 12) {
    const lw = cur.lower;
    if (lw in UNITS && !lastWasUnit) {
      if (lastWasTens && UNITS[lw]! >= 10) break;
      current += UNITS[lw]!;
      lastWasUnit = true;
      lastWasTens = false;
    } else if (lw in TENS && !lastWasUnit && !lastWasTens && current % 100 === 0) {
      current += TENS[lw]!;
      lastWasTens = true;
    } else if (lw in SCALES && seen) {
      const sc = SCALES[lw]!;
      if (sc === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * sc;
        current = 0;
      }
      lastWasUnit = false;
      lastWasTens = false;
    } else break;
    seen = true;
    end = cur.end;
    const k = nextWordStart(s, cur.end, lw === 'hundred' || lw === 'thousand');
    cur = k >= 0 ? readWord(s, k) : null;
  }
  if (!seen || end < 0) return null;
  return { value: total + current, end };
}

/**
 * Token objects and one list reused from one tokenize call to the next, for a caller that is done
 * with the previous call's tokens before it tokenizes again (the finder, block after block).
 */
export class TokenPool {
  private items: NumToken[] = [];
  private used = 0;
  /** The last call's tokens are tokens[0, count): the list is reused, never cut back (that would free its storage). */
  readonly tokens: NumToken[] = [];
  count = 0;
  restart(): NumToken[] {
    this.used = 0;
    this.count = 0;
    return this.tokens;
  }
  digits(start: number, end: number, value: number, integer: boolean, grouped: boolean, leadingZero: boolean, digits: number, huge: boolean): NumToken {
    let t = this.items[this.used];
    if (!t) {
      t = { start, end, value, word: false, fraction: false, integer, grouped, leadingZero, digits, huge };
      this.items.push(t);
    } else {
      t.start = start;
      t.end = end;
      t.value = value;
      t.word = false;
      t.fraction = false;
      t.integer = integer;
      t.grouped = grouped;
      t.leadingZero = leadingZero;
      t.digits = digits;
      t.huge = huge;
    }
    this.used++;
    return t;
  }
}

/**
 * The number tokens of s, in order (at most limit). With a pool, the previous call's tokens are
 * reused and the result is pool.tokens[0, pool.count).
 */
export function tokenize(s: string, limit = 100_000, pool?: TokenPool): NumToken[] {
  const out: NumToken[] = pool ? pool.restart() : [];
  let count = 0;
  const n = s.length;
  let i = 0;
  while (i < n && count < limit) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      const start = i;
      let j = i;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      let digits = j - start;
      let grouped = false;
      let integer = true;
      // Thousands groups: a comma (or thin space) followed by exactly three digits.
      while (j < n && s.charCodeAt(j) === 44 && j + 3 < n + 1 && isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && isDigit(s.charCodeAt(j + 3)) && !isDigit(s.charCodeAt(j + 4))) {
        if (digits > 3 && !grouped) break; // 12345,678 is not a grouped number
        grouped = true;
        j += 4;
        digits += 3;
      }
      if (j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
        integer = false;
        j++;
        while (j < n && isDigit(s.charCodeAt(j))) {
          j++;
          digits++;
        }
      }
      const huge = digits > 15 || j - start > 40;
      const value = huge ? NaN : digitValue(s, start, j);
      const leadingZero = c === 48 && integer && j - start > 1;
      out[count++] = pool ? pool.digits(start, j, value, integer, grouped, leadingZero, digits, huge) : { start, end: j, value, word: false, fraction: false, integer, grouped, leadingZero, digits, huge };
      // A long run of digits/separators stays one token, so "1,2,3,…" cannot explode downstream work.
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(s.charCodeAt(j))) j++;
      const len = j - i;
      const f = c | 32;
      // Cheap pre-filter before any allocation: number words are 1–9 letters and start with one of a few letters.
      // "a"/"an" (the commonest words) start a number only before a fraction or scale word: "a third", "a hundred".
      if (f === 97 && (len === 1 || (len === 2 && (s.charCodeAt(i + 1) | 32) === 110))) {
        const nx = s.charCodeAt(j) === 32 ? s.charCodeAt(j + 1) | 32 : 0;
        if (!(nx === 116 || nx === 113 || nx === 102 || nx === 115 || nx === 104 || nx === 109 || nx === 98)) {
          i = j;
          continue;
        }
      }
      if (len <= 9 && mayBeNumberWord(f, len > 1 ? s.charCodeAt(i + 1) : 0, len) && (i === 0 || !isDigit(s.charCodeAt(i - 1)))) {
        const lower = s.slice(i, j).toLowerCase();
        if (ALL_WORDS.has(lower)) {
          const tok = wordNumber(s, { start: i, end: j, lower });
          if (tok) {
            out[count++] = tok;
            i = tok.end;
            continue;
          }
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  if (pool) pool.count = count;
  return out;
}

/** The value of a digit run (commas skipped, at most one dot, at most 15 digits): one exact division, as parseFloat gives. */
function digitValue(s: string, start: number, end: number): number {
  let m = 0;
  let scale = 1;
  let frac = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      if (frac) scale *= 10;
    } else if (c === 46) frac = true;
  }
  return scale === 1 ? m : m / scale;
}

function wordToken(start: number, end: number, value: number, fraction: boolean): NumToken {
  return { start, end, value, word: true, fraction, integer: Number.isInteger(value), grouped: false, leadingZero: false, digits: 0, huge: false };
}

function wordNumber(s: string, w: Word): NumToken | null {
  const lw = w.lower;
  // "half" on its own.
  if (lw === 'half') return wordToken(w.start, w.end, 0.5, true);
  // "a third", "a quarter", "a hundred", "an eighth".
  if (lw === 'a' || lw === 'an') {
    const k = nextWordStart(s, w.end, false);
    if (k < 0 || s.charCodeAt(w.end) !== 32) return null;
    const nw = readWord(s, k);
    if (!nw) return null;
    if (nw.lower in FRACTIONS && nw.lower !== 'half') return wordToken(w.start, nw.end, round4(1 / FRACTIONS[nw.lower]!), true);
    // "a hundred", "a thousand", "a million"
    if (nw.lower in SCALES) return wordToken(w.start, nw.end, SCALES[nw.lower]!, false);
    return null;
  }
  if (!(lw in UNITS) && !(lw in TENS)) return null;
  const r = parseWords(s, w);
  if (!r) return null;
  // "two thirds", "three quarters", "one fifth".
  const k = nextWordStart(s, r.end, false);
  if (k >= 0 && r.value >= 1 && r.value < 10) {
    const nw = readWord(s, k);
    if (nw && nw.lower in FRACTIONS && nw.lower !== 'half' && !(r.value === 1 && nw.lower.endsWith('s'))) {
      const v = r.value / FRACTIONS[nw.lower]!;
      if (v <= 1) return wordToken(w.start, nw.end, round4(v), true);
    }
  }
  return wordToken(w.start, r.end, r.value, false);
}

export function round4(v: number): number {
  return Math.round(v * 10000) / 10000;
}
