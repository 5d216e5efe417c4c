import { describe, expect, it } from 'vitest';
import { extractPage, extractText } from '../../shared/extract/index.ts';

const wrap = (body: string) => `<html><head><meta property="article:published_time" content="2022-06-01"></head><body><main>${body}</main></body></html>`;

describe('tables', () => {
  it('years across the top and places down the side: measure from the caption, area from the row', () => {
    const { figures } = extractPage(wrap(`<p>Arrests by force.</p><table><caption>Domestic abuse arrests</caption>
      <tr><th>Force</th><th>2020</th><th>2021</th></tr>
      <tr><td>Lancashire</td><td>1,204</td><td>1,311</td></tr>
      <tr><td>Cumbria</td><td>&lt;5</td><td>n/a</td></tr></table>`));
    expect(figures.map((f) => [f.text, f.area, f.measure, f.period?.label, f.qualifier])).toEqual([
      ['1,204', 'Lancashire', 'Domestic abuse arrests', '2020', ''],
      ['1,311', 'Lancashire', 'Domestic abuse arrests', '2021', ''],
      ['5', 'Cumbria', 'Domestic abuse arrests', '2020', 'fewer than'],
    ]);
    expect(figures[0]!.period).toEqual({ label: '2020', start: '2020-01-01', end: '2020-12-31' });
    expect(figures[0]!.metric).toBe('arrests');
  });

  it('a total column is marked as a total', () => {
    const { figures } = extractPage(wrap(`<table><tr><th>Period</th><th>Charged</th><th>Cautioned</th><th>Total</th></tr>
      <tr><td>2021/22</td><td>40</td><td>12</td><td>52</td></tr></table>`));
    expect(figures.map((f) => [f.text, f.measure, f.total, f.period?.label])).toEqual([
      ['40', 'Charged', false, '2021/22'],
      ['12', 'Cautioned', false, '2021/22'],
      ['52', 'Total', true, '2021/22'],
    ]);
  });

  it('tab-separated lines in text become a table', () => {
    const f = extractText('Year\tArrests\tCharges\n2020\t310\t120\n2021\t295\t131');
    expect(f.map((x) => [x.text, x.measure, x.period?.label])).toEqual([
      ['310', 'Arrests', '2020'],
      ['120', 'Charges', '2020'],
      ['295', 'Arrests', '2021'],
      ['131', 'Charges', '2021'],
    ]);
  });

  it('quotes a cell within its row', () => {
    const { figures } = extractPage(wrap('<table><tr><th>Year</th><th>Breaches</th></tr><tr><th>2021/22</th><td>0</td></tr></table>'));
    expect(figures).toHaveLength(1);
    expect(figures[0]!.quote).toEqual({ exact: '0', prefix: '2021/22 ', suffix: '' });
    expect(figures[0]!.sentence).toBe('2021/22 0');
  });
});

describe('more number conventions', () => {
  it('a four-digit count without a comma before a plural noun is a count, a year otherwise', () => {
    expect(extractText('Some 1500 officers were trained in 2019.').map((f) => f.text)).toEqual(['1500']);
    expect(extractText('The 2019 figures were revised.').map((f) => f.text)).toEqual([]);
  });

  it('a dotted time after "at" is a time, not a decimal', () => {
    expect(extractText('The vigil starts at 10.30 outside the station.')).toEqual([]);
    expect(extractText('The rate was 10.30 per cent.').map((f) => f.value)).toEqual([10.3]);
  });

  it('uses the first heading as title when the <title> only extends it', () => {
    const { source } = extractPage('<html><head><title>Stalking orders: debate, 9 March 2023 (Example)</title></head><body><main><h1>Stalking orders</h1><p>Text.</p></main></body></html>');
    expect(source.title).toBe('Stalking orders');
  });
});
