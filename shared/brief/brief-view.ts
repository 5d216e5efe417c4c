// What every renderer needs from a Brief, worked out once: sources by number, figures and
// comparisons by id, headings for comparison kinds, and the chart's data.
import type { Brief, Comparison, Figure } from '../model.ts';
import { longDate, sourceDate } from './caveats.ts';
import { groupFigures } from './grouping.ts';
import { metricLabel } from './metrics.ts';
import { periodName } from './periods.ts';
import { sourceList, sourceNumbers, type SourceEntry } from './sources.ts';

export const KIND_LABELS: Record<string, string> = {
  per_1000: 'Orders applied for per 1,000 incidents',
  per_order: 'Incidents per order applied for',
  grant_rate: 'Grant rate (granted of applied for)',
  charge_rate: 'Charge rate (charged of incidents)',
  change: 'Change between periods',
  area_vs_area: 'Area against area',
  vs_national: 'Share of the national figure',
  league: 'League table',
  check_rate: 'Stated rate against its parts',
  check_change: 'Stated change against its parts',
  check_total: 'Stated total against its parts',
  check_share: 'Stated percentage against its sentence',
  check_per_1000: 'Stated rate per 1,000 against its parts',
};

export const STATUS_LABELS: Record<Comparison['status'], string> = {
  info: '',
  matches: 'Matches',
  mismatch: 'Does not match',
  unknown: 'Cannot be checked',
};

export interface ChartBar {
  label: string;
  value: number;
}

export interface ChartGroup {
  label: string;
  bars: ChartBar[];
}

export interface BriefView {
  brief: Brief;
  sources: SourceEntry[];
  figure: (id: string) => Figure | undefined;
  comparison: (id: string) => Comparison | undefined;
  sourceRefs: (figureIds: string[]) => number[];
  chart: (figureIds: string[]) => ChartGroup[];
}

const CHART_ORDER = ['incidents', 'orders_applied', 'orders_granted'];

export function briefView(brief: Brief): BriefView {
  const figures = new Map(brief.figures.map((f) => [f.id, f]));
  const comparisons = new Map(brief.comparisons.map((c) => [c.id, c]));
  const sources = sourceList(brief.figures);
  return {
    brief,
    sources,
    figure: (id) => figures.get(id),
    comparison: (id) => comparisons.get(id),
    sourceRefs: (ids) => sourceNumbers(sources, ids.map((id) => figures.get(id)).filter((f): f is Figure => f !== undefined)),
    chart: (ids) =>
      groupFigures(ids.map((id) => figures.get(id)).filter((f): f is Figure => f !== undefined)).map((g) => ({
        label: [g.area, periodName(g.period)].filter(Boolean).join(', '),
        bars: CHART_ORDER.flatMap((m) => g.figures.filter((f) => f.metric === m).slice(0, 1).map((f) => ({ label: metricLabel(m), value: f.value }))),
      })),
  };
}

/** "Northern Gazette, published 4 March 2021, accessed 5 March 2021". */
export function sourceDetails(e: SourceEntry): string {
  const s = e.source;
  const d = sourceDate(s);
  return [s.publisher || s.publicBody, s.reference ? `ref. ${s.reference}` : '', s.author, d ? `${s.repliedAt ? 'replied' : 'published'} ${longDate(d)}` : 'date not known', `accessed ${longDate(e.accessed)}`]
    .filter(Boolean)
    .join(', ');
}

export interface QuoteSegment {
  text: string;
  mark: boolean;
}

/** Where a figure's clipped span sits in its sentence, found with the quote's prefix: [start, end] or null. */
function spanIn(sentence: string, f: Figure): [number, number] | null {
  const exact = f.quote.exact;
  if (!exact) return null;
  const withPrefix = f.quote.prefix ? sentence.indexOf(f.quote.prefix + exact) : -1;
  const at = withPrefix >= 0 ? withPrefix + f.quote.prefix.length : sentence.indexOf(exact);
  return at >= 0 ? [at, at + exact.length] : null;
}

/**
 * The page's words for some figures, one entry per sentence, with each clipped span marked. Two
 * figures from one sentence share one quotation.
 */
export function quoteSegments(figures: Figure[]): QuoteSegment[][] {
  const bySentence = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = f.sentence || `${f.quote.prefix}\u0000${f.quote.exact}\u0000${f.quote.suffix}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), f]);
  }
  const out: QuoteSegment[][] = [];
  for (const [key, figs] of bySentence) {
    if (!figs[0]!.sentence) {
      const f = figs[0]!;
      out.push([
        { text: f.quote.prefix ? `…${f.quote.prefix}` : '', mark: false },
        { text: f.quote.exact, mark: true },
        { text: f.quote.suffix ? `${f.quote.suffix}…` : '', mark: false },
      ].filter((x) => x.text));
      continue;
    }
    const spans = figs
      .map((f) => spanIn(key, f))
      .filter((x): x is [number, number] => x !== null)
      .sort((a, b) => a[0] - b[0]);
    const segs: QuoteSegment[] = [];
    let pos = 0;
    for (const [a, b] of spans) {
      if (a < pos) continue; // overlapping spans: the first one marked wins
      if (a > pos) segs.push({ text: key.slice(pos, a), mark: false });
      segs.push({ text: key.slice(a, b), mark: true });
      pos = b;
    }
    if (pos < key.length) segs.push({ text: key.slice(pos), mark: false });
    out.push(segs);
  }
  return out;
}

export function chartDescription(groups: ChartGroup[]): string {
  return (
    'Bar chart of incidents against orders applied for and granted, all on one scale. ' +
    groups.map((g) => `${g.label}: ${g.bars.map((b) => `${new Intl.NumberFormat('en-GB').format(b.value)} ${b.label}`).join(', ')}.`).join(' ')
  );
}
