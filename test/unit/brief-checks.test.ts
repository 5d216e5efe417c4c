// Consistency checks: stated rates, changes and totals against their parts (hand-worked).
import { describe, expect, it } from 'vitest';
import { allChecks, checkChange, checkPer1000, checkRate, checkTotal, type PhraseContext } from '../../shared/brief/index.ts';
import { NINE_MONTHS, YEAR_2019_20, fig } from '../fixtures/briefs/figures.ts';

const ctx: PhraseContext = { refs: () => ' [1]' };
const previousYear = { label: 'the previous year', start: '2019-04-01', end: '2020-03-31' };

describe('stated rates against their parts', () => {
  const inc2041 = fig({ value: 2041, metric: 'incidents' });
  const inc1426 = fig({ value: 1426, metric: 'incidents', period: previousYear });
  const charged110 = fig({ value: 110, metric: 'charges', measure: 'people charged', period: YEAR_2019_20 });
  const rate771 = fig({ value: 7.71, text: '7.71 per cent', unit: 'percent', metric: 'charge_rate', measure: 'charge rate', period: YEAR_2019_20 });

  it('7.71 per cent = 110 of 1,426 (7.7139% → 7.71 at 2 dp): matches', () => {
    const c = checkRate(rate771, [inc2041, inc1426, charged110, rate771], ctx)!;
    expect(c.status).toBe('matches');
    expect(c.value).toBeCloseTo(7.7139, 4);
    expect(c.formula).toBe('110 ÷ 1,426 × 100');
    expect(c.rounding).toBe('as stated: 2 decimal places');
    expect(c.text).toBe('The stated charge rate of 7.71% (2019-20) checks out: 110 of 1,426 is 7.71%. [1]');
  });

  it('chooses the plausible denominator from another period: the previous year’s incidents', () => {
    // 1,426 labelled "the previous year" but dated like the page's other year: 110 ÷ 2,041 = 5.39% fails, 110 ÷ 1,426 = 7.71% matches
    const inc1426Loose = fig({ value: 1426, metric: 'incidents', period: { label: 'the previous year', start: '2020-01-01', end: '2020-12-31' } });
    const c = checkRate(rate771, [inc2041, inc1426Loose, charged110, rate771], ctx)!;
    expect(c.status).toBe('matches');
    expect(c.figureIds).toEqual([rate771.id, charged110.id, inc1426Loose.id]);
    expect(c.flags.join(' ')).toContain('is worked out on 1,426 stalking incidents (the previous year)');
  });

  it('a stated 7.9 per cent that is really 196 of 3,318 = 5.9%: does not match', () => {
    const inc = fig({ value: 3318, metric: 'incidents', period: YEAR_2019_20 });
    const charged = fig({ value: 196, metric: 'charges', period: YEAR_2019_20 });
    const rate = fig({ value: 7.9, text: '7.9 per cent', unit: 'percent', metric: 'charge_rate', period: YEAR_2019_20 });
    const c = checkRate(rate, [inc, charged, rate], ctx)!;
    expect(c.status).toBe('mismatch');
    expect(c.value).toBeCloseTo(5.9072, 4); // 196 ÷ 3,318 × 100
    expect(c.result).toBe('5.9% (stated 7.9%)');
    expect(c.text).toBe('The stated charge rate of 7.9% (2019-20) does not match its parts: 196 of 3,318 is 5.9%. [1]');
  });

  it('five per cent = 102 of 2,041 (4.9976% → 5 at 0 dp): matches', () => {
    const charged = fig({ value: 102, metric: 'charges' });
    const rate = fig({ value: 5, text: 'five per cent', unit: 'percent', metric: 'charge_rate' });
    expect(checkRate(rate, [inc2041, charged, rate], ctx)!.status).toBe('matches');
  });

  it('missing parts: cannot be checked, and says which', () => {
    const c = checkRate(rate771, [inc2041, rate771], ctx)!;
    expect(c.status).toBe('unknown');
    expect(c.value).toBeNull();
    expect(c.text).toContain('no count of people charged for Northshire was clipped');
  });

  it('zero denominator: cannot be checked', () => {
    const zero = fig({ value: 0, metric: 'incidents', period: YEAR_2019_20 });
    const c = checkRate(rate771, [zero, charged110, rate771], ctx)!;
    expect(c.status).toBe('unknown');
    expect(c.value).toBeNull();
  });

  it('mismatched units: a rate given in pounds is not checked as a percentage', () => {
    const odd = fig({ value: 7.71, unit: 'GBP', metric: 'charge_rate', period: YEAR_2019_20 });
    const c = checkRate(odd, [inc1426, charged110, odd], ctx)!;
    expect(c.status).toBe('unknown');
    expect(c.text).toContain('it is not a percentage');
  });

  it('the parts said in the same sentence win: 473 of 5,200 offences (9.1%)', () => {
    const sentence = 'In 2019/20, 473 of 5,200 offences (9.1%) did so.';
    const n = fig({ value: 473, metric: 'charge_rate', sentence, period: YEAR_2019_20 });
    const d = fig({ value: 5200, metric: 'incidents', sentence, period: YEAR_2019_20 });
    const r = fig({ value: 9.1, text: '9.1%', unit: 'percent', metric: 'charge_rate', sentence, period: YEAR_2019_20 });
    const c = checkRate(r, [n, d, r], ctx)!;
    expect(c.status).toBe('matches'); // 473 ÷ 5,200 × 100 = 9.096 → 9.1
    expect(c.value).toBeCloseTo(9.0962, 4);
  });

  it('a count from another period is not claimed as a mismatch', () => {
    const charged = fig({ value: 508, metric: 'charges', period: NINE_MONTHS });
    const r = fig({ value: 9.1, text: '9.1%', unit: 'percent', metric: 'charge_rate', period: YEAR_2019_20 });
    const c = checkRate(r, [charged, inc1426, r], ctx)!;
    expect(c.status).toBe('unknown'); // 508 ÷ 1,426 = 35.6%: but 508 is not 2019-20's count
    expect(c.text).toContain('cannot be checked');
  });
});

describe('stated changes and totals', () => {
  const y2019 = { label: 'the previous 12 months', start: '2019-01-01', end: '2019-12-31' };
  const y2020 = { label: 'last year', start: '2020-01-01', end: '2020-12-31' };

  it('a stated 25 per cent rise that is really 1,120 → 1,470 = +31.25%: does not match', () => {
    const a = fig({ value: 1120, metric: 'incidents', measure: 'offences on bail', period: y2019 });
    const b = fig({ value: 1470, metric: 'incidents', measure: 'offences on bail', period: y2020 });
    const s = fig({ value: 25, text: '25 per cent', unit: 'percent', metric: 'incidents_change', measure: 'rise', period: y2020 });
    const c = checkChange(s, [a, b, s], ctx)!;
    expect(c.status).toBe('mismatch');
    expect(c.value).toBeCloseTo(31.25, 6); // (1,470 − 1,120) ÷ 1,120 × 100
    expect(c.text).toBe('The stated rise of 25% does not match its parts: 1,120 to 1,470 is +31.3%. [1]');
  });

  it('a stated 12% fall, 950 → 836 = -12.0%: matches (the direction comes from the measure)', () => {
    const a = fig({ value: 950, metric: 'incidents', period: y2019 });
    const b = fig({ value: 836, metric: 'incidents', period: y2020 });
    const s = fig({ value: 12, text: '12%', unit: 'percent', metric: 'incidents_change', measure: 'fall in stalking incidents', period: y2020 });
    const c = checkChange(s, [a, b, s], ctx)!;
    expect(c.status).toBe('matches');
    expect(c.result).toBe('-12% (stated -12%)');
  });

  it('a stated change with one period clipped: cannot be checked', () => {
    const s = fig({ value: 12, unit: 'percent', metric: 'incidents_change', measure: 'fall', period: y2020 });
    expect(checkChange(s, [fig({ value: 836, metric: 'incidents', period: y2020 }), s], ctx)!.status).toBe('unknown');
  });

  const row = (value: number, period: { label: string; start: string; end: string }, over = {}) =>
    fig({ value, metric: 'orders_applied', measure: 'SPO applications', source: { url: 'https://foi.test/1' }, period, ...over });
  const p1 = { label: '2020/21', start: '2020-04-01', end: '2021-03-31' };
  const p2 = { label: '2021/22', start: '2021-04-01', end: '2022-03-31' };
  const all = { label: '2020/21 to 2021/22', start: '2020-04-01', end: '2022-03-31' };

  it('a table total against its rows: 14 + 22 = 36 matches', () => {
    const t = row(36, all, { total: true, measure: 'SPO applications (total)' });
    const c = checkTotal(t, [row(14, p1), row(22, p2), t], ctx)!;
    expect(c.status).toBe('matches');
    expect(c.formula).toBe('14 + 22 = 36');
    expect(c.text).toBe('The total of 36 SPO applications adds up: 14 + 22 = 36. [1]');
  });

  it('a total that does not add up: 14 + 22 = 36, stated 38', () => {
    const t = row(38, all, { total: true });
    const c = checkTotal(t, [row(14, p1), row(22, p2), t], ctx)!;
    expect(c.status).toBe('mismatch');
    expect(c.value).toBe(36);
    expect(c.text).toContain('does not match its parts: 14 + 22 = 36, a difference of 2');
  });

  it('a total with fewer than two parts clipped: cannot be checked', () => {
    const t = row(36, all, { total: true });
    expect(checkTotal(t, [row(14, p1), t], ctx)!.status).toBe('unknown');
  });

  it('a percentage beside exactly two counts in its sentence: 25% stated, 96 of 312 = 30.8%', () => {
    const sentence = 'Of the 312 respondents who reported a breach, 96 said police took no action: 25 per cent of those reporting a breach.';
    const figs = [
      fig({ value: 312, metric: 'breaches', measure: 'respondents who reported a breach', sentence }),
      fig({ value: 96, metric: 'respondents', measure: 'said police took no action', sentence }),
      fig({ value: 25, text: '25 per cent', unit: 'percent', metric: 'breaches', measure: 'of those reporting a breach', sentence }),
    ];
    const [c] = allChecks(figs, ctx);
    expect(c!.kind).toBe('check_share');
    expect(c!.status).toBe('mismatch');
    expect(c!.value).toBeCloseTo(30.769, 3); // 96 ÷ 312 × 100
    expect(c!.result).toBe('30.8% (stated 25%)');
  });

  it('a statistic said twice is checked once, keeping the conclusive result', () => {
    const inc = fig({ value: 1426, metric: 'incidents', period: YEAR_2019_20 });
    const ch = fig({ value: 110, metric: 'charges', period: YEAR_2019_20 });
    const r1 = fig({ value: 7.71, text: '7.71%', unit: 'percent', metric: 'charge_rate', period: YEAR_2019_20 });
    const r2 = fig({ value: 7.71, text: '7.71%', unit: 'percent', metric: 'charge_rate', period: YEAR_2019_20 });
    const checks = allChecks([inc, ch, r1, r2], ctx);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.status).toBe('matches');
  });

  it('a stated 4.3 orders for every 1,000 offences = 568 ÷ 131,325 × 1,000 = 4.325 → 4.3: matches', () => {
    const ew = { area: 'England and Wales', period: YEAR_2019_20 };
    const inc = fig({ value: 131325, metric: 'incidents', ...ew });
    const orders = fig({ value: 568, metric: 'orders_granted', ...ew });
    const rate = fig({ value: 4.3, text: '4.3', unit: 'rate', metric: 'incidents', measure: 'orders per 1,000 offences', ...ew });
    const c = checkPer1000(rate, [inc, orders, rate], ctx)!;
    expect(c.status).toBe('matches');
    expect(c.value).toBeCloseTo(4.3251, 4);
    expect(c.formula).toBe('568 ÷ 131,325 × 1,000');
    // a stated 5.1 with the same two parts does not match (4.3)
    const wrong = fig({ value: 5.1, text: '5.1', unit: 'rate', metric: 'incidents', measure: 'orders per 1,000 offences', ...ew });
    expect(checkPer1000(wrong, [inc, orders, wrong], ctx)!.status).toBe('mismatch');
    // with no parts: cannot be checked
    expect(checkPer1000(rate, [rate], ctx)!.status).toBe('unknown');
  });
});
