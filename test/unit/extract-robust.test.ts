import { describe, expect, it } from 'vitest';
import { extractPage, extractText, tokenize } from '../../shared/extract/index.ts';

describe('pathological input completes with sensible results', () => {
  it('a 1 MB line of digits and commas', () => {
    const line = '1,2,3,4,5,6,7,8,9,0,'.repeat(52_429);
    expect(line.length).toBeGreaterThanOrEqual(1_000_000);
    const r = extractPage(line);
    expect(Array.isArray(r.figures)).toBe(true);
    expect(r.figures.length).toBe(0); // a list of bare digits carries no statistic
    const grouped = '9' + ',999'.repeat(250_000);
    expect(extractPage(`<p>${grouped}</p>`).figures).toEqual([]); // too long to be a number
  });

  it('a page of 100,000 numbers', () => {
    const parts: string[] = [];
    for (let i = 0; i < 100_000; i++) parts.push(`${(i % 900) + 100} cases`);
    const r = extractPage(`<html><body><main><p>${parts.join(', ')}.</p></main></body></html>`);
    expect(r.figures.length).toBeGreaterThan(1000);
    expect(r.figures[0]).toMatchObject({ text: '100', value: 100, unit: 'count', measure: 'cases' });
  });

  it('a paragraph far longer than a block is read to its end', () => {
    const sentence = 'Police recorded 1,470 offences in Westdale last year. ';
    const text = sentence.repeat(8_000) + 'Finally, 77 orders were granted.';
    expect(text.length).toBeGreaterThan(400_000);
    const r = extractPage(`<html><body><main><p>${text}</p></main></body></html>`);
    expect(r.figures.length).toBe(8_001);
    expect(r.figures[r.figures.length - 1]).toMatchObject({ text: '77', measure: 'orders granted' });
  });

  it('deeply nested tags', () => {
    const deep = '<div>'.repeat(20_000) + '<p>Police recorded 2,041 incidents.</p>' + '</div>'.repeat(20_000);
    const r = extractPage(`<html><body>${deep}</body></html>`);
    expect(r.figures.map((f) => f.text)).toEqual(['2,041']);
  });

  it('binary junk and odd input never throw', () => {
    let junk = '';
    let x = 12345;
    for (let i = 0; i < 200_000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(x % 256);
    }
    expect(() => extractPage(junk)).not.toThrow();
    expect(() => extractPage('<<<>>><html><p>£££ ,,, ... 5 % %</p>')).not.toThrow();
    expect(extractPage('').figures).toEqual([]);
    expect(extractText('').length).toBe(0);
    expect(() => extractPage(null as unknown as string)).not.toThrow();
  });

  it('word numbers at scale stay linear', () => {
    const r = extractText('one '.repeat(25_000) + 'twenty-three '.repeat(25_000));
    expect(r.length).toBeLessThanOrEqual(25_000);
    expect(tokenize('nine hundred and ninety-nine thousand')).toHaveLength(1);
  });
});
