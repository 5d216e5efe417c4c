// How figures read to people: UK conventions (thousands separators, "per cent" as %).
import type { Figure, FoundFigure } from './model.ts';

const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 2, minimumFractionDigits: 0 });

export function formatValue(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'percent':
      return `${count.format(value)}%`;
    case 'ratio': {
      // Shares as people say them: 0.2 is "1 in 5"; others as a percentage.
      const inverse = 1 / value;
      if (value > 0 && value < 1 && Math.abs(inverse - Math.round(inverse)) < 0.02) return `1 in ${Math.round(inverse)}`;
      return `${count.format(value * 100)}%`;
    }
    case 'GBP':
      if (Math.abs(value) >= 1e9) return `£${count.format(value / 1e9)}bn`;
      if (Math.abs(value) >= 1e6) return `£${count.format(value / 1e6)}m`;
      return money.format(value);
    default:
      return count.format(value);
  }
}

/** "over 2,000", "7.71%", "£3.2m". */
export function formatFigure(f: Pick<FoundFigure, 'value' | 'unit' | 'qualifier'>): string {
  const v = formatValue(f.value, f.unit);
  return f.qualifier ? `${f.qualifier} ${v}` : v;
}
