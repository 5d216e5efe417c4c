// Sentence spans inside a block: split after . ! ? when the next word starts a new sentence,
// but not after abbreviations (Mr., No., Vol.), initials (R. Okafor) or inside decimals.
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'no', 'nos', 'vol', 'st', 'rt', 'hon', 'co', 'inc', 'jr', 'sr', 'e.g', 'i.e', 'etc', 'approx', 'ref', 'fig', 'para', 'cl', 's', 'ss', 'p', 'pp', 'col', 'ch', 'cf', 'vs', 'v', 'gov', 'sgt', 'insp', 'supt', 'det', 'pc', 'cllr', 'rev', 'lt', 'gen', 'capt', 'col', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export interface Span {
  start: number;
  end: number;
}

/** Characters that may open a sentence: A-Z, 0-9, quotes, "(" and "£". */
function opensSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 0xa3;
}

export function sentenceSpans(s: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    // Closing quotes/brackets stay with the sentence.
    let j = i + 1;
    for (; j < n; j++) {
      const q = s.charCodeAt(j);
      if (q !== 34 && q !== 0x201d && q !== 0x2019 && q !== 41 && q !== 39) break;
    }
    if (j >= n) break;
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
    out.push({ start, end: j });
    start = k;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}
