import { describe, expect, it } from 'vitest';
import { composeBrief, editorChoices, suggestFigures } from '../../shared/brief/index.ts';
import type { Figure } from '../../shared/model.ts';
import { toFigure } from '../../shared/brief/figures.ts';

const now = '2021-03-10T12:00:00.000Z';
const source = { url: 'https://news.test/northshire', title: 'Orders barely used', published: '2021-03-04' };
const fig = (text: string, value: number, metric: string, area: string, measure: string): Figure =>
  toFigure({ text, value, unit: 'count', measure, metric, area, period: { label: 'nine months to December 2020', start: '2020-04-01', end: '2020-12-31' }, quote: { exact: text, prefix: '', suffix: ` ${measure}` }, source }, now);

const library = [
  fig('2,041', 2041, 'incidents', 'Northshire', 'stalking incidents'),
  fig('six', 6, 'orders_applied', 'Northshire', 'orders applied for'),
  fig('five', 5, 'orders_granted', 'Northshire', 'orders granted'),
  fig('249', 249, 'orders_granted', 'England', 'orders granted'),
  fig('12', 12, 'orders_applied', 'Eastmoor', 'orders applied for'),
  fig('312', 312, 'victims', 'Northshire', 'victims who called the helpline'),
];

describe('brief editor support', () => {
  it('a template suggests the figures of its metrics, for the main area and the nation', () => {
    const ids = suggestFigures(library, 'spo-uptake').map((f) => f.text);
    expect(ids).toEqual(['2,041', 'six', 'five', '249']);
    expect(suggestFigures(library, 'blank')).toEqual([]);
  });

  it('keeps the user’s section order and opening paragraph through a recompose', () => {
    const first = composeBrief(library.slice(0, 4), {
      template: 'spo-uptake', now, sections: ['caveats', 'headline'], intro: 'Our group has tracked these orders since 2020.',
    });
    const headings = first.narrative.filter((b) => b.kind === 'heading').map((b) => b.id);
    expect(headings.slice(0, 2)).toEqual(['h-caveats', 'h-headline']);
    expect(first.narrative[0]).toMatchObject({ id: 'b-intro', kind: 'paragraph', text: 'Our group has tracked these orders since 2020.' });
    const choices = editorChoices(first);
    expect(choices.intro).toBe('Our group has tracked these orders since 2020.');
    const again = composeBrief(library.slice(0, 4), { template: 'spo-uptake', now, ...choices });
    expect(again.narrative).toEqual(first.narrative);
  });
});
