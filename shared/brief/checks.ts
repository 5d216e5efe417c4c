// Consistency checks: a stated rate, percentage change or total set against its parts. The
// result is reported whichever way it goes: matches, does not match, or cannot be checked.
import type { Comparison, Figure } from '../model.ts';
import { formatValue } from '../format.ts';
import { areaKey } from './areas.ts';
import { qualifierFlags } from './caveats.ts';
import { makeComparison, type PhraseContext } from './comparison.ts';
import { periodPair } from './change.ts';
import { RATE_PARTS, isApproximate, lowerFirst, metricLabel, sameTopic } from './metrics.ts';
import { formatNumber, formatPlain, formatSignedPercent, matchesStated, roundingWords, statedDecimals } from './numbers.ts';
import { comparePeriods, overlaps, periodKey, periodName, samePeriod } from './periods.ts';
import { figureLine, formatFigureText } from './phrasing.ts';

const sameArea = (a: Figure, b: Figure) => areaKey(a.area) === areaKey(b.area);

function candidates(all: Figure[], stated: Figure, metric: string): Figure[] {
  const list = all.filter((f) => f.metric === metric && f.unit === 'count' && !f.total && sameArea(f, stated));
  // Same period first; then the nearest earlier periods (a rate is often of last year's base).
  return list.sort((a, b) => rankPeriod(a, stated) - rankPeriod(b, stated) || comparePeriods(b.period, a.period));
}

function rankPeriod(f: Figure, stated: Figure): number {
  if (samePeriod(f.period, stated.period)) return 0;
  if (overlaps(f.period, stated.period)) return 1;
  return 2;
}

/** Check one stated rate (charge rate, grant rate…) against every plausible pair of parts. */
export function checkRate(stated: Figure, all: Figure[], ctx: PhraseContext): Comparison | null {
  const parts = RATE_PARTS[stated.metric];
  if (!parts) return null;
  const name = parts.name;
  const shown = isApproximate(stated) ? formatFigureText(stated) : formatValue(stated.value, stated.unit);
  const when = stated.period ? ` (${periodName(stated.period)})` : '';
  // A count under a rate's key is the finder's slip (a numerator), not a stated rate.
  if (stated.unit === 'count') return null;
  if (stated.unit !== 'percent') {
    return makeComparison('check_rate', [stated], {
      value: null,
      status: 'unknown',
      result: 'cannot be checked',
      text: `The stated ${name} of ${shown}${when} cannot be checked: it is not a percentage, so it cannot be compared with its parts.${ctx.refs([stated])}`,
    });
  }
  // A count said in the same breath ("473 of 5,200 offences (9.1%)") is the likeliest part.
  const inSentence = sentencePair(stated, all, ctx);
  if (inSentence) return inSentence;
  const nums = candidates(all, stated, parts.numerator);
  const dens = candidates(all, stated, parts.denominator);
  const sameNums = nums.filter((n) => samePeriod(n.period, stated.period));
  const numPool = sameNums.length ? sameNums : nums;
  if (!numPool.length || !dens.length) {
    const missing = [!numPool.length ? metricLabel(parts.numerator) : '', !dens.length ? metricLabel(parts.denominator) : ''].filter(Boolean).join(' or ');
    return makeComparison('check_rate', [stated, ...numPool.slice(0, 1), ...dens.slice(0, 1)], {
      value: null,
      status: 'unknown',
      result: 'cannot be checked',
      text: `The stated ${name} of ${shown}${when} cannot be checked: no count of ${missing}${stated.area ? ` for ${stated.area}` : ''} was clipped.${ctx.refs([stated])}`,
    });
  }
  const dp = statedDecimals(stated.text, stated.value);
  type Try = { n: Figure; d: Figure; value: number | null; ok: boolean; order: number };
  const tries: Try[] = [];
  numPool.forEach((n, i) =>
    dens.forEach((d, j) => {
      const value = d.value === 0 ? null : (n.value / d.value) * 100;
      tries.push({ n, d, value, ok: value !== null && matchesStated(value, stated.value, dp), order: i * 100 + j });
    }),
  );
  // A match in the same period wins; else the closest match (7.71% = 110 of last year's 1,426).
  const matches = tries.filter((t) => t.ok).sort((a, b) => Math.abs(a.value! - stated.value) - Math.abs(b.value! - stated.value) || a.order - b.order);
  const sameMatch = matches.find((t) => samePeriod(t.d.period, stated.period));
  const best = sameMatch ?? matches[0] ?? tries[0]!;
  const figs = [stated, best.n, best.d];
  // A mismatch is only claimed when the count is for the rate's own period; otherwise the
  // page may have used parts that were not clipped.
  const ownPeriod = samePeriod(best.n.period, stated.period) || !stated.period;
  const shownDp = Math.max(dp, 1);
  const computed = best.value === null ? 'cannot be worked out (zero incidents)' : `${formatNumber(best.value, best.ok ? dp : shownDp)}%`;
  const formula = `${formatPlain(best.n.value)} ÷ ${formatPlain(best.d.value)} × 100`;
  const flags = qualifierFlags(figs);
  if (best.ok && !samePeriod(best.d.period, stated.period)) {
    flags.push(`The page's ${name} is worked out on ${figureLine(best.d)} (${periodName(best.d.period)}), not on a figure for ${periodName(stated.period)}.`);
  }
  const others = tries.filter((t) => t !== best && t.value !== null).slice(0, 3);
  if (!best.ok && others.length) flags.push(`Other pairs tried: ${others.map((t) => `${formatPlain(t.n.value)} of ${formatPlain(t.d.value)} = ${formatNumber(t.value!, shownDp)}%`).join('; ')}.`);
  const partsText = `${formatPlain(best.n.value)} of ${formatPlain(best.d.value)} is ${computed}`;
  return makeComparison('check_rate', figs, {
    value: best.value,
    formula,
    rounding: `as stated: ${roundingWords(dp)}`,
    status: best.ok ? 'matches' : best.value === null || !ownPeriod ? 'unknown' : 'mismatch',
    result: best.value === null || (!best.ok && !ownPeriod) ? 'cannot be checked' : `${computed} (stated ${shown})`,
    labels: [`stated ${name}`, best.n.measure, best.d.measure],
    text: best.ok
      ? `The stated ${name} of ${shown}${when} checks out: ${partsText}.${ctx.refs(figs)}`
      : ownPeriod
        ? `The stated ${name} of ${shown}${when} does not match its parts: ${partsText}.${ctx.refs(figs)}`
        : `The stated ${name} of ${shown}${when} cannot be checked: no count of ${metricLabel(parts.numerator)} for ${periodName(stated.period)} was clipped (the nearest, ${partsText}, is for ${periodName(best.n.period)}).${ctx.refs(figs)}`,
    flags,
  });
}

const FALL = /\b(fall|fell|falls|decrease|decreased|drop|dropped|decline|declined|down|lower|reduction|cut)\b/i;

/** Check a stated percentage change ("a 25 per cent rise") against the two counts it is between. */
export function checkChange(stated: Figure, all: Figure[], ctx: PhraseContext): Comparison | null {
  if (!stated.metric.endsWith('_change') || stated.unit !== 'percent') return null;
  const base = stated.metric.slice(0, -'_change'.length);
  const signed = stated.value > 0 && FALL.test(stated.measure) ? -stated.value : stated.value;
  const list = all.filter((f) => f.metric === base && f.unit === 'count' && !f.total && sameArea(f, stated) && sameTopic(stated, f, true));
  // The later count is the one in the stated change's own period when there is one.
  const inPeriod = stated.period ? list.filter((f) => periodKey(f.period) === periodKey(stated.period)) : [];
  let pair = periodPair(list);
  if (inPeriod[0]) {
    const earlier = list.filter((f) => f.period && comparePeriods(f.period, inPeriod[0]!.period) < 0).sort((a, b) => comparePeriods(b.period, a.period))[0];
    pair = earlier ? [earlier, inPeriod[0]] : pair;
  }
  const shown = `${signed >= 0 ? 'rise' : 'fall'} of ${formatNumber(Math.abs(signed), statedDecimals(stated.text, stated.value))}%`;
  if (!pair) {
    return makeComparison('check_change', [stated], {
      value: null,
      status: 'unknown',
      result: 'cannot be checked',
      text: `The stated ${shown} (${stated.measure}) cannot be checked: counts for two periods were not clipped.${ctx.refs([stated])}`,
    });
  }
  const [earlier, later] = pair;
  const figs = [stated, earlier, later];
  const dp = statedDecimals(stated.text, stated.value);
  const value = earlier.value === 0 ? null : ((later.value - earlier.value) / earlier.value) * 100;
  const ok = value !== null && matchesStated(value, signed, dp);
  const computed = value === null ? 'cannot be worked out from zero' : formatSignedPercent(value, ok ? dp : Math.max(dp, 1));
  const partsText = `${formatPlain(earlier.value)} to ${formatPlain(later.value)} is ${computed}`;
  return makeComparison('check_change', figs, {
    value,
    formula: `(${formatPlain(later.value)} − ${formatPlain(earlier.value)}) ÷ ${formatPlain(earlier.value)} × 100`,
    rounding: `as stated: ${roundingWords(dp)}`,
    status: value === null ? 'unknown' : ok ? 'matches' : 'mismatch',
    result: value === null ? 'cannot be checked' : `${computed} (stated ${formatSignedPercent(signed, dp)})`,
    labels: ['stated change', `${earlier.measure}, ${periodName(earlier.period)}`, `${later.measure}, ${periodName(later.period)}`],
    text: `The stated ${shown} ${ok ? 'checks out' : 'does not match its parts'}: ${partsText}.${ctx.refs(figs)}`,
    flags: qualifierFlags(figs),
  });
}

function measureBase(m: string): string {
  return measureShown(m).toLowerCase();
}

function measureShown(m: string): string {
  return lowerFirst(m.replace(/\(?\btotals?\b\)?/gi, '').replace(/\s+/g, ' ').trim());
}

/** A table's total against its rows (or any parts that should add up to a stated total). */
export function checkTotal(total: Figure, all: Figure[], ctx: PhraseContext): Comparison | null {
  if (!total.total) return null;
  const near = all.filter(
    (f) => f !== total && !f.total && f.unit === total.unit && f.source.url === total.source.url && sameArea(f, total) && (overlaps(f.period, total.period) ?? true),
  );
  // The same column (measure) first; the same metric only when no column matches.
  const byMeasure = near.filter((f) => measureBase(f.measure) === measureBase(total.measure));
  const parts = byMeasure.length ? byMeasure : near.filter((f) => total.metric !== '' && f.metric === total.metric);
  // One part per period: a row restated in prose is not a second row.
  const byPeriod = new Map<string, Figure>();
  for (const p of parts) if (!byPeriod.has(periodKey(p.period))) byPeriod.set(periodKey(p.period), p);
  const rows = [...byPeriod.values()];
  if (rows.length < 2) {
    return makeComparison('check_total', [total, ...rows], {
      value: null,
      status: 'unknown',
      result: 'cannot be checked',
      text: `The total of ${formatFigureText(total)} ${total.measure} cannot be checked: fewer than two of its parts were clipped.${ctx.refs([total])}`,
    });
  }
  const sum = rows.reduce((s, f) => s + f.value, 0);
  const ok = Math.abs(sum - total.value) < 1e-9;
  const figs = [total, ...rows];
  const formula = `${rows.map((f) => formatPlain(f.value)).join(' + ')} = ${formatPlain(sum)}`;
  return makeComparison('check_total', figs, {
    value: sum,
    formula,
    rounding: 'exact',
    status: ok ? 'matches' : 'mismatch',
    result: `parts add up to ${formatPlain(sum)} (stated ${formatPlain(total.value)})`,
    text: ok
      ? `The total of ${formatPlain(total.value)} ${measureShown(total.measure)} adds up: ${formula}.${ctx.refs(figs)}`
      : `The total of ${formatPlain(total.value)} ${measureShown(total.measure)} does not match its parts: ${formula}, a difference of ${formatPlain(Math.abs(total.value - sum))}.${ctx.refs(figs)}`,
    flags: qualifierFlags(figs),
  });
}

/** Two counts in the stated figure's own sentence whose ratio matches it, as a rate check. */
function sentencePair(stated: Figure, all: Figure[], ctx: PhraseContext): Comparison | null {
  const name = RATE_PARTS[stated.metric]?.name ?? 'percentage';
  const pair = sentenceCounts(stated, all).find(([a, b]) => matchesStated((a.value / b.value) * 100, stated.value, statedDecimals(stated.text, stated.value)));
  if (!pair) return null;
  const [n, d] = pair;
  const dp = statedDecimals(stated.text, stated.value);
  const value = (n.value / d.value) * 100;
  const figs = [stated, n, d];
  const shown = isApproximate(stated) ? formatFigureText(stated) : formatValue(stated.value, stated.unit);
  const when = stated.period ? ` (${periodName(stated.period)})` : '';
  return makeComparison('check_rate', figs, {
    value,
    formula: `${formatPlain(n.value)} ÷ ${formatPlain(d.value)} × 100`,
    rounding: `as stated: ${roundingWords(dp)}`,
    status: 'matches',
    result: `${formatNumber(value, dp)}% (stated ${shown})`,
    labels: [`stated ${name}`, n.measure, d.measure],
    text: `The stated ${name} of ${shown}${when} checks out: ${formatPlain(n.value)} of ${formatPlain(d.value)} is ${formatNumber(value, dp)}%.${ctx.refs(figs)}`,
    flags: qualifierFlags(figs),
  });
}

/** Ordered pairs (smaller, larger) of the positive counts said in a figure's sentence. */
function sentenceCounts(stated: Figure, all: Figure[]): [Figure, Figure][] {
  if (!stated.sentence) return [];
  const counts = all.filter((f) => f !== stated && f.value > 0 && (f.unit === 'count' || (f.unit !== 'percent' && Number.isInteger(f.value))) && f.sentence === stated.sentence && f.source.url === stated.source.url);
  const pairs: [Figure, Figure][] = [];
  for (const a of counts) for (const b of counts) if (a !== b && a.value <= b.value) pairs.push([a, b]);
  return pairs;
}

/**
 * A percentage with no known parts, said in a sentence that holds exactly two counts ("Of the 312
 * …, 96 said …: 25 per cent"): check it as the smaller of the larger. With more counts the pairing
 * is ambiguous, so only a match is reported.
 */
export function checkShare(stated: Figure, all: Figure[], ctx: PhraseContext): Comparison | null {
  if (stated.unit !== 'percent' || RATE_PARTS[stated.metric] || stated.metric.endsWith('_change') || !stated.sentence) return null;
  const counts = all.filter((f) => f.unit === 'count' && f.sentence === stated.sentence && f.source.url === stated.source.url && f.value > 0);
  if (counts.length < 2) return null;
  const dp = statedDecimals(stated.text, stated.value);
  const pairs: [Figure, Figure][] = [];
  for (const a of counts) for (const b of counts) if (a !== b && a.value <= b.value) pairs.push([a, b]);
  const match = pairs.find(([a, b]) => matchesStated((a.value / b.value) * 100, stated.value, dp));
  if (!match && counts.length !== 2) return null;
  const [n, d] = match ?? pairs[0]!;
  if (!n || !d) return null;
  const value = (n.value / d.value) * 100;
  const figs = [stated, n, d];
  const computed = `${formatNumber(value, match ? dp : Math.max(dp, 1))}%`;
  const shown = formatFigureText(stated);
  return makeComparison('check_share', figs, {
    value,
    formula: `${formatPlain(n.value)} ÷ ${formatPlain(d.value)} × 100`,
    rounding: `as stated: ${roundingWords(dp)}`,
    status: match ? 'matches' : 'mismatch',
    result: `${computed} (stated ${shown})`,
    labels: [`stated ${stated.measure}`, n.measure, d.measure],
    text: match
      ? `The stated ${shown} (${stated.measure}) checks out against the figures in its sentence: ${formatPlain(n.value)} of ${formatPlain(d.value)} is ${computed}.${ctx.refs(figs)}`
      : `The stated ${shown} (${stated.measure}) does not match the figures in its sentence: ${formatPlain(n.value)} of ${formatPlain(d.value)} is ${computed}.${ctx.refs(figs)}`,
    flags: qualifierFlags(figs),
  });
}

const PER_1000 = /\bper\s+(1,?000|thousand)\b|\bfor every\s+(1,?000|thousand)\b/i;

/**
 * A stated rate per 1,000 ("4.3 orders for every 1,000 offences") against the counts of its area
 * and period: a match with any pair is reported; with exactly two counts, so is a mismatch.
 */
export function checkPer1000(stated: Figure, all: Figure[], ctx: PhraseContext): Comparison | null {
  if (stated.unit !== 'rate' || !PER_1000.test(`${stated.measure} ${stated.text}`)) return null;
  const counts = all.filter(
    (f) => f !== stated && f.unit === 'count' && !f.total && f.value > 0 && sameArea(f, stated) && (samePeriod(f.period, stated.period) || (!!f.sentence && f.sentence === stated.sentence)),
  );
  const dp = statedDecimals(stated.text, stated.value);
  const pairs: [Figure, Figure][] = [];
  for (const a of counts) for (const b of counts) if (a !== b && a.value < b.value) pairs.push([a, b]);
  const match = pairs.find(([a, b]) => matchesStated((a.value / b.value) * 1000, stated.value, dp));
  const shown = `${formatFigureText(stated)} ${stated.measure}`;
  if (!match && counts.length !== 2) {
    return makeComparison('check_per_1000', [stated], {
      value: null,
      status: 'unknown',
      result: 'cannot be checked',
      text: `The stated ${shown} cannot be checked: ${counts.length < 2 ? 'its parts were not clipped' : 'no pair of clipped counts gives it, and which pair was meant is unclear'}.${ctx.refs([stated])}`,
    });
  }
  const [n, d] = match ?? pairs[0]!;
  const value = (n.value / d.value) * 1000;
  const figs = [stated, n, d];
  const computed = formatNumber(value, match ? dp : Math.max(dp, 1));
  return makeComparison('check_per_1000', figs, {
    value,
    formula: `${formatPlain(n.value)} ÷ ${formatPlain(d.value)} × 1,000`,
    rounding: `as stated: ${roundingWords(dp)}`,
    status: match ? 'matches' : 'mismatch',
    result: `${computed} per 1,000 (stated ${formatFigureText(stated)})`,
    labels: [`stated ${stated.measure}`, n.measure, d.measure],
    text: `The stated ${shown} ${match ? 'checks out' : 'does not match its parts'}: ${formatPlain(n.value)} ÷ ${formatPlain(d.value)} × 1,000 is ${computed}.${ctx.refs(figs)}`,
    flags: qualifierFlags(figs),
  });
}

const RANK: Record<Comparison['status'], number> = { matches: 0, mismatch: 1, unknown: 2, info: 3 };

/**
 * Every check, run over every mention (a page may restate "9.1%" beside its parts in a later
 * sentence); for a statistic said twice, the most conclusive result is kept.
 */
export function allChecks(figures: Figure[], ctx: PhraseContext): Comparison[] {
  const best = new Map<string, Comparison>();
  for (const f of figures) {
    const c = checkPer1000(f, figures, ctx) ?? checkRate(f, figures, ctx) ?? checkChange(f, figures, ctx) ?? checkTotal(f, figures, ctx) ?? checkShare(f, figures, ctx);
    if (!c) continue;
    const key = `${c.kind}|${f.metric}|${f.value}|${f.unit}|${areaKey(f.area)}|${periodKey(f.period)}`;
    const had = best.get(key);
    if (!had || RANK[c.status] < RANK[had.status]) best.set(key, c);
  }
  return [...best.values()];
}
