import { describe, expect, it } from 'vitest';
import { extractPage, extractText, tokenize } from '../../shared/extract/index.ts';
import type { FoundFigure } from '../../shared/model.ts';

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

// The finder reuses its token and word objects from one block to the next (for speed): what it
// read before must never leak into what it finds now.
describe('reused working state', () => {
  const short = 'Police recorded 2,041 stalking offences in 2022, up 43% on the 1,432 the year before.';
  const busy = Array.from({ length: 400 }, (_, i) => `In ${2000 + (i % 20)} there were ${i * 7 + 3} reports, ${i % 90}% of them charged and about ${i + 11} cautions`).join('; ') + '.';

  it('a block gives the same figures after a long, number-dense block as on its own', () => {
    const alone = extractText(short, { published: '2023-02-10' });
    expect(alone.map((f) => f.text)).toEqual(['2,041', '43%', '1,432']);
    expect(extractText(busy, { published: '2023-02-10' }).length).toBeGreaterThan(1000);
    expect(extractText(short, { published: '2023-02-10' })).toEqual(alone);
  });

  it('within one page, a block after a long one reads only its own candidates, sentences and clauses', () => {
    // The finder reuses its per-block lists (candidates, sentences, clause breaks) from block to
    // block of a page: a short block after a long one must not see the long one's leftovers.
    const long = Array.from({ length: 60 }, (_, i) => `Officers made ${i + 5} arrests in ${2000 + (i % 20)}, while ${i + 2} cases (about ${i % 40}%) were dropped; but ${i * 3 + 1} were charged.`).join(' ');
    const forces = 'Kent Police applied for 52 orders in 2021; Essex Police applied for 31 in 2022.';
    for (const [block, texts] of [[short, ['2,041', '43%', '1,432']], [forces, ['52', '31']]] as const) {
      const own = (fs: FoundFigure[]) => fs.filter((f) => block.includes(f.sentence)).map((f) => ({ text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, quote: f.quote, sentence: f.sentence, period: f.period, area: f.area }));
      const alone = own(extractText(block, { published: '2023-02-10' }));
      expect(alone.map((f) => f.text)).toEqual(texts);
      expect(own(extractText(`${long}\n\n${block}`, { published: '2023-02-10' }))).toEqual(alone);
      expect(own(extractText(`${long}\n\n${busy}\n\n${block}`, { published: '2023-02-10' }))).toEqual(alone);
    }
  });

  it('a number is never paired with one left over from the block before', () => {
    // "1 in 3" reads as a ratio; in the next block the 3 is gone and so must be the ratio.
    const b = 'Roughly 1 in x people said so.';
    const alone = extractText(b);
    extractText('Roughly 1 in 3 people said so.');
    expect(extractText(b)).toEqual(alone);
    expect(alone.every((f) => f.unit !== 'ratio')).toBe(true);
  });

  it('table cells read between blocks do not disturb the next block', () => {
    const page = (body: string) => `<html><body><main><p>${short}</p>${body}<p>${short}</p></main></body></html>`;
    const table = '<table><tr><th>Year</th><th>Reports</th></tr>' + Array.from({ length: 50 }, (_, i) => `<tr><td>${2000 + i}</td><td>${i * 13}</td></tr>`).join('') + '</table>';
    const withTable = extractPage(page(table)).figures.filter((f) => !f.sentence.startsWith('Year') && f.sentence.includes('stalking'));
    const without = extractPage(page('')).figures;
    expect(withTable).toEqual(without);
  });
});
