// Place the finder's figures, which come in reading order, in a page's text in one forward pass:
// each search starts where the previous figure was found, so a page of thousands of figures stays
// linear. Word boundaries are checked so "six" is never found inside "sixty".
import type { Quote } from '../model.ts';
import { collapseWhitespace } from './anchor-quote.ts';

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

function bounded(text: string, at: number, length: number): boolean {
  return !isWordChar(text[at - 1]) && !isWordChar(text[at + length]);
}

function search(text: string, needle: string, from: number, offset: number, exactLength: number): number {
  if (!needle) return -1;
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (bounded(text, i + offset, exactLength)) return i + offset;
  }
  return -1;
}

/** Start offsets (or -1) of each quote's exact text, searched in order. */
export function locateInOrder(text: string, quotes: Quote[]): number[] {
  let from = 0;
  return quotes.map((q) => {
    const exact = collapseWhitespace(q.exact).trim();
    const prefix = collapseWhitespace(q.prefix);
    const suffix = collapseWhitespace(q.suffix);
    const tail = prefix.slice(-12);
    const head = suffix.slice(0, 12);
    const at = [
      search(text, prefix + exact + suffix, from, prefix.length, exact.length),
      search(text, tail + exact + head, from, tail.length, exact.length),
      search(text, tail + exact, from, tail.length, exact.length),
      search(text, exact + head, from, 0, exact.length),
      search(text, exact, from, 0, exact.length),
    ].find((i) => i >= 0) ?? -1;
    if (at >= 0) from = at + exact.length;
    return at;
  });
}
