import { describe, expect, it } from 'vitest';
import { draftFromForm, figureFromSelection, formFromFigure, parseValue } from '../../extension/content/drafts.ts';
import type { FoundFigure, Source } from '../../shared/model.ts';

const source: Source = {
  url: 'https://news.test/a', title: 'T', publisher: 'P', author: '', published: '2021-03-04', modified: null,
  kind: 'news', capturedAt: null, publicBody: '', reference: '', repliedAt: null,
};
const figure: FoundFigure = {
  text: '2,041', value: 2041, unit: 'count', qualifier: '', measure: 'stalking incidents reported', metric: 'incidents',
  area: 'Northshire', period: { label: 'nine months to December 2020', start: '2020-04-01', end: '2020-12-31' },
  quote: { exact: '2,041', prefix: 'December 2020, ', suffix: ' stalking' }, sentence: 'In the nine months…', total: false,
};

describe('review card drafts', () => {
  it('reads numbers the way people type them', () => {
    expect(parseValue('2,041')).toBe(2041);
    expect(parseValue(' 7.71 ')).toBe(7.71);
    expect(parseValue('£3.2m')).toBe(3_200_000);
    expect(parseValue('45%')).toBe(45);
    for (const bad of ['lots', '', '2,04,1', '1e5', '12abc']) expect(parseValue(bad)).toBeNull();
  });

  it('turns an edited card into a clip, resolving the period against the page date', () => {
    const form = { ...formFromFigure(figure), value: '2,141', period: 'so far this year', metric: '' };
    const r = draftFromForm(form, figure, source);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.value).toBe(2141);
    expect(r.draft.period?.label).toBe('so far this year');
    expect(r.draft.period?.start?.startsWith('2021')).toBe(true);
    expect(r.draft.metric).toBe('incidents'); // derived from the measure when left empty
    expect(r.draft.quote).toEqual(figure.quote); // the quote is the page's, not editable
  });

  it('refuses a value that is not a number, or an empty measure, with a message', () => {
    expect(draftFromForm({ ...formFromFigure(figure), value: 'many' }, figure, source)).toEqual({ ok: false, error: expect.stringMatching(/not a number/) });
    expect(draftFromForm({ ...formFromFigure(figure), measure: '  ' }, figure, source)).toEqual({ ok: false, error: expect.stringMatching(/measure/) });
  });

  it('builds a figure from a selection: its first number, the rest as measure, the quote around it', () => {
    const text = 'Officers said 312 victims called the helpline last year.';
    const start = text.indexOf('312');
    const { figure: f, start: s, end } = figureFromSelection(text, start, text.indexOf(' last'));
    expect(f.value).toBe(312);
    expect(text.slice(s, end)).toBe('312');
    expect(f.measure).toBe('victims called the helpline');
    expect(f.quote).toEqual({ exact: '312', prefix: 'Officers said ', suffix: ' victims called the helpline las' });
    expect(f.sentence).toBe(text);
  });

  it('leaves the value empty-able when a selection has no number', () => {
    const text = 'No figures here at all.';
    expect(Number.isNaN(figureFromSelection(text, 0, text.length).figure.value)).toBe(true);
  });
});
