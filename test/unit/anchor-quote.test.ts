import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../shared/anchor/anchor-quote.ts';

const page =
  'In the nine months to December 2020, 2,041 stalking incidents were reported in Northshire, yet police applied for only six orders. The previous year there were 1,426 incidents.';
const quote = { exact: '2,041', prefix: 'months to December 2020, ', suffix: ' stalking incidents were reported' };
const at = (text: string, a: ReturnType<typeof anchorQuote>) => ('start' in a ? text.slice(a.start, a.end) : null);

describe('anchorQuote', () => {
  it('finds the exact quote', () => {
    const a = anchorQuote(page, quote, 2041);
    expect(a.status).toBe('exact');
    expect(at(page, a)).toBe('2,041');
    expect('start' in a && a.start).toBe(page.indexOf('2,041'));
  });

  it('picks the occurrence whose context matches when the figure appears twice', () => {
    const text = 'Summary: 2,041 cases. ' + page;
    const a = anchorQuote(text, quote, 2041);
    expect(a.status).toBe('exact');
    expect('start' in a && a.start).toBe(text.lastIndexOf('2,041'));
  });

  it('still finds an unchanged figure when the words around it were edited a little', () => {
    const edited = page.replace('stalking incidents were reported', 'stalking incidents were recorded');
    const a = anchorQuote(edited, quote, 2041);
    expect(a.status).toBe('moved');
    expect(at(edited, a)).toBe('2,041');
  });

  it('flags a figure that changed since capture, keeping the new value', () => {
    const changed = page.replace('2,041', '2,141');
    const a = anchorQuote(changed, quote, 2041);
    expect(a).toMatchObject({ status: 'changed', text: '2,141', value: 2141 });
    expect(at(changed, a)).toBe('2,141');
  });

  it('flags a changed figure written in words', () => {
    const q = { exact: 'six', prefix: 'yet police applied for only ', suffix: ' orders. The previous year' };
    const changed = page.replace('only six orders', 'only seven orders');
    expect(anchorQuote(changed, q, 6)).toMatchObject({ status: 'changed', text: 'seven', value: 7 });
  });

  it('reports an orphan when the sentence is gone', () => {
    expect(anchorQuote('A completely different article about parking fines.', quote, 2041)).toEqual({ status: 'orphaned' });
    expect(anchorQuote(page, { exact: '  ', prefix: '', suffix: '' }, 1)).toEqual({ status: 'orphaned' });
  });

  it('normalises whitespace in the saved quote', () => {
    const a = anchorQuote(page, { exact: '2,041', prefix: 'months to\n December   2020, ', suffix: ' stalking\tincidents' }, 2041);
    expect(a.status).toBe('exact');
  });

  it('stays fast and correct on a page repeating the context thousands of times', () => {
    const text = 'applied for only 3 orders. '.repeat(20000) + 'applied for only six orders. The previous year';
    const a = anchorQuote(text, { exact: 'six', prefix: 'applied for only ', suffix: ' orders. The previous year' }, 6);
    expect(a.status).toBe('exact');
  });
});
