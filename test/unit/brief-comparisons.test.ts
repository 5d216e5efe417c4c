// Comparisons with hand-worked expected values: the arithmetic is written beside each.
import { describe, expect, it } from 'vitest';
import {
  areaVsArea,
  changeBetween,
  changes,
  chargeRate,
  grantRate,
  groupFigures,
  groupRate,
  incidentsPerOrder,
  leadGroup,
  leagueTable,
  ordersPer1000,
  shareOfNational,
  type FigureGroup,
  type PhraseContext,
} from '../../shared/brief/index.ts';
import { ComparisonSchema } from '../../shared/model.ts';
import { NINE_MONTHS, YEAR_2019_20, fig } from '../fixtures/briefs/figures.ts';

const ctx: PhraseContext = { refs: () => ' [1]' };

function group(...figures: ReturnType<typeof fig>[]): FigureGroup {
  const groups = groupFigures(figures);
  expect(groups).toHaveLength(1);
  return groups[0]!;
}

const incidents = (value: number, over = {}) => fig({ value, metric: 'incidents', measure: 'stalking incidents reported', ...over });
const applied = (value: number, over = {}) => fig({ value, metric: 'orders_applied', measure: 'stalking protection orders applied for', ...over });
const granted = (value: number, over = {}) => fig({ value, metric: 'orders_granted', measure: 'stalking protection orders granted', ...over });

describe('rates within a group', () => {
  it('orders applied for per 1,000 incidents: 6 of 2,041 is 2.9 per 1,000', () => {
    // 6 ÷ 2,041 × 1,000 = 2.93974… → 2.9 (1 dp); one more or fewer: 7/2,041 = 3.43, 5/2,041 = 2.45 → 2.4
    const c = ordersPer1000(group(incidents(2041), applied(6)), ctx)!;
    expect(c.kind).toBe('per_1000');
    expect(c.value).toBeCloseTo(2.93974, 5);
    expect(c.result).toBe('2.9 per 1,000');
    expect(c.formula).toBe('6 ÷ 2,041 × 1,000');
    expect(c.rounding).toBe('1 decimal place');
    expect(c.text).toBe(
      'In Northshire, police applied for 6 stalking protection orders against 2,041 stalking incidents in the nine months to December 2020: fewer than 3 for every 1,000 (2.9 per 1,000). [1]',
    );
    expect(c.flags.join(' ')).toMatch(/Small numbers: with only 6 .* between 2\.4 and 3\.4 per 1,000/);
    expect(c.inputs.map((i) => i.value)).toEqual([6, 2041]);
    expect(() => ComparisonSchema.parse(c)).not.toThrow();
  });

  it('a force that applied for no orders: 0 per 1,000, and no incidents-per-order figure (zero denominator)', () => {
    const g = group(incidents(1500), applied(0));
    const rate = ordersPer1000(g, ctx)!;
    expect(rate.value).toBe(0); // 0 ÷ 1,500 × 1,000 = 0
    expect(rate.result).toBe('0.0 per 1,000');
    expect(rate.text).toContain('applied for no stalking protection orders against 1,500');
    const per = incidentsPerOrder(g, ctx)!;
    expect(per.value).toBeNull(); // 1,500 ÷ 0: undefined
    expect(per.text).toMatch(/no stalking protection orders were applied for against 1,500 .*so there is no figure for incidents per order/i);
    const grant = grantRate(group(applied(0, { id: 'a0' }), granted(0)), ctx)!;
    expect(grant.value).toBeNull(); // 0 ÷ 0
    expect(grant.text).toMatch(/no grant rate/);
  });

  it('zero incidents gives no rate per 1,000', () => {
    const c = ordersPer1000(group(incidents(0), applied(2)), ctx)!;
    expect(c.value).toBeNull();
    expect(c.result).toBe('no incidents recorded');
  });

  it('incidents per order: 2,041 ÷ 6 = 340.17 → 340', () => {
    const c = incidentsPerOrder(group(incidents(2041), applied(6)), ctx)!;
    expect(c.value).toBeCloseTo(340.1667, 4);
    expect(c.result).toBe('340 per order');
  });

  it('grant rate: 5 of 6 = 83.33% → 83%', () => {
    const c = grantRate(group(applied(6), granted(5)), ctx)!;
    expect(c.value).toBeCloseTo(83.333, 3);
    expect(c.result).toBe('83% granted');
    expect(c.formula).toBe('5 ÷ 6 × 100');
    expect(c.text).toBe('Of the 6 stalking protection orders applied for in Northshire in the nine months to December 2020, 5 were granted: 83%. [1]');
    // one more or fewer granted: 4/6 = 66.7 → 67%, 6/6 = 100%
    expect(c.flags.join(' ')).toContain('between 67% and 100%');
  });

  it('flags more granted than applied for', () => {
    const c = grantRate(group(applied(3), granted(4)), ctx)!;
    expect(c.value).toBeCloseTo(133.33, 2); // 4 ÷ 3 × 100
    expect(c.flags.join(' ')).toContain('More orders were granted (4) than applied for (3)');
  });

  it('charge rate from its parts: 110 of 1,426 = 7.7%, only when the page stated none', () => {
    const charges = fig({ value: 110, metric: 'charges', measure: 'people charged for stalking', period: YEAR_2019_20 });
    const inc = incidents(1426, { period: YEAR_2019_20 });
    const c = chargeRate(group(charges, inc), ctx)!;
    expect(c.value).toBeCloseTo(7.7139, 4); // 110 ÷ 1,426 × 100
    expect(c.result).toBe('7.7%');
    const stated = fig({ value: 7.71, unit: 'percent', metric: 'charge_rate', measure: 'charge rate', period: YEAR_2019_20 });
    expect(chargeRate(group(charges, inc, stated), ctx)).toBeNull();
  });

  it('does not divide people charged by offences of another kind', () => {
    const charges = fig({ value: 300, metric: 'charges', measure: 'people charged', sentence: 'a' });
    const inc = fig({ value: 1470, metric: 'incidents', measure: 'offences committed by people on bail', sentence: 'b' });
    expect(chargeRate(group(charges, inc), ctx)).toBeNull();
  });

  it('mismatched units: a percentage is not a count of incidents', () => {
    const c = ordersPer1000(group(incidents(12, { unit: 'percent', text: '12%' }), applied(6)), ctx)!;
    expect(c.value).toBeNull();
    expect(c.status).toBe('unknown');
    expect(c.text).toContain('the incidents figure (12%) is a percentage, not a count');
  });

  it('missing parts: no comparison at all', () => {
    expect(ordersPer1000(group(incidents(2041)), ctx)).toBeNull();
    expect(grantRate(group(granted(5)), ctx)).toBeNull();
  });

  it('flags approximate figures', () => {
    const c = ordersPer1000(group(incidents(2000, { qualifier: 'over' }), applied(6)), ctx)!;
    expect(c.text).toContain('against over 2,000 stalking incidents');
    expect(c.flags.join(' ')).toContain('“over 2,000” is approximate');
  });
});

describe('change between periods', () => {
  it('1,426 → 2,041 is +615, +43% (615 ÷ 1,426 = 43.13%), with the nine-against-twelve months caveat and a labelled annualised figure', () => {
    const before = incidents(1426, { period: { label: 'the previous year', start: '2019-04-01', end: '2020-03-31' } });
    const after = incidents(2041);
    const [c] = changes([after, before], ctx);
    expect(c!.kind).toBe('change');
    expect(c!.value).toBeCloseTo(43.128, 3);
    expect(c!.result).toBe('+43% (+615)');
    expect(c!.formula).toBe('(2,041 − 1,426) ÷ 1,426 × 100');
    expect(c!.text).toBe('Stalking incidents in Northshire rose from 1,426 in the previous year to 2,041 in the nine months to December 2020: up 615, or +43%. [1]');
    const flags = c!.flags.join(' ');
    expect(flags).toContain('covers nine months and the previous year covers 12 months');
    // 2,041 × 12 ÷ 9 = 2,721.3; (2,721.3 − 1,426) ÷ 1,426 = +90.8% → +91%
    expect(flags).toMatch(/annualised \(an estimate .*\): 2,041 × 12 ÷ 9 = about 2,721 a year; on that basis the change would be \+91%/);
  });

  it('a fall: 950 → 836 is -114, -12% (114 ÷ 950 = 12.0%)', () => {
    const c = changeBetween(incidents(950, { period: { label: '2020', start: '2020-01-01', end: '2020-12-31' } }), incidents(836, { period: { label: '2021', start: '2021-01-01', end: '2021-12-31' } }), ctx);
    expect(c.value).toBeCloseTo(-12, 6);
    expect(c.result).toBe('-12% (-114)');
    expect(c.text).toContain('fell from 950 in 2020 to 836 in 2021: down 114, or -12%');
    expect(c.flags).toEqual([]);
  });

  it('from zero: the absolute change only', () => {
    const c = changeBetween(applied(0, { period: YEAR_2019_20 }), applied(6), ctx);
    expect(c.value).toBeNull();
    expect(c.result).toBe('+6 (no per cent change from zero)');
  });

  it('prefers an earlier period that does not overlap over a running total', () => {
    const y2019 = incidents(1120, { period: { label: '2019', start: '2019-01-01', end: '2019-12-31' } });
    const y2020 = incidents(1470, { period: { label: 'last year', start: '2020-01-01', end: '2020-12-31' } });
    const since = incidents(3310, { period: { label: 'since 2019', start: '2019-01-01', end: '2021-09-14' } });
    const [c] = changes([y2019, y2020, since], ctx);
    expect(c!.figureIds).toEqual([y2019.id, y2020.id]); // 1,120 → 1,470 = +31.25% → +31%
    expect(c!.result).toBe('+31% (+350)');
  });
});

describe('areas', () => {
  const north = [incidents(2041, { area: 'Northshire' }), applied(6, { area: 'Northshire' })];
  const south = [incidents(1200, { area: 'Southvale' }), applied(8, { area: 'Southvale' })];
  const east = [incidents(900, { area: 'Eastmoor' }), applied(0, { area: 'Eastmoor' })];

  it('one area against another: 2.9 against 6.7 per 1,000', () => {
    const [n, s] = groupFigures([...north, ...south]).map(groupRate);
    const c = areaVsArea(n!, s!, ctx);
    // Northshire 6 ÷ 2,041 × 1,000 = 2.9397; Southvale 8 ÷ 1,200 × 1,000 = 6.6667; 2.9397 ÷ 6.6667 = 0.441 → 44% of the rate
    expect(c.value).toBeCloseTo(0.44096, 4);
    expect(c.result).toBe("44% of Southvale's rate");
    expect(c.text).toBe("Northshire applied for 2.9 orders per 1,000 incidents, against 6.7 in Southvale: 44% of Southvale's rate. [1]");
  });

  it('league table: highest rate first, a force with no orders last', () => {
    const rates = groupFigures([...east, ...north, ...south]).map(groupRate).filter((r) => r !== null);
    const c = leagueTable(rates, 'Northshire', ctx)!;
    // Southvale 6.7, Northshire 2.9, Eastmoor 0 ÷ 900 × 1,000 = 0.0
    expect(c.rows.map((r) => [r.label, r.result])).toEqual([
      ['Southvale', '6.7 per 1,000'],
      ['Northshire', '2.9 per 1,000'],
      ['Eastmoor', '0.0 per 1,000'],
    ]);
    expect(c.result).toBe('Northshire ranks 2nd of 3');
    expect(c.text).toContain('Eastmoor applied for none');
  });

  it('no league table for a single area', () => {
    const rates = groupFigures(north).map(groupRate).filter((r) => r !== null);
    expect(leagueTable(rates, 'Northshire', ctx)).toBeNull();
  });

  it('a local figure as a share of the national one: 5 of 249 = 2.0%', () => {
    const local = granted(5);
    const national = granted(249, { area: 'England', period: null });
    const c = shareOfNational(local, national, ctx)!;
    expect(c.value).toBeCloseTo(2.008, 3); // 5 ÷ 249 × 100
    expect(c.result).toBe('2.0% of England');
    expect(c.flags.join(' ')).toContain('no stated period');
    expect(shareOfNational(local, granted(0, { area: 'England' }), ctx)!.value).toBeNull();
  });

  it('the lead group is the local one with incidents, orders applied and granted', () => {
    const groups = groupFigures([granted(249, { area: 'England', period: null }), ...north, granted(5)]);
    expect(leadGroup(groups)!.area).toBe('Northshire');
  });

  it('groups by area and period, not by how the area is written', () => {
    const groups = groupFigures([incidents(1, { area: 'Northshire Police' }), applied(1, { area: 'northshire' }), granted(1, { period: YEAR_2019_20 })]);
    expect(groups.map((g) => g.figures.length)).toEqual([2, 1]);
    expect(groups[0]!.period).toEqual(NINE_MONTHS);
  });
});
