// Change between periods for one metric in one area: absolute and per cent, from the earlier
// period to the later, with the periods' lengths compared (annualising only with a label).
import type { Comparison, Figure } from '../model.ts';
import { areaKey } from './areas.ts';
import { lengthFlag, qualifierFlags } from './caveats.ts';
import { makeComparison, type PhraseContext } from './comparison.ts';
import { COUNT_METRICS, incidentsNoun, isApproximate, metricLabel, ordersNoun } from './metrics.ts';
import { formatNumber, formatPlain, formatSigned, formatSignedPercent, roundingWords } from './numbers.ts';
import { comparePeriods, overlaps, periodKey, periodName, periodPhrase } from './periods.ts';
import { formatFigureText, sentenceCase } from './phrasing.ts';

function noun(f: Figure, ctx: PhraseContext): string {
  if (f.metric === 'incidents') return incidentsNoun(f);
  if (f.metric.startsWith('orders_')) return `${ctx.ordersNoun ?? ordersNoun(f)} ${metricLabel(f.metric).replace(/^orders /, '')}`;
  return metricLabel(f.metric);
}

/**
 * Latest and the period before it, preferring exact figures over approximate ones, and an earlier
 * period that does not overlap (a running total "since 2019" is not the year after 2020).
 */
export function periodPair(figures: Figure[]): [Figure, Figure] | null {
  const periods = new Map<string, Figure>();
  for (const f of figures) {
    if (!f.period) continue;
    const k = periodKey(f.period);
    const had = periods.get(k);
    if (!had || (isApproximate(had) && !isApproximate(f))) periods.set(k, f);
  }
  const sorted = [...periods.values()].sort((a, b) => comparePeriods(a.period, b.period));
  if (sorted.length < 2) return null;
  const exactFirst = (list: Figure[]) => [...list.filter((f) => !isApproximate(f)), ...list.filter(isApproximate)];
  const laters = exactFirst([...sorted].reverse());
  for (const later of laters) {
    const before = sorted.slice(0, sorted.indexOf(later)).reverse();
    const clean = exactFirst(before.filter((f) => overlaps(f.period, later.period) !== true));
    if (clean[0]) return [clean[0], later];
  }
  const later = laters[0]!;
  const before = exactFirst(sorted.slice(0, sorted.indexOf(later)).reverse());
  return before[0] ? [before[0], later] : null;
}

export function changeBetween(earlier: Figure, later: Figure, ctx: PhraseContext): Comparison {
  const figs = [earlier, later];
  const diff = later.value - earlier.value;
  const what = sentenceCase(noun(later, ctx));
  const where = later.area ? ` in ${later.area}` : '';
  const verb = diff > 0 ? 'rose' : diff < 0 ? 'fell' : 'stayed the same';
  const from = `from ${isApproximate(earlier) ? formatFigureText(earlier) : formatPlain(earlier.value)} ${periodPhrase(earlier.period)}`.trim();
  const to = `to ${isApproximate(later) ? formatFigureText(later) : formatPlain(later.value)} ${periodPhrase(later.period)}`.trim();
  const flags = [...lengthFlag(earlier, later, `${what}${where}`), ...qualifierFlags(figs)];
  if (overlaps(earlier.period, later.period)) flags.push(`The periods overlap (${periodName(earlier.period)} and ${periodName(later.period)}), so this is not a clean change from one period to the next.`);
  const formula = `(${formatPlain(later.value)} − ${formatPlain(earlier.value)}) ÷ ${formatPlain(earlier.value)} × 100`;
  const labels = [`${noun(earlier, ctx)}, ${periodName(earlier.period)}`, `${noun(later, ctx)}, ${periodName(later.period)}`];
  if (earlier.value === 0) {
    return makeComparison('change', figs, {
      value: null,
      formula,
      labels,
      result: `${formatSigned(diff)} (no per cent change from zero)`,
      text: `${what}${where} ${verb} ${from} ${to}: up ${formatNumber(diff)}; a percentage change from zero cannot be worked out.${ctx.refs(figs)}`,
      flags,
    });
  }
  const pct = (diff / earlier.value) * 100;
  const by = diff === 0 ? 'no change' : `${diff > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(diff))}, or ${formatSignedPercent(pct)}`;
  return makeComparison('change', figs, {
    value: pct,
    formula,
    rounding: roundingWords(0, 'per cent'),
    result: `${formatSignedPercent(pct)} (${formatSigned(diff)})`,
    labels,
    text: `${what}${where} ${verb} ${from} ${to}: ${by}.${ctx.refs(figs)}`,
    flags,
  });
}

/** One change per area and count metric: the latest period against the one before it. */
export function changes(figures: Figure[], ctx: PhraseContext): Comparison[] {
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.unit !== 'count' || f.total || !(COUNT_METRICS as readonly string[]).includes(f.metric)) continue;
    const k = `${areaKey(f.area)}|${f.metric}`;
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const out: Comparison[] = [];
  for (const list of byKey.values()) {
    const pair = periodPair(list);
    if (pair) out.push(changeBetween(pair[0], pair[1], ctx));
  }
  return out;
}
