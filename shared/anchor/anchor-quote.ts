// Re-anchoring a saved figure on a page that may have changed since it was clipped.
// Works on whitespace-collapsed text (the same normalisation the finder's quotes use), so it is
// pure and testable; the extension maps the offsets back to DOM ranges.
// Order: the exact selector first; then a fuzzy match on the words around the figure, where the
// number found there is compared exactly with the saved one ("figure changed" keeps both values);
// otherwise the clip is orphaned, never silently dropped.
import type { Quote } from '../model.ts';
import { tokenize } from '../extract/numbers.ts';

export type Anchor =
  | { status: 'exact'; start: number; end: number }
  | { status: 'moved'; start: number; end: number } // found by context; the number is unchanged
  | { status: 'changed'; start: number; end: number; text: string; value: number } // the number differs now
  | { status: 'orphaned' };

const MAX_HITS = 500; // occurrences examined per search, so a page of repeated text stays linear
const WINDOW = 48; // characters between context and figure that a small edit may have added

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function* occurrences(text: string, needle: string): Generator<number> {
  if (!needle) return;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && n < MAX_HITS; i = text.indexOf(needle, i + 1), n++) yield i;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const words = (s: string) => s.split(/[^\p{L}\p{N}%£]+/u).filter(Boolean);

/** The first number written in `s` (digits or words), with its span. */
function firstNumber(s: string): { start: number; end: number; value: number } | undefined {
  const t = tokenize(s, 4)[0];
  return t ? { start: t.start, end: t.end, value: t.value } : undefined;
}
function lastNumber(s: string): { start: number; end: number; value: number } | undefined {
  const all = tokenize(s, 50);
  const t = all[all.length - 1];
  return t ? { start: t.start, end: t.end, value: t.value } : undefined;
}

/**
 * Find a saved quote in `text`. `value` is the figure's saved value: a number found by context is
 * compared with it exactly.
 */
export function anchorQuote(text: string, quote: Quote, value: number): Anchor {
  const exact = collapseWhitespace(quote.exact).trim();
  const prefix = collapseWhitespace(quote.prefix);
  const suffix = collapseWhitespace(quote.suffix);
  if (!exact) return { status: 'orphaned' };

  // 1. The exact text, preferring the occurrence whose surroundings match the saved context best.
  let best = -1;
  let bestScore = -1;
  for (const i of occurrences(text, exact)) {
    const before = text.slice(Math.max(0, i - prefix.length), i);
    const after = text.slice(i + exact.length, i + exact.length + suffix.length);
    const score = commonSuffix(before, prefix) + commonPrefix(after, suffix);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  const contextLength = prefix.length + suffix.length;
  if (best >= 0 && bestScore === contextLength) return { status: 'exact', start: best, end: best + exact.length };
  // Some of the context survives around an exact hit: the page changed a little around it.
  if (best >= 0 && bestScore >= Math.min(8, contextLength)) return { status: 'moved', start: best, end: best + exact.length };

  // 2. The words before the figure, then the first number after them (and vice versa).
  const pre = words(prefix).slice(-3).join(' ');
  const suf = words(suffix).slice(0, 3).join(' ');
  const candidates: { start: number; end: number; value: number; score: number }[] = [];
  const sufWords = words(suffix).slice(0, 4);
  const preWords = words(prefix).slice(-4);
  if (pre.length >= 4) {
    for (const i of occurrences(text, pre)) {
      const from = i + pre.length;
      const n = firstNumber(text.slice(from, from + WINDOW));
      if (!n) continue;
      const rest = words(text.slice(from + n.end, from + n.end + suffix.length + 16));
      candidates.push({ start: from + n.start, end: from + n.end, value: n.value, score: 3 + overlap(rest, sufWords) });
    }
  }
  if (suf.length >= 4) {
    for (const i of occurrences(text, suf)) {
      const from = Math.max(0, i - WINDOW);
      const n = lastNumber(text.slice(from, i));
      if (!n) continue;
      const lead = words(text.slice(Math.max(0, from + n.start - prefix.length - 16), from + n.start));
      candidates.push({ start: from + n.start, end: from + n.end, value: n.value, score: 3 + overlap(lead.reverse(), [...preWords].reverse()) });
    }
  }
  // A lone exact hit whose context is all gone is still the figure (the number matches exactly).
  if (best >= 0) candidates.push({ start: best, end: best + exact.length, value, score: 2 });
  if (!candidates.length) return { status: 'orphaned' };
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  const c = candidates[0]!;
  if (c.value === value || text.slice(c.start, c.end) === exact) return { status: 'moved', start: c.start, end: c.end };
  return { status: 'changed', start: c.start, end: c.end, text: text.slice(c.start, c.end), value: c.value };
}

function overlap(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n]!.toLowerCase() === b[n]!.toLowerCase()) n++;
  return n;
}
