// One area against another, against the national figure, and a league table across areas.
import type { Comparison, Figure } from '../model.ts';
import { areaKey, isNational } from './areas.ts';
import { qualifierFlags } from './caveats.ts';
import { makeComparison, type PhraseContext } from './comparison.ts';
import { pick, type FigureGroup } from './grouping.ts';
import { incidentsNoun, metricLabel, ordersNoun } from './metrics.ts';
import { formatNumber, formatPlain, ordinal, roundingWords } from './numbers.ts';
import { periodName, samePeriod } from './periods.ts';
import { figureLine } from './phrasing.ts';

/** A per-1,000 rate found for a group, with the figures behind it. */
export interface GroupRate {
  group: FigureGroup;
  value: number | null;
  figures: Figure[];
}

export function groupRate(g: FigureGroup): GroupRate | null {
  const orders = pick(g, 'orders_applied');
  const inc = pick(g, 'incidents');
  if (!orders || !inc || orders.unit !== 'count' || inc.unit !== 'count') return null;
  return { group: g, value: inc.value === 0 ? null : (orders.value / inc.value) * 1000, figures: [orders, inc] };
}

function label(g: FigureGroup): string {
  return g.area || 'no stated area';
}

function periodFlag(rates: GroupRate[]): string[] {
  const first = rates[0];
  if (!first || rates.every((r) => samePeriod(r.group.period, first.group.period))) return [];
  return [`The areas' figures cover different periods (${[...new Set(rates.map((r) => `${label(r.group)}: ${periodName(r.group.period)}`))].join('; ')}), so the rates are not strictly comparable.`];
}

/** The lead area's orders per 1,000 incidents against another area's (national or local). */
export function areaVsArea(lead: GroupRate, other: GroupRate, ctx: PhraseContext): Comparison {
  const figs = [...lead.figures, ...other.figures];
  const flags = [...periodFlag([lead, other]), ...qualifierFlags(figs)];
  const a = lead.value;
  const b = other.value;
  const kind = 'area_vs_area';
  const otherName = isNational(other.group.area) ? `across ${label(other.group)}` : `in ${label(other.group)}`;
  const rate = (v: number | null) => (v === null ? 'no rate (no incidents recorded)' : formatNumber(v, 1));
  const text0 = `${label(lead.group)} applied for ${rate(a)} orders per 1,000 incidents, against ${rate(b)} ${otherName}${b === 0 ? ' (which applied for none)' : ''}`;
  if (a === null || b === null || b === 0) {
    return makeComparison(kind, figs, { value: null, formula: 'rate ÷ rate', result: 'cannot be compared', text: `${text0}.${ctx.refs(figs)}`, flags });
  }
  const ratio = a / b;
  const whose = isNational(other.group.area) ? 'the national' : `${label(other.group)}'s`;
  const rel = Math.abs(ratio - 1) < 0.05 ? `about the same as ${whose} rate` : ratio > 1 ? `${formatNumber(ratio, 1)} times ${whose} rate` : `${formatNumber(ratio * 100)}% of ${whose} rate`;
  return makeComparison(kind, figs, {
    value: ratio,
    formula: `${formatNumber(a, 1)} ÷ ${formatNumber(b, 1)}`,
    rounding: roundingWords(1),
    result: rel,
    text: `${text0}: ${rel}.${ctx.refs(figs)}`,
    flags,
  });
}

/** A local count as a share of the national count for the same metric ("5 of England's 249"). */
export function shareOfNational(local: Figure, national: Figure, ctx: PhraseContext): Comparison | null {
  if (local.unit !== 'count' || national.unit !== 'count') return null;
  const figs = [local, national];
  const what = local.metric.startsWith('orders_')
    ? `${ctx.ordersNoun ?? ordersNoun(local)} ${metricLabel(local.metric).replace(/^orders /, '')}`
    : local.metric === 'incidents'
      ? incidentsNoun(local)
      : metricLabel(local.metric);
  const flags = qualifierFlags(figs);
  if (!local.period || !national.period) flags.push(`${figureLine(!national.period ? national : local)} (${(!national.period ? national : local).area}): no stated period, so the share of the national figure may compare different times.`);
  else if (!samePeriod(local.period, national.period)) flags.push(`The figures cover different periods (${periodName(local.period)} and ${periodName(national.period)}).`);
  const formula = `${formatPlain(local.value)} ÷ ${formatPlain(national.value)} × 100`;
  if (national.value === 0) return makeComparison('vs_national', figs, { value: null, formula, result: 'national figure is zero', text: `No ${what} were recorded across ${national.area}.${ctx.refs(figs)}`, flags });
  const value = (local.value / national.value) * 100;
  return makeComparison('vs_national', figs, {
    value,
    formula,
    rounding: roundingWords(1, 'per cent'),
    result: `${formatNumber(value, 1)}% of ${national.area}`,
    text: `${local.area}'s ${formatPlain(local.value)} ${what} are ${formatNumber(value, 1)}% of the ${formatPlain(national.value)} across ${national.area}.${ctx.refs(figs)}`,
    flags,
  });
}

/** Areas ranked by orders applied for per 1,000 incidents, highest first; no rate sorts last. */
export function leagueTable(rates: GroupRate[], leadArea: string, ctx: PhraseContext): Comparison | null {
  const local = rates.filter((r) => !isNational(r.group.area));
  // One row per area: its first (lead) group.
  const seen = new Set<string>();
  const rows = local.filter((r) => {
    const k = areaKey(r.group.area);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (rows.length < 2) return null;
  rows.sort((x, y) => (y.value ?? -1) - (x.value ?? -1));
  const figs = rows.flatMap((r) => r.figures);
  const rank = rows.findIndex((r) => areaKey(r.group.area) === areaKey(leadArea)) + 1;
  const leadText = rank > 0 ? `${leadArea} ranks ${ordinal(rank)} of ${rows.length}` : `${rows.length} areas`;
  const zero = rows.filter((r) => r.value === 0).map((r) => label(r.group));
  return makeComparison('league', figs, {
    value: rank > 0 ? rank : null,
    formula: 'orders applied for ÷ incidents × 1,000, per area, highest first',
    rounding: roundingWords(1),
    result: leadText,
    text:
      `Orders applied for per 1,000 incidents, highest first: ${rows.map((r) => `${label(r.group)} ${r.value === null ? 'no rate' : formatNumber(r.value, 1)}`).join('; ')}.` +
      (zero.length ? ` ${zero.join(', ')} applied for none.` : '') +
      ctx.refs(figs),
    rows: rows.map((r) => ({ label: label(r.group), value: r.value, result: r.value === null ? 'no incidents recorded' : `${formatNumber(r.value, 1)} per 1,000`, figureIds: r.figures.map((f) => f.id) })),
    flags: [...periodFlag(rows), ...qualifierFlags(figs)],
  });
}
