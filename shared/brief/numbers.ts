// Arithmetic and number wording for briefs: rounding that matches how people round by hand
// (half away from zero, on the decimal text, not the binary float), UK separators.

/** Round half away from zero to `dp` places: 83.335 → 83.34 (toFixed would give 83.33). */
export function roundTo(x: number, dp: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(x)}e${dp}`);
  return sign * Number(`${Math.round(shifted)}e-${dp}`);
}

const formatters = new Map<number, Intl.NumberFormat>();

/** "2,041", "2.9", "7.71": fixed decimal places, UK thousands separators. */
export function formatNumber(x: number, dp = 0): string {
  let f = formatters.get(dp);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: dp, maximumFractionDigits: dp });
    formatters.set(dp, f);
  }
  const r = roundTo(x, dp);
  return f.format(r === 0 ? 0 : r); // never "-0"
}

/** A figure's own value as written, without forcing decimals: 2041 → "2,041", 7.71 → "7.71". */
export function formatPlain(x: number): string {
  return formatNumber(x, Math.min(decimalsOfNumber(x), 4));
}

/** "+43%", "-12%", "0%". */
export function formatSignedPercent(x: number, dp = 0): string {
  const r = roundTo(x, dp);
  return `${r > 0 ? '+' : ''}${formatNumber(r, dp)}%`;
}

export function formatSigned(x: number, dp = 0): string {
  const r = roundTo(x, dp);
  return `${r > 0 ? '+' : ''}${formatNumber(r, dp)}`;
}

export function decimalsOfNumber(x: number): number {
  const s = String(Math.abs(x));
  if (s.includes('e')) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * How many decimal places a stated figure was given to: from its text when it has digits
 * ("7.71 per cent" → 2, "five per cent" → 0), else from the value.
 */
export function statedDecimals(text: string, value: number): number {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  if (m) return m[1]?.length ?? 0;
  return decimalsOfNumber(value);
}

/** Does a computed value round to the stated one at the stated precision? */
export function matchesStated(computed: number, stated: number, dp: number): boolean {
  return Math.abs(roundTo(computed, dp) - roundTo(stated, dp)) < 1e-9;
}

export function roundingWords(dp: number, what = ''): string {
  const base = dp === 0 ? 'whole number' : dp === 1 ? '1 decimal place' : `${dp} decimal places`;
  return what ? `${base} ${what}` : base;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** UK style guides spell out one to nine: "nine months", "12 months". */
export function countWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? SMALL[n]! : formatPlain(n);
}

export function ordinal(n: number): string {
  const rem100 = n % 100;
  const suffix = rem100 >= 11 && rem100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "fewer than 3" for 2.94, "about 7" for 6.6; used beside the exact result, never instead of it. */
export function plainApprox(x: number): string {
  if (x === 0) return 'none';
  if (x < 1) return 'fewer than 1';
  const ceil = Math.ceil(x);
  if (ceil !== x && ceil - x <= 0.25) return `fewer than ${formatNumber(ceil)}`;
  return Number.isInteger(x) ? formatNumber(x) : `about ${formatNumber(x)}`;
}
