import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../shared/extract/index.ts';
import { FoundFigureSchema, SourceSchema } from '../../shared/model.ts';

const page = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url)), 'utf8');

describe('a news page', () => {
  const { source, figures } = extractPage(page('news-harbourford.html'), { url: 'https://echo.example/saved' });
  const texts = figures.map((f) => f.text);

  it('reads source metadata: JSON-LD first, canonical URL, dates kept apart', () => {
    expect(SourceSchema.parse(source)).toEqual(source);
    expect(source).toMatchObject({
      url: 'https://echo.example/news/harbourford-domestic-abuse-arrests',
      title: 'Domestic abuse arrests fall in Harbourford even as reports climb',
      publisher: 'Harbourford Echo (test fixture)',
      author: 'Priya Oduya',
      published: '2023-02-10',
      modified: '2023-02-11',
      kind: 'news',
      capturedAt: null,
    });
  });

  it('offers the statistics in the article body, in reading order', () => {
    expect(texts).toEqual([
      '1,318', '1,502', '14 per cent', '9,870', 'one in four', 'a third', '412', '£1.4m', '30 months', '2,115',
      '3.1 per 1,000 adults', '40', '55', 'three quarters',
    ]);
    for (const f of figures) expect(FoundFigureSchema.parse(f)).toEqual(f);
  });

  it('ignores navigation, cookie banners, bylines, comment counts, most-read lists and footers', () => {
    for (const t of ['212', '9', 'A418', '2', '3', '6', '31', '5', '61', '04455667', '2023', '10 February 2023']) expect(texts).not.toContain(t);
  });

  it('ignores the traps inside the article', () => {
    for (const t of ['38', '2022/4411', '2022', '4411', '76', '2015', '4', '0800', '555', '0144', '0800 555 0144', '24', '24 hours', 'seven', '8', '2', 'HF2', '2 Mill Street']) {
      expect(texts).not.toContain(t);
    }
  });

  it('resolves periods against the publication date and areas to the page\u2019s place', () => {
    const byText = new Map(figures.map((f) => [f.text, f]));
    expect(byText.get('1,318')!.period).toEqual({ label: 'the year ending December 2022', start: '2022-01-01', end: '2022-12-31' });
    expect(byText.get('2,115')!.period).toEqual({ label: 'so far this year', start: '2023-01-01', end: '2023-02-10' });
    expect(byText.get('30 months')!.period).toEqual({ label: 'Last month', start: '2023-01-01', end: '2023-01-31' });
    expect(byText.get('a third')!.period?.label).toBe('2019-20');
    expect(figures.every((f) => f.area === 'Harbourford')).toBe(true);
    expect(byText.get('1,318')!.measure).toBe('arrests made');
    expect(byText.get('1,318')!.metric).toBe('arrests');
    expect(byText.get('30 months')!.measure).toBe('prison sentence');
  });
});

describe('an FOI response with a table', () => {
  const { source, figures } = extractPage(page('foi-harbourford.html'));

  it('reads the public body, reference and reply date apart from the request date', () => {
    expect(source).toMatchObject({
      kind: 'foi',
      publicBody: 'Harbourford Police',
      reference: 'HP-FOI-2291-22',
      published: '2022-09-01',
      repliedAt: '2022-09-28',
    });
  });

  it('turns each data cell into a figure: measure from the column, period from the row, totals marked', () => {
    const table = figures.slice(0, 12);
    expect(table.map((f) => f.text)).toEqual(['214', '187', '41', '260', '231', '52', '301', '270', '0', '775', '688', '93']);
    expect(table[0]).toMatchObject({ measure: 'Notices issued', metric: '', period: { label: '2019/20', start: '2019-04-01', end: '2020-03-31' }, total: false, area: 'Harbourford' });
    expect(table[1]).toMatchObject({ measure: 'Orders granted', metric: 'orders_granted' });
    expect(table[2]).toMatchObject({ measure: 'Breaches', metric: 'breaches' });
    expect(table[8]).toMatchObject({ value: 0, measure: 'Breaches' });
    expect(table[9]).toMatchObject({ value: 775, total: true, measure: 'Notices issued (total)', period: { label: '2019/20 to 2021/22', start: '2019-04-01', end: '2022-03-31' } });
    expect(table.slice(0, 9).every((f) => !f.total)).toBe(true);
  });

  it('drops the cost-limit boilerplate, the review deadline and the address', () => {
    const texts = figures.map((f) => f.text);
    expect(texts.slice(12)).toEqual(['775', '87']);
    for (const t of ['£450', '18 hours', '12', '2000', '40 working days', '90', '2,004', '3']) expect(texts.slice(12)).not.toContain(t);
  });
});

describe('plain text input', () => {
  const { source, figures } = extractPage(page('bulletin-kestrel.txt'));
  it('treats paragraphs split on blank lines as blocks', () => {
    expect(source.kind).toBe('other');
    expect(figures.map((f) => f.text)).toEqual(['3,402', '9%', '3,121', '2.4 per 1,000 population', '1.4 million', '61%', '2,075']);
    expect(figures[5]!.measure).toMatch(/^share of hate crimes/);
    expect(figures.every((f) => f.area === 'Kestrelshire')).toBe(true);
  });
});

describe('source metadata rules', () => {
  it('falls back to Open Graph and meta tags, strips the site name, rejects a byline that is a date', () => {
    const html = `<html><head><title>Knife crime rises | Valley Post</title>
      <meta property="og:site_name" content="Valley Post"><meta name="author" content="4 March 2021">
      <meta property="article:published_time" content="2021-03-04T06:00:00+00:00"></head>
      <body><article><p class="byline">By 4 March 2021</p><p>Police recorded 52 knife offences.</p></article></body></html>`;
    const { source } = extractPage(html, { url: 'https://valley.example/a' });
    expect(source).toMatchObject({ title: 'Knife crime rises', publisher: 'Valley Post', author: '', published: '2021-03-04', url: 'https://valley.example/a' });
  });

  it('guesses the kind of page', () => {
    const kind = (head: string, body = '<p>Police recorded 5 offences.</p>') => extractPage(`<html><head>${head}</head><body><main>${body}</main></body></html>`).source.kind;
    expect(kind('<title>Debate - Hansard</title>', '<p>Volume 715: debated on Tuesday 14 June 2022</p>')).toBe('parliament');
    expect(kind('<title>Stalking - a Freedom of Information request to Northshire Police</title>')).toBe('foi');
    expect(kind('<title>Crime in Northshire</title><meta property="og:site_name" content="Northshire Statistics Office">', '<p>Official Statistics</p>')).toBe('official');
    expect(kind('<title>Appeal</title>', '<p>Press release</p><p>Registered charity no. 123.</p>')).toBe('charity');
    expect(kind('<title>News</title><meta property="og:type" content="article">')).toBe('news');
  });
});

describe('pages without <main> or <article>', () => {
  it('keep the container holding most of the prose and drop the rest', () => {
    const html = `<html><head><title>Burglaries up in Ashvale - Ashvale Times</title></head><body>
      <div><div><span>Subscribe for £1 a week</span> <span>Sport (3)</span></div>
      <div><p>Join 40,000 readers of our newsletter today and never miss a story from us.</p></div>
      <div class="story">
        <p>Burglaries in Ashvale rose by 12% last year to 3,950, according to figures from Ashvale Police.</p>
        <p>The clear-up rate fell to 4.1%, meaning fewer than one in 20 burglaries were solved by officers.</p>
        <p>The force has put 25 extra officers on the beat since October. Residents can report crimes on 101.</p>
      </div></div></body></html>`;
    const { source, figures } = extractPage(html);
    expect(source).toMatchObject({ publisher: 'Ashvale Times', kind: 'news', title: 'Burglaries up in Ashvale' });
    expect(figures.map((f) => [f.text, f.qualifier, f.measure])).toEqual([
      ['12%', '', 'rise in Burglaries'],
      ['3,950', '', 'Burglaries'],
      ['4.1%', '', 'clear-up rate'],
      ['one in 20', 'fewer than', 'burglaries solved by officers'],
      ['25', '', 'extra officers put'],
    ]);
    expect(figures.every((f) => f.area === 'Ashvale')).toBe(true);
  });
});

describe('an FOI response written as prose', () => {
  const html = `<html><head><title>Response to FOI 2023/0456 - Ridgeshire Constabulary</title></head><body><main>
    <h1>Freedom of Information request 2023/0456: Hate crime reports</h1>
    <p>Date of response: 14 March 2023</p>
    <p>Request: Please provide (1) the number of hate crimes reported in 2022; (2) the number resulting in a charge.</p>
    <ol><li>In 2022, Ridgeshire Constabulary recorded 1,045 hate crimes.</li><li>Of these, 96 resulted in a charge or summons (9.2%).</li></ol>
    <p>Q3. How many officers are trained? Answer: 58 officers have completed the course.</p>
    <p>The data is taken from our records as at 01/03/2023. Contact the ICO, Wilmslow SK9 5AF, telephone 0303 123 1113.</p>
  </main></body></html>`;
  const { source, figures } = extractPage(html);
  it('reads the public body, reference and reply date', () => {
    expect(source).toMatchObject({ kind: 'foi', publicBody: 'Ridgeshire Constabulary', reference: '2023/0456', repliedAt: '2023-03-14' });
  });
  it('offers the answers and nothing from the request numbering, dates or contact details', () => {
    expect(figures.map((f) => [f.text, f.measure, f.area])).toEqual([
      ['1,045', 'hate crimes recorded', 'Ridgeshire'],
      ['96', 'hate crimes resulted in a charge or summons', 'Ridgeshire'],
      ['9.2%', 'hate crimes (share)', 'Ridgeshire'],
      ['58', 'officers completed the course', 'Ridgeshire'],
    ]);
    expect(figures[0]!.period).toEqual({ label: '2022', start: '2022-01-01', end: '2022-12-31' });
  });
});

describe('kind is read from what the page says about itself', () => {
  it('a news story that mentions an FOI request or a council stays news', () => {
    const html = `<html><head><title>Council tax to rise as trust is fined - Valley Post</title><meta property="og:type" content="article"></head>
      <body><main><p>Data obtained under a Freedom of Information request shows the council spent £2m.</p></main></body></html>`;
    expect(extractPage(html).source.kind).toBe('news');
  });
});

describe('a long news page with a CMS\'s usual markup (the bench page)', () => {
  const { source, figures } = extractPage(page('news-eastmoor-long.html'));
  const texts = figures.map((f) => f.text);

  it('reads its metadata', () => {
    expect(source).toMatchObject({ title: 'Stalking orders: only one in five applications granted in Eastmoor', author: 'Dana Whitlock', published: '2023-03-14', kind: 'news' });
  });

  it('offers the article\'s figures and its table, in reading order', () => {
    expect(texts.slice(0, 9)).toEqual(['96', '19', 'one in five', '41%', '58', '24', '23', '11', '43']);
    expect(texts).toContain('£240,000');
    expect(texts).toContain('3.4 per cent');
    expect(figures.filter((f) => f.total).map((f) => f.text)).toEqual(['185', '60']);
  });

  it('offers nothing from the cookie banner, share bar, byline, ads, teasers, most-read, helplines or footer', () => {
    for (const t of ['847', '1,204 shares', '5', '4', '42', '29', '40 cars', '6%', '0808', '802', '0300', '101', '80231447', '2019', '01234567', '640', '300', '250']) expect(texts).not.toContain(t);
    expect(figures.filter((f) => f.text === '1,204')).toHaveLength(1); // the arrests, not the share count
  });
});
