// Sentence spans inside a block: split after . ! ? when the next word starts a new sentence,
// but not after abbreviations (Mr., No., Vol.), initials (R. Okafor) or inside decimals.
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'no', 'nos', 'vol', 'st', 'rt', 'hon', 'co', 'inc', 'jr', 'sr', 'e.g', 'i.e', 'etc', 'approx', 'ref', 'fig', 'para', 'cl', 's', 'ss', 'p', 'pp', 'col', 'ch', 'cf', 'vs', 'v', 'gov', 'sgt', 'insp', 'supt', 'det', 'pc', 'cllr', 'rev', 'lt', 'gen', 'capt', 'col', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export interface Span {
  start: number;
  end: number;
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
    while (j < n && (s[j] === '"' || s[j] === '”' || s[j] === '’' || s[j] === ')' || s[j] === "'")) j++;
    if (j >= n) break;
    if (s.charCodeAt(j) !== 32) continue;
    const k = j + 1;
    const nc = s[k] ?? '';
    if (!/[A-Z0-9“"‘'(£]/.test(nc)) continue;
    if (c === 46) {
      // Word before the dot.
      let w = i - 1;
      while (w >= 0 && /[A-Za-z.]/.test(s[w]!)) w--;
      const word = s.slice(w + 1, i).toLowerCase();
      if (ABBREV.has(word)) continue;
      if (word.length === 1 && /[A-Z]/.test(s[i - 1]!)) continue; // an initial
    }
    out.push({ start, end: j });
    start = k;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}
