import { describe, expect, it } from 'vitest';
import { extractText } from '../../shared/extract/index.ts';

const texts = (t: string) => extractText(t).map((f) => f.text);

describe('traps are never offered', () => {
  it.each([
    ['years', 'Incidents have risen every year since 2015, and the trust was founded in 1998.'],
    ['dates', 'The survey ran between 1 and 25 February 2022; the reply came on 4 April 2022 and on March 3, 2021.'],
    ['times', 'The debate began at 10.32 am, the embargo lifted at 00:01 and the helpline is open 9am to 9pm.'],
    ['financial years as periods', 'In 2019-20 and 2020/21 the force changed its recording; see also 2019–2021.'],
    ['section and clause numbers', 'Under section 12 of the Act and clause 67, amendment 14, page 58, line 12 of the bill, s.4A applies.'],
    ['column, volume and table numbers', 'See Vol. 713, column 345, Table 4a, Table 5, Figure 3 and [note 3].'],
    ['reference and case numbers', 'Our reference is EC-FOI-0871-22 (Case no. 2021/117; ref. FOI/2021/0417).'],
    ['phone numbers', 'Call the helpline on 0808 802 0300 or 01632 960 218, or call 999 in an emergency; otherwise call 101.'],
    ['postcodes and addresses', 'Write to PO Box 412, Eastvale EV3 7LQ, or visit 14 Castle Street.'],
    ['ages', 'Man, 34, charged after crash. Daniel Rowe, 29, of Mill Road was named; a 41-year-old woman was aged 16 to 24.'],
    ['ordinal list markers', '1. The survey was online. 2) It was weighted.'],
    ['road names', 'The A59 and M65 were closed between junctions 6 and 7, and the B4410 too.'],
    ['page furniture', '4 min read. Top 10 walks. Comments (17). Download PDF (412 KB). Weather 12°C.'],
    ['periods and limits', 'You may ask for a review within two months, or within 40 working days; the helpline is open seven days a week, over three years.'],
    ['company and charity numbers', 'Registered in England No. 01234567. Registered charity no. 1187321.'],
    ['pronoun one', 'Every one of these offences is a victim let down, at any one time.'],
    ['footnote markers', 'The rate rose[1] as noted in note 2.'],
    ['school years, product and service names', 'Year 10 pupils were surveyed, the FTSE 100 fell and callers rang NHS 111 or report it on 101.'],
    ['age bands', 'People aged between 18 and 25, those aged over 65 and under-18s were asked.'],
    ['teasers', 'Read more: 10 ways to stay safe.'],
    ['service numbers', 'The 999 call was made at 2am.'],
    ['long reference numbers', 'Question UIN 187654 was tabled; crime number 48213997.'],
  ])('%s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('drops the FOI cost-limit boilerplate but keeps the statistics around it', () => {
    const t = 'We hold 36 applications. This would exceed the appropriate limit of £450, which represents 18 hours of work.';
    expect(texts(t)).toEqual(['36']);
  });

  it('keeps a statistic next to a trap', () => {
    expect(texts('One in 3 victims was under 25.')).toEqual(['One in 3']);
    expect(texts('In 2020, 473 of 5,200 offences resulted in a charge.')).toEqual(['473', '5,200']);
    expect(texts('Since January 2020 the force has recorded 3,310 offences.')).toEqual(['3,310']);
  });
});
