import { describe, expect, it } from 'vitest';
import { extractPage, extractText, locateQuote, metricFor } from '../../shared/extract/index.ts';
import { FoundFigureSchema } from '../../shared/model.ts';

describe('measure, metric and area', () => {
  it('reads the noun phrase a figure counts, with its verb', () => {
    const f = extractText(
      'While a total of 2,041 stalking incidents were reported in Lancashire, the police only applied for six stalking protection orders, of which five were granted.',
    );
    expect(f.map((x) => [x.text, x.measure, x.metric])).toEqual([
      ['2,041', 'stalking incidents reported', 'incidents'],
      ['six', 'stalking protection orders applied for', 'orders_applied'],
      ['five', 'stalking protection orders granted', 'orders_granted'],
    ]);
  });

  it('reads a share as a rate and a change as a change in what came before', () => {
    const f = extractText('The force recorded 1,470 offences by people on bail last year, a 25 per cent rise on the 1,120 recorded in the previous 12 months.');
    expect(f[1]!.measure).toBe('rise in offences by people on bail recorded');
    expect(f[2]!.measure).toBe('offences by people on bail recorded');
    expect(f[2]!.period?.label).toBe('the previous 12 months');
  });

  it('maps measures to metric keys', () => {
    expect(metricFor('charge rate', 'percent')).toBe('charge_rate');
    expect(metricFor('people charged for stalking', 'count')).toBe('charges');
    expect(metricFor('SPOs granted', 'count')).toBe('orders_granted');
    expect(metricFor('SPO applications', 'count')).toBe('orders_applied');
    expect(metricFor('SPO breaches', 'count')).toBe('breaches');
    expect(metricFor('arrests made', 'count')).toBe('arrests');
    expect(metricFor('people convicted', 'count')).toBe('convictions');
    expect(metricFor('something else entirely', 'count')).toBe('');
  });

  it('resolves "the county" and "the force" to the page\u2019s own area', () => {
    const f = extractText('Westdale Police recorded 1,470 offences last year.\n\nSince 2019 the force has recorded 3,310 offences.\n\nAcross England, 249 orders were granted.');
    expect(f.map((x) => [x.text, x.area])).toEqual([
      ['1,470', 'Westdale'],
      ['3,310', 'Westdale'],
      ['249', 'England'],
    ]);
  });

  it('gives figures in reading order with quotes that find them again', () => {
    const text = 'In Eastmoor, recorded stalking fell from 950 offences the year before to 836 last year — a 12% fall. Eastmoor Police made 11 applications.';
    const f = extractText(text);
    expect(f.map((x) => x.text)).toEqual(['950', '836', '12%', '11']);
    for (const fig of f) {
      expect(FoundFigureSchema.safeParse(fig).success).toBe(true);
      expect(fig.quote.exact).toBe(fig.text);
      const at = locateQuote(text, fig.quote);
      expect(text.slice(at, at + fig.text.length)).toBe(fig.text);
      expect(text.includes(fig.quote.prefix + fig.quote.exact + fig.quote.suffix)).toBe(true);
      expect(fig.sentence).toContain(fig.text);
    }
    // the same number twice: each quote points at its own occurrence
    const twice = 'Police recorded 40 offences in May. In June police again recorded 40 offences.';
    const g = extractText(twice);
    expect(g).toHaveLength(2);
    expect(locateQuote(twice, g[0]!.quote)).toBeLessThan(locateQuote(twice, g[1]!.quote));
  });

  it('quotes survive HTML whitespace and entities', () => {
    const html = '<html><body><main><p>Police  recorded\n   <b>1,426</b>&nbsp;stalking incidents in&#160;2019.</p></main></body></html>';
    const { figures } = extractPage(html);
    expect(figures).toHaveLength(1);
    const q = figures[0]!.quote;
    expect(q.prefix + q.exact + q.suffix).toBe('Police recorded 1,426 stalking incidents in 2019.');
  });
});

describe('context across a paragraph', () => {
  it('resolves "the previous 12 months" against the period just discussed', () => {
    const f = extractText('Police recorded 1,470 offences last year, a rise on the 1,120 recorded in the previous 12 months.', { published: '2021-09-14' });
    expect(f[0]!.period).toEqual({ label: 'last year', start: '2020-01-01', end: '2020-12-31' });
    expect(f[1]!.period).toEqual({ label: 'the previous 12 months', start: '2019-01-01', end: '2019-12-31' });
  });

  it('reads "up 8%" and "the number of X rose from A to B"', () => {
    const f = extractText('Police recorded 4,560 knife offences in 2022, up 8% on the previous year. The number of children excluded for carrying a blade rose from 37 to 52.');
    expect(f.map((x) => [x.text, x.measure])).toEqual([
      ['4,560', 'knife offences recorded'],
      ['8%', 'rise in knife offences recorded'],
      ['37', 'children excluded for carrying a blade'],
      ['52', 'children excluded for carrying a blade'],
    ]);
  });

  it('shares a verb across coordinated figures and keeps parliamentary references out', () => {
    const { source, figures } = extractPage('<html><head><title>Written answer: orders - UIN 187654 - UK Parliament</title></head><body><main><p>Question for the Home Office, UIN 187654, tabled on 24 April 2023.</p><p>In England and Wales, 568 full orders and 312 interim orders were issued.</p></main></body></html>');
    expect(source.kind).toBe('parliament');
    expect(figures.map((x) => [x.text, x.measure, x.area])).toEqual([
      ['568', 'full orders issued', 'England and Wales'],
      ['312', 'interim orders issued', 'England and Wales'],
    ]);
  });
});

describe('areas from the page and its speakers', () => {
  it('"the county" is the page\u2019s own area; a place named in the sentence wins', () => {
    const { figures } = extractPage(`<html><head><title>Stalking in Kestrelshire</title></head><body><main>
      <p>Police in Kestrelshire recorded 2,041 stalking incidents in 2020.</p>
      <p>A total of 110 people were charged in the county, while across England 249 orders were granted.</p></main></body></html>`);
    expect(figures.map((f) => [f.text, f.area])).toEqual([
      ['2,041', 'Kestrelshire'],
      ['110', 'Kestrelshire'],
      ['249', 'England'],
    ]);
  });

  it('"my constituency" in a debate is the speaker\u2019s seat', () => {
    const { figures } = extractPage(`<html><body><main>
      <div class="speech"><p class="speaker">10.32 am — Ann Member (Harbourford West) (Lab)</p>
      <p>Over 1,000 victims in my constituency reported stalking last year.</p></div></main></body></html>`);
    expect(figures.map((f) => [f.text, f.qualifier, f.area, f.period?.label])).toEqual([['1,000', 'over', 'Harbourford West', 'last year']]);
  });
});

describe('more measure shapes', () => {
  it.each([
    ['Knife crime has risen by 21% since 2019.', '21%', 'rise in Knife crime', 'incidents_change'],
    ['Fines totalling £1.2m were issued.', '£1.2m', 'Fines issued', 'fines'],
    ['Victims waited an average of 706 days for trial.', '706 days', 'average wait of Victims', 'wait_time'],
    ['Police received 3,500 reports of stalking, of which 2,100 involved an ex-partner.', '2,100', 'reports of stalking involved an ex-partner', 'incidents'],
    ['Overall, 62 per cent of victims said they were satisfied with the police response.', '62 per cent', 'victims satisfied with the police response', 'victims'],
    ['A total of 14 men and 3 women were arrested.', '14', 'men arrested', 'arrests'],
  ])('%s', (text, span, measure, metric) => {
    const f = extractText(text).find((x) => x.text === span)!;
    expect(f).toBeDefined();
    expect(f.measure).toBe(measure);
    expect(f.metric).toBe(metric);
  });
});
