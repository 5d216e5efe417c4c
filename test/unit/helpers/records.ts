// Builders for valid records, so each test states only what it is about.
import type { NewRecord } from '../../../shared/store/repository.ts';

export function figureInput(over: Partial<NewRecord<'figures'>> = {}): NewRecord<'figures'> {
  return {
    text: '2,041',
    value: 2041,
    unit: 'count',
    measure: 'stalking incidents reported',
    metric: 'incidents',
    area: 'Northshire',
    period: { label: 'nine months to December 2020', start: '2020-04-01', end: '2020-12-31' },
    quote: { exact: '2,041', prefix: 'to December 2020, ', suffix: ' stalking incidents were' },
    source: { url: 'https://news.test/northshire/stalking', title: 'Stalking orders barely used', kind: 'news' },
    ...over,
  };
}

let counter = 0;
/** A clock that moves one second per call, from a fixed start, so tests are repeatable. */
export function steppingClock(start = Date.parse('2026-01-01T00:00:00Z')): () => Date {
  counter = 0;
  return () => new Date(start + 1000 * counter++);
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2)}`;
}
