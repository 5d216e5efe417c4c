import { describe, expect, it } from 'vitest';
import { extractText } from '../../shared/extract/index.ts';

const one = (text: string) => {
  const f = extractText(text);
  expect(f.length, `figures in: ${text} → ${JSON.stringify(f.map((x) => x.text))}`).toBe(1);
  return f[0]!;
};

describe('number forms', () => {
  it.each([
    ['Police recorded 2,041 stalking incidents.', '2,041', 2041, 'count'],
    ['The force applied for six orders.', 'six', 6, 'count'],
    ['There were twenty-three arrests.', 'twenty-three', 23, 'count'],
    ['Officers made a hundred arrests.', 'a hundred', 100, 'count'],
    ['The charge rate was 7.71 per cent.', '7.71 per cent', 7.71, 'percent'],
    ['The charge rate was 5% overall.', '5%', 5, 'percent'],
    ['The rate was 12 percent.', '12 percent', 12, 'percent'],
    ['The council will spend £3.2m on caseworkers.', '£3.2m', 3_200_000, 'GBP'],
    ['The council will spend £3.2 million on caseworkers.', '£3.2 million', 3_200_000, 'GBP'],
    ['The service costs £450,000 to run.', '£450,000', 450_000, 'GBP'],
    ['The trust spent £1.5bn on housing.', '£1.5bn', 1_500_000_000, 'GBP'],
    ['Views reached 1.5 million on the site.', '1.5 million', 1_500_000, 'count'],
  ])('%s', (text, span, value, unit) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value).toBeCloseTo(value as number, 6);
    expect(f.unit).toBe(unit);
  });

  it.each([
    ['One in five victims told no one.', 'One in five', 0.2],
    ['Only 1 in 100 cases led to an order.', '1 in 100', 0.01],
    ['A third of victims told no one.', 'A third', 0.3333],
    ['Half of all victims knew the suspect.', 'Half', 0.5],
    ['Three quarters of victims were women.', 'Three quarters', 0.75],
    ['Some 9 out of 10 victims knew their stalker.', '9 out of 10', 0.9],
    ['Two thirds of forces replied.', 'Two thirds', 0.6667],
  ])('ratio: %s', (text, span, value) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.unit).toBe('ratio');
    expect(f.value).toBeCloseTo(value, 4);
  });

  it('reads a rate with its base as one figure', () => {
    const f = one('Recorded stalking was 1.2 per 1,000 population last year.');
    expect(f.text).toBe('1.2 per 1,000 population');
    expect(f.unit).toBe('rate');
    expect(f.value).toBe(1.2);
    expect(f.measure).toMatch(/per 1,000 population/);
  });

  it('reads "N things for every M" as a rate and never offers the base', () => {
    const f = extractText('That is 4.3 orders for every 1,000 offences.');
    expect(f.map((x) => x.text)).toEqual(['4.3']);
    expect(f[0]!.unit).toBe('rate');
    expect(f[0]!.measure).toBe('orders per 1,000 offences');
  });

  it('keeps qualifiers apart from the value', () => {
    const cases: [string, string][] = [
      ['Over 1,000 victims contacted the service.', 'over'],
      ['More than 300 people were charged.', 'more than'],
      ['Nearly 1.5 million calls were answered.', 'nearly'],
      ['Almost 40 officers were trained.', 'almost'],
      ['Fewer than 20 orders were granted.', 'fewer than'],
      ['The police applied for just 11 orders.', 'just'],
      ['The police applied for only six orders.', 'only'],
      ['Around 250 reports were made.', 'around'],
    ];
    for (const [text, q] of cases) {
      const f = one(text);
      expect(f.qualifier, text).toBe(q);
      expect(/^(over|more|nearly|almost|fewer|just|only|around)\b/i.test(f.text), text).toBe(false);
    }
  });

  it('reads a range as two figures sharing unit and measure', () => {
    const f = extractText('The force has between 20 and 30 officers trained as stalking leads.');
    expect(f.map((x) => [x.text, x.value, x.qualifier])).toEqual([
      ['20', 20, 'between'],
      ['30', 30, 'between'],
    ]);
    expect(f[0]!.measure).toBe(f[1]!.measure);
    expect(f[0]!.measure).toMatch(/officers/);
    const p = extractText('Between 10 and 15 per cent of calls went unanswered.');
    expect(p.map((x) => [x.value, x.unit])).toEqual([
      [10, 'percent'],
      [15, 'percent'],
    ]);
  });

  it('gives a written minus sign a negative value and keeps direction words positive', () => {
    expect(one('Change on previous year: -14%').value).toBe(-14);
    const f = one('Charges showed a fall of 16 per cent.');
    expect(f.value).toBe(16);
    expect(f.measure).toMatch(/fall/);
  });

  it('reads durations that are statistics with unit other', () => {
    const f = one('Last month a man was jailed for 18 months for stalking.');
    expect(f.text).toBe('18 months');
    expect(f.unit).toBe('other');
    expect(f.measure).toBe('prison sentence');
    expect(one('Average wait for trial: 11 months').unit).toBe('other');
  });

  it('keeps multipliers such as "three times as many" and "doubled" out', () => {
    expect(extractText('Police now record three times as many offences, and calls have doubled.')).toEqual([]);
  });
});
