// W3C TextQuoteSelector for a span of a block: exact as written, up to 32 characters either side.
// Blocks are already whitespace-collapsed, matching the live page's normalised textContent.
export interface QuoteOut {
  exact: string;
  prefix: string;
  suffix: string;
}

const CONTEXT = 32;

export function quoteFor(block: string, start: number, end: number, exact = block.slice(start, end)): QuoteOut {
  return {
    exact,
    prefix: block.slice(Math.max(0, start - CONTEXT), start),
    suffix: block.slice(end, end + CONTEXT),
  };
}

/** Find a quote again in (normalised) text: the index of exact, or -1. */
export function locateQuote(text: string, q: QuoteOut): number {
  const whole = q.prefix + q.exact + q.suffix;
  const i = text.indexOf(whole);
  if (i >= 0) return i + q.prefix.length;
  const j = text.indexOf(q.exact);
  return j;
}
