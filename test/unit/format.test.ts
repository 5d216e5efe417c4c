import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue } from '../../shared/format.ts';

describe('formatting figures the UK way', () => {
  it('groups thousands and keeps up to two decimals', () => {
    expect(formatValue(2041, 'count')).toBe('2,041');
    expect(formatValue(7.71, 'percent')).toBe('7.71%');
    expect(formatValue(1.234, 'rate')).toBe('1.23');
  });
  it('writes money with £ and m/bn for large sums', () => {
    expect(formatValue(450000, 'GBP')).toBe('£450,000');
    expect(formatValue(3.2e6, 'GBP')).toBe('£3.2m');
    expect(formatValue(1.5e9, 'GBP')).toBe('£1.5bn');
  });
  it('writes shares as "1 in N" where they are, else as a percentage', () => {
    expect(formatValue(0.2, 'ratio')).toBe('1 in 5');
    expect(formatValue(1 / 3, 'ratio')).toBe('1 in 3');
    expect(formatValue(0.75, 'ratio')).toBe('75%');
  });
  it('puts the qualifier first', () => {
    expect(formatFigure({ value: 2000, unit: 'count', qualifier: 'over' })).toBe('over 2,000');
    expect(formatFigure({ value: 6, unit: 'count', qualifier: '' })).toBe('6');
  });
});
