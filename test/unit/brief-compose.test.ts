// Composing a whole brief: the seed-like Northshire story, templates, overrides, caveats.
import { describe, expect, it } from 'vitest';
import { composeBrief, figureId, templateNames, TEMPLATES } from '../../shared/brief/index.ts';
import { BriefSchema, FigureSchema } from '../../shared/model.ts';
import { NOW, YEAR_2019_20, fig, seedDoc, seedFigures } from '../fixtures/briefs/figures.ts';

const seed = () => composeBrief(seedFigures(), { template: 'spo-uptake', now: NOW });

describe('the seed-like brief (Northshire)', () => {
  it('parses with BriefSchema and keeps every figure as a snapshot with a deterministic id', () => {
    const b = seed();
    expect(() => BriefSchema.parse(b)).not.toThrow();
    expect(b.figures).toHaveLength(11);
    for (const f of b.figures) expect(() => FigureSchema.parse(f)).not.toThrow();
    const doc = seedDoc();
    const first = doc.figures[0] as { quote: { exact: string; prefix: string; suffix: string }; value: number };
    expect(b.figures[0]!.id).toBe(figureId(doc.source.url as string, first.quote, first.value));
    expect(b.figures[0]!.createdAt).toBe(NOW);
    expect(b.createdAt).toBe(NOW);
    expect(b.updatedAt).toBe(NOW);
    expect(composeBrief(seedFigures(), { template: 'spo-uptake', now: NOW })).toEqual(b);
  });

  it('shows 2.9 per 1,000, 83% granted and +43% on the previous year', () => {
    const b = seed();
    const by = (kind: string) => b.comparisons.filter((c) => c.kind === kind);
    // 6 ÷ 2,041 × 1,000 = 2.94 → 2.9
    expect(by('per_1000')[0]!.text).toBe(
      'In Northshire, police applied for 6 Stalking Protection Orders against 2,041 stalking incidents in the nine months to December 2020: fewer than 3 for every 1,000 (2.9 per 1,000). [1]',
    );
    // 5 ÷ 6 = 83.3% → 83%
    expect(by('grant_rate')[0]!.result).toBe('83% granted');
    // (2,041 − 1,426) ÷ 1,426 = 43.1% → +43%
    const change = by('change').find((c) => c.text.startsWith('Stalking incidents'))!;
    expect(change.result).toBe('+43% (+615)');
    // 5 ÷ 249 = 2.0% of England's orders granted
    expect(by('vs_national')[0]!.result).toBe('2.0% of England');
  });

  it('checks both stated charge rates against their parts', () => {
    const checks = seed().comparisons.filter((c) => c.kind === 'check_rate');
    expect(checks.map((c) => [c.status, c.formula])).toEqual([
      ['matches', '110 ÷ 1,426 × 100'], // 7.7139 → 7.71
      ['matches', '102 ÷ 2,041 × 100'], // 4.9976 → 5
    ]);
  });

  it('carries the nine-months caveat, the period-length caveat and the annualised label', () => {
    const caveats = seed().caveats.join('\n');
    expect(caveats).toContain('The count of 2,041 stalking incidents reported (Northshire) covers nine months (the nine months to December 2020), not a full year');
    expect(caveats).toContain('the nine months to December 2020 covers nine months and the previous year covers 12 months');
    expect(caveats).toContain('annualised (an estimate that assumes a steady rate, not a recorded figure)');
    expect(caveats).toContain('Stalking Protection Orders came into force on 20 January 2020');
    expect(caveats).not.toMatch(/more than a year before this brief/);
  });

  it('merges a repeated mention (the second 2,041) for comparisons but keeps it as a snapshot', () => {
    const b = seed();
    expect(b.figures.filter((f) => f.value === 2041)).toHaveLength(2);
    expect(b.comparisons.filter((c) => c.kind === 'per_1000')).toHaveLength(1);
  });

  it('warns about a source older than a year', () => {
    const b = composeBrief(seedFigures(), { template: 'blank', now: '2026-11-29T00:00:00Z' });
    expect(b.caveats.join('\n')).toContain('Source [1] dates from 4 March 2021, more than a year before this brief');
  });

  it('lays out the narrative in the template’s order, leading with its comparisons', () => {
    const b = seed();
    expect(b.narrative.filter((n) => n.kind === 'heading').map((n) => n.text)).toEqual([
      'Headline figures',
      'Key points',
      'Incidents and orders',
      'Comparisons',
      'Checks on stated figures',
      'Caveats',
      'Sources',
    ]);
    const points = b.narrative.filter((n) => n.kind === 'paragraph').map((n) => b.comparisons.find((c) => c.id === n.refs[0])!.kind);
    expect(points.slice(0, 3)).toEqual(['per_1000', 'grant_rate', 'change']);
  });
});

describe('templates', () => {
  it.each(templateNames())('%s sets a title, an ask, its section order and leading comparison', (name) => {
    const b = composeBrief(seedFigures(), { template: name, now: NOW });
    const t = TEMPLATES[name]!;
    expect(b.template).toBe(name);
    expect(b.title).toBe(t.title('Northshire'));
    expect(b.ask).toBe(t.ask('Northshire'));
    const headings = b.narrative.filter((n) => n.kind === 'heading').map((n) => n.id.replace(/^h-/, ''));
    expect(headings).toEqual(t.sections);
    const firstPoint = b.narrative.find((n) => n.kind === 'paragraph')!;
    const leadKind = b.comparisons.find((c) => c.id === firstPoint.refs[0])!.kind;
    expect(leadKind).toBe(t.lead.find((k) => b.comparisons.some((c) => c.kind === k)));
  });

  it('titles: the SPO template names the area; stalkers register and Bail Act lead differently', () => {
    expect(composeBrief(seedFigures(), { template: 'spo-uptake', now: NOW }).title).toBe('Stalking Protection Orders in Northshire: how often police use them');
    expect(composeBrief(seedFigures(), { template: 'stalkers-register', now: NOW }).title).toBe('The case for a stalkers register: Northshire');
    expect(composeBrief(seedFigures(), { template: 'bail-act', now: NOW }).ask).toContain('Bail Act 1976');
    expect(composeBrief(seedFigures(), { template: 'blank', now: NOW }).ask).toBe('');
  });

  it('rejects an unknown template with the valid names', () => {
    expect(() => composeBrief(seedFigures(), { template: 'nope', now: NOW })).toThrow(/unknown template "nope" \(choose from spo-uptake, stalkers-register, bail-act, blank\)/);
  });

  it('takes a title, audience and ask from the caller', () => {
    const b = composeBrief(seedFigures(), { template: 'blank', now: NOW, title: 'For Jo', audience: 'Jo Bloggs MP', ask: 'Meet us' });
    expect([b.title, b.audience, b.ask]).toEqual(['For Jo', 'Jo Bloggs MP', 'Meet us']);
  });
});

describe('pairing overrides', () => {
  const inc = fig({ value: 2041, id: 'inc' });
  const app = fig({ value: 6, id: 'app', metric: 'orders_applied', measure: 'orders applied for' });
  const stray = fig({ value: 9, id: 'stray', metric: 'orders_applied', measure: 'orders applied for', period: YEAR_2019_20 });

  it('excluding a figure leaves it out of every comparison but keeps its snapshot', () => {
    const b = composeBrief([inc, app], { now: NOW, overrides: { exclude: ['app'] } });
    expect(b.figures.map((f) => f.id)).toEqual(['inc', 'app']);
    expect(b.comparisons.some((c) => c.figureIds.includes('app'))).toBe(false);
  });

  it('re-dating a figure moves it into another group', () => {
    const before = composeBrief([inc, stray], { now: NOW });
    expect(before.comparisons.some((c) => c.kind === 'per_1000')).toBe(false);
    const after = composeBrief([inc, stray], { now: NOW, overrides: { period: { stray: inc.period } } });
    const c = after.comparisons.find((x) => x.kind === 'per_1000')!;
    expect(c.result).toBe('4.4 per 1,000'); // 9 ÷ 2,041 × 1,000 = 4.41
  });

  it('re-keying a metric pairs a figure the finder left unclassified', () => {
    const odd = fig({ value: 6, id: 'odd', metric: '', measure: 'applications' });
    const b = composeBrief([inc, odd], { now: NOW, overrides: { metric: { odd: 'orders_applied' } } });
    expect(b.comparisons.find((c) => c.kind === 'per_1000')!.figureIds).toEqual(['odd', 'inc']);
  });

  it('marks two figures as the same statistic', () => {
    const again = fig({ value: 2000, id: 'again', qualifier: 'over' });
    const b = composeBrief([inc, again, app], { now: NOW, overrides: { same: [['inc', 'again']] } });
    expect(b.caveats.join(' ')).not.toContain('over 2,000');
  });
});

describe('caveats in words', () => {
  it('flags different areas, qualifiers and figures with no period', () => {
    const b = composeBrief(
      [
        fig({ value: 2000, qualifier: 'nearly', id: 'i' }),
        fig({ value: 6, id: 'a', metric: 'orders_applied', measure: 'orders applied for' }),
        fig({ value: 40, id: 'x', metric: 'arrests', measure: 'arrests', period: null }),
      ],
      { now: NOW },
    );
    const text = b.caveats.join('\n');
    expect(text).toContain('“nearly 2,000” is approximate');
    expect(text).toContain('No stated period for 40 arrests (Northshire)');
  });

  it('an empty input still makes a valid brief', () => {
    const b = composeBrief([], { now: NOW });
    expect(b.title).toBe('Figures');
    expect(b.comparisons).toEqual([]);
    expect(() => BriefSchema.parse(b)).not.toThrow();
  });

  it('rejects an invalid figure with a zod error naming the field', () => {
    expect(() => composeBrief([{ ...seedFigures()[0]!, value: 'six' } as never], { now: NOW })).toThrow(/value/);
  });
});
