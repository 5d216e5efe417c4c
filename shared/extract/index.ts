// The figure finder's public entry: a page (HTML or plain text) in, its source metadata and the
// figures a campaigner would clip out, in reading order. Pure: no DOM, no I/O; never throws.
import type { FoundFigure, Period, Source } from '../model.ts';
import { looksLikeHtml, parseHtml, parseText, type Block, type PageParts } from './html-blocks.ts';
import { CandidatePool, findCandidates, type Candidate } from './find.ts';
import { blockSpans, newBlockSpans, type BlockSpans, type Span } from './sentences.ts';
import { findPeriods, resolvePeriod, type PeriodSpan } from './periods.ts';
import { buildAreaIndex, constituencyOf, findAreas, type AreaIndex, type AreaSpan } from './areas.ts';
import { measureFor, type MeasureContext } from './measure.ts';
import { wordsIn, WordPool, type W } from './words.ts';
import { metricFor } from './metrics.ts';
import { quoteFor } from './quote.ts';
import { sourceFrom } from './source-meta.ts';
import { tableFigures } from './tables.ts';

export { findCandidates } from './find.ts';
export { tokenize } from './numbers.ts';
export { findPeriods, resolvePeriod } from './periods.ts';
export { sourceFrom, guessKind } from './source-meta.ts';
export { quoteFor, locateQuote } from './quote.ts';
export { metricFor } from './metrics.ts';
export { parseHtml, parseText, looksLikeHtml } from './html-blocks.ts';

export interface ExtractOptions {
  url?: string;
  now?: Date;
}
export interface ExtractResult {
  source: Source;
  figures: FoundFigure[];
}
export interface TextContext {
  published?: string | null; // YYYY-MM-DD, for relative periods
  area?: string; // the page's own area, for "the county"
  period?: string; // a default period label
}

const MAX_FIGURES = 20_000;
// FOI boilerplate: the cost limit (£450/£600, 18/24 hours) is law, not a statistic.
const BOILERPLATE_RE = /\bappropriate limit\b|\bcost limit\b|\bfees regulations\b|\bsection 12\b.{0,60}\bFreedom of Information\b/i;

function emptySource(url: string | undefined): Source {
  return { url: url ?? '', title: '', publisher: '', author: '', published: null, modified: null, kind: 'other', capturedAt: null, publicBody: '', reference: '', repliedAt: null };
}

function isoDay(d: Date): string | null {
  const t = d.getTime();
  return Number.isFinite(t) ? d.toISOString().slice(0, 10) : null;
}

/** Index of the first of xs[0, n) at or after pos. */
function lowerBoundNum(xs: number[], pos: number, n: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Clause bounds around [start, end) inside a sentence, written into `out`: the nearest breaks either
 * side; a conjunction between the clause start and the figure opens a new clause, one after it closes it. */
function clauseOf(br: BlockSpans, sent: Span, start: number, end: number, out: Span): Span {
  const pi = lowerBoundNum(br.punct, start, br.nPunct);
  let a = pi > 0 ? br.punct[pi - 1]! + 1 : sent.start;
  const pj = lowerBoundNum(br.punct, end, br.nPunct);
  let b = pj < br.nPunct ? br.punct[pj]! : sent.end;
  a = Math.max(a, sent.start);
  b = Math.min(b, sent.end);
  const ci = lowerBound(br.conj, start, br.nConj);
  if (ci > 0) {
    const cj = br.conj[ci - 1]!;
    if (cj.start >= a && cj.end <= start) a = cj.end;
  }
  const ck = lowerBound(br.conj, end, br.nConj);
  if (ck < br.nConj && br.conj[ck]!.start < b) b = br.conj[ck]!.start;
  out.start = a;
  out.end = b;
  return out;
}

/** A resolved period label, and whether it is "the previous year" of whatever came before. */
interface KnownPeriod {
  period: Period;
  previous: boolean;
}

function copyPeriod(p: Period): Period {
  return { label: p.label, start: p.start, end: p.end };
}

interface PageContext {
  published: string | null;
  resolved: (label: string) => KnownPeriod;
  areas: AreaIndex;
  defaultPeriod: string;
  words: WordPool; // one sentence's words at a time: the previous sentence's are done with
  candidates: CandidatePool; // one block's candidates at a time
  phrases: PhraseLookup; // the block's period and area phrases
  spans: BlockSpans; // the block's sentences and clause breaks
}

/** Index of the first span of xs[0, n) starting at or after pos. */
function lowerBound(xs: { start: number }[], pos: number, n = xs.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A period right before a bracketed figure belongs to it: "the year ending March 2020 (5,200 offences)". */
function bracketed(s: string, p: PeriodSpan, c: Candidate): boolean {
  // also "the previous year's total of 1,426": the base period owns the figure after it
  return (c.start - p.end < 8 && /^\s*\(\s*$/.test(s.slice(p.end, c.start))) || (c.start - p.end < 24 && /^['’]s [a-z]+ of $/.test(s.slice(p.end, c.start)));
}

const LOOK = 64; // spans examined either side of a figure: bounded work per figure

function pickPeriod(s: string, ps: PeriodSpan[], clause: Span, sent: Span, c: Candidate, nextStart: number): PeriodSpan | null {
  const at = lowerBound(ps, c.end);
  for (let i = at; i < ps.length && i < at + LOOK; i++) {
    const p = ps[i]!;
    if (p.start >= Math.min(clause.end, nextStart)) break;
    if (!p.base) return p;
  }
  const before = lowerBound(ps, c.start) - 1;
  for (let i = before; i >= 0 && i > before - LOOK; i--) {
    const p = ps[i]!;
    if (p.start < clause.start) break;
    if (p.end <= c.start && (!p.base || bracketed(s, p, c))) return p;
  }
  // ", carried out … in February 2022": a participle clause still describes the figure.
  if (s[clause.end] === ',' && /^,\s+(?!based\b)[a-z]+ed\b/.test(s.slice(clause.end, clause.end + 30))) {
    for (let i = lowerBound(ps, clause.end); i < ps.length && i < at + LOOK; i++) {
      const p = ps[i]!;
      if (p.start >= Math.min(sent.end, nextStart)) break;
      if (!p.base) return p;
    }
  }
  for (let i = before; i >= 0 && i > before - LOOK; i--) {
    const p = ps[i]!;
    if (p.start < sent.start) break;
    if (p.end <= c.start && (!p.base || bracketed(s, p, c))) return p;
  }
  // An earlier sentence of the same paragraph ("… since the orders came into force. This means that 83% …").
  for (let i = before; i >= 0 && i > before - LOOK; i--) {
    const p = ps[i]!;
    if (p.end <= sent.start && !p.base) return p;
  }
  return null;
}

function pickArea(as: AreaSpan[], clause: Span, sent: Span, c: Candidate, nextStart: number): string {
  const at = lowerBound(as, c.end);
  for (let i = at; i < as.length && i < at + LOOK; i++) {
    if (as[i]!.start >= Math.min(clause.end, nextStart)) break;
    return as[i]!.name;
  }
  const before = lowerBound(as, c.start) - 1;
  for (let i = before; i >= 0 && i > before - LOOK; i--) {
    const a = as[i]!;
    if (a.start < clause.start) break;
    if (a.end <= c.start) return a.name;
  }
  for (let i = before; i >= 0 && i > before - LOOK; i--) {
    const a = as[i]!;
    if (a.start < sent.start) break;
    if (a.end <= c.start) return a.name;
  }
  if (at < as.length && as[at]!.start < sent.end) return as[at]!.name;
  for (let i = before; i >= 0 && i > before - LOOK; i--) if (as[i]!.end <= c.start) return as[i]!.name;
  return '';
}

const PREVIOUS_RE = /^(?:the )?(?:(?:previous|preceding|prior) (?:year|12 months|twelve months|financial year)|year before|same period (?:last|a) year)$/i;

function shiftYear(d: string | null): string | null {
  if (!d) return null;
  const y = +d.slice(0, 4) - 1;
  let rest = d.slice(4);
  if (rest === '-02-29') rest = '-02-28';
  return `${y}${rest}`;
}

interface MeasureState {
  lastPeriod?: Period | null;
  prevMeasure: string;
  prevCore: string;
  prevUnit: string;
  lastCountMeasure: string;
  lastRateMeasure: string;
}

/** Index of the span starting exactly at pos in spans sorted by start (the first such), or -1. */
function spanAt(xs: Span[], pos: number): number {
  const i = lowerBound(xs, pos);
  return i < xs.length && xs[i]!.start === pos ? i : -1;
}

/**
 * Where a period or area phrase starts, and where it ends (a period's end first), in the block being
 * read, by binary search in its sorted spans: no per-block maps. One set of lookups per page, pointed
 * at each block's spans in turn, so that a block costs no closures.
 */
class PhraseLookup {
  periods: PeriodSpan[] = [];
  areas: AreaSpan[] = [];
  readonly blocked = (pos: number): boolean => spanAt(this.periods, pos) >= 0 || spanAt(this.areas, pos) >= 0;
  readonly periodAt = (pos: number): boolean => spanAt(this.periods, pos) >= 0;
  readonly blockedEnd = (pos: number): number => {
    const p = spanAt(this.periods, pos);
    if (p >= 0) return this.periods[p]!.end;
    const a = spanAt(this.areas, pos);
    return a >= 0 ? this.areas[a]!.end : pos;
  };
}

function blockFigures(b: Block, page: PageContext, state: MeasureState, out: FoundFigure[]): void {
  const s = b.text;
  const cands = findCandidates(s, page.candidates);
  const nc = page.candidates.count; // (cands may hold an earlier block's candidates past nc)
  if (!nc) return;
  const breaks = blockSpans(s, page.spans);
  const sents = breaks.sents;
  const nSents = breaks.nSents;
  const clause: Span = { start: 0, end: 0 };
  const periods = findPeriods(s);
  const areas = findAreas(s, page.areas, b.speaker);
  const phrases = page.phrases;
  phrases.periods = periods;
  phrases.areas = areas;
  // One measure context per block, updated per figure (measureFor only reads it during the call).
  const mctx: MeasureContext = {
    s, sentStart: 0, sentEnd: 0, prevMeasure: '', prevCore: '', prevEnd: -1, prevUnit: '', lastCountMeasure: '',
    lastRateMeasure: '', blocked: phrases.blocked, blockedEnd: phrases.blockedEnd, periodAt: phrases.periodAt, words: undefined,
  };
  let si = 0;
  let cachedSi = -1;
  let words: W[] = [];
  let boiler = false;
  let blockBoiler: boolean | undefined;
  let sentenceText = '';
  for (let i = 0; i < nc && out.length < MAX_FIGURES; i++) {
    const c = cands[i]!;
    while (si < nSents - 1 && sents[si]!.end <= c.start) si++;
    const sent = si < nSents ? sents[si]! : { start: 0, end: s.length };
    if (si !== cachedSi) {
      cachedSi = si;
      // Words of the sentence once for all its figures; a runaway sentence is windowed per figure.
      const long = sent.end - sent.start > 4000;
      sentenceText = long ? '' : s.slice(sent.start, sent.end);
      words = long ? [] : wordsIn(s, sent.start, sent.end, page.words);
      // A sentence can hold boilerplate only if its block does (a sentence ends at a space or the
      // block's end, so word boundaries agree): one test per block for most blocks.
      blockBoiler ??= BOILERPLATE_RE.test(s);
      boiler = long ? BOILERPLATE_RE.test(s.slice(sent.start, sent.start + 4000)) : blockBoiler && BOILERPLATE_RE.test(sentenceText);
    }
    const sentence = sentenceText || s.slice(Math.max(sent.start, c.start - 300), Math.min(sent.end, c.end + 300));
    if (boiler) continue;
    clauseOf(breaks, sent, c.start, c.end, clause);
    const nextStart = i + 1 < nc ? cands[i + 1]!.start : s.length;
    const prev = i > 0 ? cands[i - 1]! : null;
    mctx.sentStart = sent.start;
    mctx.sentEnd = sent.end;
    mctx.prevMeasure = state.prevMeasure;
    mctx.prevCore = state.prevCore;
    mctx.prevEnd = prev ? prev.end : -1;
    mctx.prevUnit = state.prevUnit;
    mctx.lastCountMeasure = state.lastCountMeasure;
    mctx.lastRateMeasure = state.lastRateMeasure;
    mctx.words = words.length ? words : undefined;
    let m: { measure: string; core: string };
    try {
      // A range shares one measure, read after its upper end: "between 20 and 30 officers".
      m = measureFor(c.rangeWith === i + 1 ? cands[i + 1]! : c, mctx);
    } catch {
      m = { measure: state.prevMeasure, core: state.prevCore };
    }
    if (c.rangeWith >= 0 && c.rangeWith === i - 1 && out.length) m = { measure: out[out.length - 1]!.measure, core: state.prevCore };
    let measure = m.measure.includes('  ') || m.measure.startsWith(' ') || m.measure.endsWith(' ') ? m.measure.replace(/\s+/g, ' ').trim() : m.measure;
    if (c.unit === 'rate' && c.rateBase && !/\bper\b/.test(measure)) {
      measure = measure && c.rateBase.startsWith(measure) ? c.rateBase : `${measure} ${c.rateBase}`.trim();
    }
    if (c.unit === 'other' && c.duration && !measure) measure = '';
    const p = pickPeriod(s, periods, clause, sent, c, nextStart);
    const periodLabel = p ? p.label : page.defaultPeriod;
    const known = periodLabel ? page.resolved(periodLabel) : null;
    let period = known ? copyPeriod(known.period) : null;
    // "the previous year", "the year before": one year before the period the text was just talking about.
    if (period && state.lastPeriod && known!.previous) {
      period = { label: period.label, start: shiftYear(state.lastPeriod.start), end: shiftYear(state.lastPeriod.end) };
    } else if (period && period.start && period.end) {
      state.lastPeriod = period;
    }
    const area = pickArea(areas, clause, sent, c, nextStart) || page.areas.pageArea;
    const text = s.slice(c.start, c.end);
    out.push({
      text: text.slice(0, 300),
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier.slice(0, 60),
      measure: measure.slice(0, 300),
      metric: metricFor(measure, c.unit),
      area: area.slice(0, 200),
      period,
      quote: quoteFor(s, c.start, c.end, text),
      sentence: sentence.slice(0, 5000),
      total: false,
    });
    if (measure) {
      state.prevMeasure = measure;
      state.prevCore = m.core || measure;
      if (c.unit === 'count') state.lastCountMeasure = measure;
      if (measure.length > 5 && measure.includes('rate') && /\brate\b/i.test(measure)) state.lastRateMeasure = measure;
    }
    state.prevUnit = c.unit;
  }
}

function norm(t: string): string {
  return t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function defaultPeriodOf(texts: string[]): string {
  for (const t of texts) {
    for (const p of findPeriods(t.slice(0, 400))) {
      if (/^(a|per|each|every|over|since)\b/i.test(p.label)) continue;
      return p.label;
    }
  }
  return '';
}

function figuresOf(parts: PageParts, source: Source, now: Date | undefined): FoundFigure[] {
  const published = source.repliedAt ?? source.published ?? (now ? isoDay(now) : null);
  const texts = parts.blocks.map((b) => b.text);
  // Debate speakers' constituencies ("Jane Member (Eastmoor North) (Lab)") are places too.
  const constituencies = new Set<string>();
  for (const b of parts.blocks) if (b.speaker && constituencies.size < 200) constituencies.add(constituencyOf(b.speaker));
  constituencies.delete('');
  const areas = buildAreaIndex(`${source.title} ${parts.title}`, texts, [...constituencies]);
  // An FOI reply's own body ("Eastmoor Constabulary") is the page's area.
  const bm = /^([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?) (?:Police|Constabulary|County Council|Council)\b/.exec(source.publicBody);
  if (bm) areas.pageArea = bm[1]!;
  const headings = parts.blocks.filter((b) => b.kind === 'heading').slice(0, 2).map((b) => b.text);
  // Each label resolved once per page; every figure gets its own copy.
  const periodCache = new Map<string, KnownPeriod>();
  const resolved = (label: string): KnownPeriod => {
    let k = periodCache.get(label);
    if (!k) {
      const period = resolvePeriod(label, published);
      const l = period.label;
      const previous = (l.includes('previous') || l.includes('before') || l.includes('same') || l.includes('preceding') || l.includes('prior')) && PREVIOUS_RE.test(l);
      k = { period, previous };
      periodCache.set(label, k);
    }
    return k;
  };
  const resolve = (label: string): Period => copyPeriod(resolved(label).period);
  // Is a table's row label a place? Asked once per label, not once per cell.
  const areaLabels = new Map<string, boolean>();
  const isArea = (name: string): boolean => {
    let yes = areaLabels.get(name);
    if (yes === undefined) {
      yes = findAreas(name, areas, undefined).some((a) => a.start === 0 && a.end >= name.trim().length - 1);
      if (areaLabels.size < 5000) areaLabels.set(name, yes);
    }
    return yes;
  };
  const page: PageContext = { published, resolved, areas, defaultPeriod: defaultPeriodOf([source.title, parts.title, ...headings]), words: new WordPool(), candidates: new CandidatePool(), phrases: new PhraseLookup(), spans: newBlockSpans() };
  const out: FoundFigure[] = [];
  const state: MeasureState = { prevMeasure: '', prevCore: '', prevUnit: '', lastCountMeasure: '', lastRateMeasure: '' };
  const titleKey = norm(source.title);
  for (const b of parts.blocks) {
    if (out.length >= MAX_FIGURES) break;
    // A headline that repeats the page title restates the story; its figures are offered from the body.
    if (b.kind === 'heading' && titleKey && norm(b.text) === titleKey) continue;
    try {
      if (b.kind === 'table' && b.table) {
        let area = areas.pageArea;
        const cap = findAreas(b.table.caption, areas, undefined);
        if (cap.length) area = cap[0]!.name;
        const figs = tableFigures(b.table, { area, published, pageTitle: source.title, isArea, resolve });
        for (let i = 0; i < figs.length && out.length < MAX_FIGURES; i++) out.push(figs[i]!);
      } else {
        blockFigures(b, page, state, out);
      }
    } catch {
      // One odd block never spoils the page.
    }
  }
  return out;
}

/** Find every figure in a page. `html` may be HTML or plain text (paragraphs split on blank lines). */
export function extractPage(html: string, options: ExtractOptions = {}): ExtractResult {
  try {
    const input = typeof html === 'string' ? html : String(html ?? '');
    const parts = looksLikeHtml(input) ? parseHtml(input) : parseText(input);
    const source = sourceFrom(parts, options.url);
    return { source, figures: figuresOf(parts, source, options.now) };
  } catch {
    return { source: emptySource(options.url), figures: [] };
  }
}

/** Figures in plain text (pasted into the PWA), with optional page context. */
export function extractText(text: string, context: TextContext = {}): FoundFigure[] {
  try {
    const parts = parseText(text);
    const source: Source = { ...emptySource(undefined), published: context.published ?? null };
    const figures = figuresOf(parts, source, undefined);
    if (context.area || context.period) {
      for (const f of figures) {
        if (context.area && !f.area) f.area = context.area;
        if (context.period && !f.period) f.period = resolvePeriod(context.period, context.published ?? null);
      }
    }
    return figures;
  } catch {
    return [];
  }
}
