// Rates within one group (one area, one period): orders per 1,000 incidents, incidents per order,
// grant rate, charge rate. A zero denominator gives no value (null) and says why.
import type { Comparison, Figure } from '../model.ts';
import { sideBySideFlags, smallNumberFlag } from './caveats.ts';
import { makeComparison, unitMismatch, type PhraseContext } from './comparison.ts';
import { pick, type FigureGroup } from './grouping.ts';
import { agree, incidentsNoun, isApproximate, ordersNoun, sameTopic } from './metrics.ts';
import { formatNumber, formatPlain, plainApprox, roundingWords } from './numbers.ts';
import { periodPhrase } from './periods.ts';
import { formatFigureText, sentenceCase } from './phrasing.ts';

function num(f: Figure): string {
  return isApproximate(f) ? formatFigureText(f) : formatPlain(f.value);
}

function where(g: FigureGroup): string {
  return g.area ? `in ${g.area}` : '';
}

function clause(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

export function ordersPer1000(g: FigureGroup, ctx: PhraseContext): Comparison | null {
  const orders = pick(g, 'orders_applied');
  const inc = pick(g, 'incidents');
  if (!orders || !inc) return null;
  const figs = [orders, inc];
  const bad = unitMismatch('per_1000', 'number of orders applied for per 1,000 incidents', figs, ['count', 'count'], ctx);
  if (bad) return bad;
  const noun = ctx.ordersNoun ?? ordersNoun(orders);
  const incNoun = incidentsNoun(inc);
  const labels = [`${noun} applied for`, incNoun];
  const formula = `${formatPlain(orders.value)} ÷ ${formatPlain(inc.value)} × 1,000`;
  const flags = sideBySideFlags(figs);
  if (inc.value === 0) {
    return makeComparison('per_1000', figs, {
      value: null,
      formula,
      labels,
      result: 'no incidents recorded',
      text: `${sentenceCase(clause(where(g), 'no', incNoun, 'were recorded', periodPhrase(g.period)))}, so no rate per 1,000 can be worked out.${ctx.refs(figs)}`,
      flags,
    });
  }
  const value = (orders.value / inc.value) * 1000;
  const result = `${formatNumber(value, 1)} per 1,000`;
  const applied = orders.value === 0 ? `no ${noun}` : `${num(orders)} ${agree(orders.value, noun)}`;
  const lead = g.area ? `In ${g.area}, police` : 'Police';
  const plain = value === 0 ? 'none at all' : `${plainApprox(value)} for every 1,000`;
  const text = `${clause(lead, 'applied for', applied, 'against', num(inc), incNoun, periodPhrase(g.period))}: ${plain} (${result}).${ctx.refs(figs)}`;
  const low = ((Math.max(orders.value - 1, 0)) / inc.value) * 1000;
  const high = ((orders.value + 1) / inc.value) * 1000;
  return makeComparison('per_1000', figs, {
    value,
    formula,
    rounding: roundingWords(1),
    result,
    text,
    labels,
    flags: [...flags, ...smallNumberFlag(`${noun} applied for`, orders.value, `the rate ${where(g)} ${periodPhrase(g.period)}`.replace(/\s+/g, ' '), formatNumber(low, 1), `${formatNumber(high, 1)} per 1,000 incidents`)],
  });
}

export function incidentsPerOrder(g: FigureGroup, ctx: PhraseContext): Comparison | null {
  const orders = pick(g, 'orders_applied');
  const inc = pick(g, 'incidents');
  if (!orders || !inc) return null;
  const figs = [inc, orders];
  const bad = unitMismatch('per_order', 'number of incidents per order', figs, ['count', 'count'], ctx);
  if (bad) return bad;
  const noun = ctx.ordersNoun ?? ordersNoun(orders);
  const incNoun = incidentsNoun(inc);
  const labels = [incNoun, `${noun} applied for`];
  const formula = `${formatPlain(inc.value)} ÷ ${formatPlain(orders.value)}`;
  if (orders.value === 0) {
    return makeComparison('per_order', figs, {
      value: null,
      formula,
      labels,
      result: 'no orders applied for',
      text: `${sentenceCase(clause(where(g), 'no', noun, 'were applied for against', num(inc), incNoun, periodPhrase(g.period)))}, so there is no figure for incidents per order.${ctx.refs(figs)}`,
      flags: sideBySideFlags([orders, inc]),
    });
  }
  const value = inc.value / orders.value;
  const result = `${formatNumber(value)} per order`;
  return makeComparison('per_order', figs, {
    value,
    formula,
    rounding: roundingWords(0),
    result,
    labels,
    text: `${sentenceCase(clause(where(g) && `${where(g)},`, 'there were', formatNumber(value), incNoun, 'for every', agree(1, noun), 'applied for', periodPhrase(g.period)))}.${ctx.refs(figs)}`,
    flags: sideBySideFlags([orders, inc]),
  });
}

export function grantRate(g: FigureGroup, ctx: PhraseContext): Comparison | null {
  const granted = pick(g, 'orders_granted');
  const applied = pick(g, 'orders_applied');
  if (!granted || !applied) return null;
  const figs = [granted, applied];
  const bad = unitMismatch('grant_rate', 'grant rate', figs, ['count', 'count'], ctx);
  if (bad) return bad;
  const noun = ctx.ordersNoun ?? ordersNoun(applied);
  const labels = [`${noun} granted`, `${noun} applied for`];
  const formula = `${formatPlain(granted.value)} ÷ ${formatPlain(applied.value)} × 100`;
  if (applied.value === 0) {
    return makeComparison('grant_rate', figs, {
      value: null,
      formula,
      labels,
      result: 'no orders applied for',
      text: `${sentenceCase(clause(where(g), 'no', noun, 'were applied for', periodPhrase(g.period)))}, so there is no grant rate.${ctx.refs(figs)}`,
      flags: sideBySideFlags(figs),
    });
  }
  const value = (granted.value / applied.value) * 100;
  const flags = sideBySideFlags(figs);
  if (granted.value > applied.value) flags.push(`More orders were granted (${formatPlain(granted.value)}) than applied for (${formatPlain(applied.value)}): some may have been applied for in an earlier period. Check the figures.`);
  const low = (Math.max(granted.value - 1, 0) / applied.value) * 100;
  const high = (Math.min(granted.value + 1, applied.value) / applied.value) * 100;
  flags.push(...smallNumberFlag(`${noun} applied for`, applied.value, `the grant rate ${where(g)} ${periodPhrase(g.period)}`.replace(/\s+/g, ' '), `${formatNumber(low)}%`, `${formatNumber(high)}%`));
  return makeComparison('grant_rate', figs, {
    value,
    formula,
    rounding: roundingWords(0, 'per cent'),
    result: `${formatNumber(value)}% granted`,
    labels,
    text: `${sentenceCase(clause(`of the ${num(applied)} ${agree(applied.value, noun)} applied for`, where(g), periodPhrase(g.period)))}, ${num(granted)} ${granted.value === 1 ? 'was' : 'were'} granted: ${formatNumber(value)}%.${ctx.refs(figs)}`,
    flags,
  });
}

/** A charge rate worked out from its parts, when the page did not state one for this group. */
export function chargeRate(g: FigureGroup, ctx: PhraseContext): Comparison | null {
  const charges = pick(g, 'charges');
  const inc = pick(g, 'incidents');
  // Only where the page says the two are about the same offences (see sameTopic).
  if (!charges || !inc || pick(g, 'charge_rate') || !sameTopic(charges, inc)) return null;
  const figs = [charges, inc];
  const bad = unitMismatch('charge_rate', 'charge rate', figs, ['count', 'count'], ctx);
  if (bad) return bad;
  const incNoun = incidentsNoun(inc);
  const labels = [charges.measure || 'people charged', incNoun];
  const formula = `${formatPlain(charges.value)} ÷ ${formatPlain(inc.value)} × 100`;
  if (inc.value === 0) {
    return makeComparison('charge_rate', figs, { value: null, formula, labels, result: 'no incidents recorded', text: `No ${incNoun} were recorded, so no charge rate can be worked out.${ctx.refs(figs)}` });
  }
  const value = (charges.value / inc.value) * 100;
  return makeComparison('charge_rate', figs, {
    value,
    formula,
    rounding: roundingWords(1, 'per cent'),
    result: `${formatNumber(value, 1)}%`,
    labels,
    text: `${sentenceCase(clause(where(g) && `${where(g)},`, num(charges), charges.value === 1 ? 'person was' : 'people were', 'charged against', num(inc), incNoun, periodPhrase(g.period)))}: a charge rate of ${formatNumber(value, 1)}%.${ctx.refs(figs)}`,
    flags: sideBySideFlags(figs),
  });
}
