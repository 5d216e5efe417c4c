import { describe, expect, it } from 'vitest';
import { extractText, findPeriods, resolvePeriod } from '../../shared/extract/index.ts';

describe('periods', () => {
  it.each([
    ['nine months to December 2020', '2021-03-04', '2020-04-01', '2020-12-31'],
    ['year ending March 2021', null, '2020-04-01', '2021-03-31'],
    ['2019-20', null, '2019-04-01', '2020-03-31'],
    ['2020/21', null, '2020-04-01', '2021-03-31'],
    ['2020/21 to 2021/22', null, '2020-04-01', '2022-03-31'],
    ['since January 2020', '2021-03-04', '2020-01-01', '2021-03-04'],
    ['since 2019', '2021-09-14', '2019-01-01', '2021-09-14'],
    ['last year', '2021-09-14', '2020-01-01', '2020-12-31'],
    ['so far this year', '2021-03-04', '2021-01-01', '2021-03-04'],
    ['last month', '2021-09-14', '2021-08-01', '2021-08-31'],
    ['February 2022', null, '2022-02-01', '2022-02-28'],
    ['1 and 25 February 2022', null, '2022-02-01', '2022-02-25'],
    ['20 Jan 2020 to 31 Dec 2020', null, '2020-01-20', '2020-12-31'],
  ])('%s (published %s)', (label, published, start, end) => {
    expect(resolvePeriod(label, published)).toEqual({ label, start, end });
  });

  it('leaves relative periods unresolved without a publication date', () => {
    expect(resolvePeriod('last year', null)).toEqual({ label: 'last year', start: null, end: null });
  });

  it('finds period phrases as written and flags comparison bases', () => {
    const ps = findPeriods('Offences rose in the year ending March 2021, compared with the year ending March 2020.');
    expect(ps.map((p) => [p.label, p.base])).toEqual([
      ['the year ending March 2021', false],
      ['the year ending March 2020', true],
    ]);
  });

  it('gives each figure the period of its own clause, resolved against the publication date', () => {
    const f = extractText(
      'A total of 110 people were charged in the 2019-20 period, a charge rate of 7.71 per cent, while so far this year 102 people have been charged, a rate of five per cent.',
      { published: '2021-03-04' },
    );
    expect(f.map((x) => [x.text, x.period?.label])).toEqual([
      ['110', '2019-20'],
      ['7.71 per cent', '2019-20'],
      ['102', 'so far this year'],
      ['five per cent', 'so far this year'],
    ]);
    expect(f[2]!.period).toEqual({ label: 'so far this year', start: '2021-01-01', end: '2021-03-04' });
  });

  it('does not take a comparison base as the figure\u2019s own period', () => {
    const f = extractText('Police recorded 6,864 offences in the year ending March 2021, an increase of 32% compared with the year ending March 2020 (5,200 offences).');
    expect(f.map((x) => [x.text, x.period?.label])).toEqual([
      ['6,864', 'the year ending March 2021'],
      ['32%', 'the year ending March 2021'],
      ['5,200', 'the year ending March 2020'],
    ]);
  });
});
