import { describe, expect, it } from 'vitest';
import { locateInOrder } from '../../shared/anchor/locate-in-order.ts';

describe('locateInOrder', () => {
  const text = 'Only six orders were sought, against sixty-six reports; six were granted. Total: 2,041 and 2,041 again.';

  it('finds figures in reading order, on word boundaries', () => {
    const q = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });
    const at = locateInOrder(text, [q('six', 'Only ', ' orders'), q('six', '; ', ' were granted'), q('2,041'), q('2,041')]);
    expect(at).toEqual([5, text.indexOf('six were'), text.indexOf('2,041'), text.lastIndexOf('2,041')]);
  });

  it('falls back to shorter context when the page text joins blocks differently', () => {
    const joined = 'HeadlineIn 2020 there were 312 incidents.';
    expect(locateInOrder(joined, [{ exact: '312', prefix: 'In 2020 there were ', suffix: ' incidents.' }])).toEqual([joined.indexOf('312')]);
  });

  it('returns -1 for a quote that is not there, without losing its place for the next', () => {
    expect(locateInOrder(text, [{ exact: '999', prefix: '', suffix: '' }, { exact: '2,041', prefix: '', suffix: '' }])).toEqual([-1, text.indexOf('2,041')]);
  });

  it('is linear on a page of 100,000 figures', () => {
    const page = Array.from({ length: 100_000 }, (_, i) => `item ${i} cost`).join('; ');
    const quotes = Array.from({ length: 100_000 }, (_, i) => ({ exact: String(i), prefix: 'item ', suffix: ' cost' }));
    const at = locateInOrder(page, quotes);
    expect(at[99_999]).toBe(page.lastIndexOf('99999'));
    expect(at.every((x) => x >= 0)).toBe(true);
  });
});
