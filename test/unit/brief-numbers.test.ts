import { describe, expect, it } from 'vitest';
import { formatNumber, matchesStated, plainApprox, roundTo, statedDecimals } from '../../shared/brief/numbers.ts';
import { monthsIn, overlaps, periodPhrase, samePeriod } from '../../shared/brief/periods.ts';
import { areaKey, isNational } from '../../shared/brief/areas.ts';
import { figureId } from '../../shared/brief/figures.ts';

describe('brief numbers', () => {
  it('rounds half away from zero on the decimal value, not the binary float', () => {
    expect(roundTo(83.335, 2)).toBe(83.34); // (83.335).toFixed(2) is "83.33"
    expect(roundTo(2.45, 1)).toBe(2.5);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(7.7139, 2)).toBe(7.71);
  });

  it('formats the UK way with fixed decimals and no "-0"', () => {
    expect(formatNumber(2041)).toBe('2,041');
    expect(formatNumber(2.939, 1)).toBe('2.9');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
  });

  it('reads the stated precision from the text as written', () => {
    expect(statedDecimals('7.71 per cent', 7.71)).toBe(2);
    expect(statedDecimals('five per cent', 5)).toBe(0);
    expect(statedDecimals('12.0%', 12)).toBe(1);
    expect(statedDecimals('1,426', 1426)).toBe(0);
  });

  it('matches a computed value to a stated one at the stated rounding', () => {
    expect(matchesStated((110 / 1426) * 100, 7.71, 2)).toBe(true); // 7.7139… → 7.71
    expect(matchesStated((102 / 2041) * 100, 5, 0)).toBe(true); // 4.9975… → 5
    expect(matchesStated((196 / 3318) * 100, 7.9, 1)).toBe(false); // 5.907… → 5.9
  });

  it('says a rate plainly beside the exact figure', () => {
    expect(plainApprox(2.9397)).toBe('fewer than 3');
    expect(plainApprox(6.6)).toBe('about 7');
    expect(plainApprox(0.4)).toBe('fewer than 1');
    expect(plainApprox(0)).toBe('none');
    expect(plainApprox(4)).toBe('4');
  });
});

describe('brief periods and areas', () => {
  it('counts months: April to December is nine, a financial year twelve', () => {
    expect(monthsIn({ label: 'x', start: '2020-04-01', end: '2020-12-31' })).toBe(9); // 275 days
    expect(monthsIn({ label: 'x', start: '2019-04-01', end: '2020-03-31' })).toBe(12); // 366 days
    expect(monthsIn({ label: 'x', start: null, end: '2020-03-31' })).toBeNull();
    expect(monthsIn(null)).toBeNull();
  });

  it('compares periods by dates when known, else by label', () => {
    const a = { label: '2020/21', start: '2020-04-01', end: '2021-03-31' };
    const b = { label: 'year ending March 2021', start: '2020-04-01', end: '2021-03-31' };
    expect(samePeriod(a, b)).toBe(true);
    expect(samePeriod({ label: 'The previous year', start: null, end: null }, { label: 'previous year', start: null, end: null })).toBe(true);
    expect(overlaps(a, { label: '2019/20', start: '2019-04-01', end: '2020-03-31' })).toBe(false);
    expect(overlaps(a, { label: 'x', start: null, end: null })).toBeNull();
  });

  it('phrases a period to follow a clause', () => {
    expect(periodPhrase({ label: '2019-20', start: null, end: null })).toBe('in 2019-20');
    expect(periodPhrase({ label: 'the nine months to December 2020', start: null, end: null })).toBe('in the nine months to December 2020');
    expect(periodPhrase({ label: 'Since 2019', start: null, end: null })).toBe('since 2019');
    expect(periodPhrase(null)).toBe('');
  });

  it('keys areas loosely and knows the national ones', () => {
    expect(areaKey('Northshire Police')).toBe(areaKey('northshire constabulary'));
    expect(isNational('England and Wales')).toBe(true);
    expect(isNational('England')).toBe(true);
    expect(isNational('Northshire')).toBe(false);
  });

  it('derives figure ids from source url, quote and value, deterministically', () => {
    const q = { exact: 'six', prefix: 'applied for ', suffix: ' orders' };
    expect(figureId('https://a.test/', q, 6)).toBe(figureId('https://a.test/', { ...q }, 6));
    expect(figureId('https://a.test/', q, 6)).not.toBe(figureId('https://b.test/', q, 6));
    expect(figureId('https://a.test/', q, 6)).not.toBe(figureId('https://a.test/', q, 7));
    expect(figureId('https://a.test/', q, 6)).toMatch(/^fig-[0-9a-z]{11}$/);
  });
});
