import { describe, expect, it } from 'vitest';
import { csvToHtml } from '../../shared/csv-page.ts';
import { extractPage } from '../../shared/extract/index.ts';

describe('CSV files as pages', () => {
  const csv = '\uFEFFYear,Incidents,"Orders applied for",Orders granted\n2019-20,"1,426",4,3\n2020-21,"2,041",6,5\n';

  it('becomes one table the finder reads, header cells as measures', () => {
    const html = csvToHtml(csv, 'Northshire FOI');
    expect(html).toContain('<th>Orders applied for</th>');
    const { figures, source } = extractPage(html, { url: 'upload:foi.csv' });
    expect(source.title).toBe('Northshire FOI');
    expect(figures.map((f) => f.value)).toEqual([1426, 4, 3, 2041, 6, 5]);
    expect(figures.find((f) => f.value === 6)?.measure).toMatch(/orders applied for/i);
    expect(figures.find((f) => f.value === 6)?.period?.label).toBe('2020-21');
  });

  it('escapes markup in cells, so a hostile CSV stays text', () => {
    const html = csvToHtml('Name,Count\n<script>alert(1)</script>,3\n', '<b>x</b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<title>&lt;b&gt;x&lt;/b&gt;</title>');
  });

  it('copes with an empty file and ragged rows', () => {
    expect(() => csvToHtml('', 'empty')).not.toThrow();
    expect(extractPage(csvToHtml('a,b\n1\n2,3,4\n', 'ragged')).figures.length).toBeGreaterThanOrEqual(0);
  });
});
