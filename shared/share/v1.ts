// Share-link format version 1: the compact JSON inside the compressed payload. FROZEN: links made
// with it must open in every later version of ClipBrief, so change nothing here; a new layout is a
// new version (v2.ts) beside this one, and the decoder keeps both.
//
// Payload (one JSON object; keys are short because every byte counts in a link):
//   c  createdAt                      u  updatedAt (absent: = c)
//   m  template name                  i  id (absent: composeBrief's own id for these figures)
//   t  title, a audience, k ask       (absent: the template's own, as composeBrief makes them)
//   s  sources: [url, title, publisher, author, published, modified, kind, capturedAt,
//                publicBody, reference, repliedAt]            (trailing defaults left off)
//   p  periods: [label, start, end]
//   f  figures: [text, value, unit, measure, quote, sentence, source#, period# | null,
//                metric, area, qualifier, id | null, extras]  (trailing defaults left off)
//        quote: [at, prefixLength, suffixLength, exactLength?] when prefix + exact + suffix
//               are found in the sentence at `at` (exact defaults to the figure's text),
//               else [exact, prefix, suffix]
//        id null: figureId(source url, quote, value), the id the finder gives a clip
//        extras: {t: total, c: createdAt, u: updatedAt (default: the brief's createdAt),
//                 d: deleted, o: topic, v: verified, n: notes, g: tags}
//   and one of:
//   h  recompose: comparisons, narrative and caveats are left out and made again on open by
//      composeBrief(figures, {template, now: w ?? u ?? c, id, title, audience, ask, sections: o,
//      intro: n}); h is hash53 of the JSON of [comparisons, narrative, caveats] as sent, so a
//      later ClipBrief whose arithmetic or wording differs can tell (the brief still opens).
//   x  explicit: [comparisons, narrative, caveats] as the Brief has them.
//   r  raw: the whole Brief record (the last resort when neither of the above is exact).
import { z } from 'zod';
import { composeBrief } from '../brief/compose.ts';
import { figureId } from '../brief/figures.ts';
import { hash53 } from '../brief/hash.ts';
import type { SectionName } from '../brief/templates.ts';
import type { Brief, Figure, Period, Source } from '../model.ts';

const str = z.string().max(20000);
const time = z.string().max(40);
const nullableStr = z.string().max(40).nullable();
const index = z.number().int().min(0).max(1000);

const SourceV1 = z.tuple([
  z.string().max(5000),
  str.optional(),
  str.optional(),
  str.optional(),
  nullableStr.optional(),
  nullableStr.optional(),
  z.string().max(40).optional(),
  nullableStr.optional(),
  str.optional(),
  str.optional(),
  nullableStr.optional(),
]);
const PeriodV1 = z.tuple([str, nullableStr, nullableStr]);
const QuoteV1 = z.union([
  z.tuple([index.max(100000), index.max(100000), index.max(100000), index.max(100000).optional()]),
  z.tuple([str, str, str]),
]);
const ExtrasV1 = z
  .object({
    t: z.literal(1),
    c: time,
    u: time,
    d: z.literal(1),
    o: str,
    v: z.literal(1),
    n: str,
    g: z.array(z.string().max(200)).max(100),
  })
  .partial()
  .strict();
const FigureV1 = z.tuple([
  z.string().max(1000),
  z.number(),
  z.string().max(40),
  z.string().max(1000),
  QuoteV1,
  str,
  index,
  index.nullable(),
  z.string().max(200).optional(),
  z.string().max(500).optional(),
  z.string().max(200).optional(),
  z.string().max(200).nullable().optional(),
  ExtrasV1.optional(),
]);

const PackedV1Schema = z
  .object({
    c: time,
    u: time.optional(),
    w: time.optional(),
    m: z.string().max(100),
    i: z.string().max(200).optional(),
    t: z.string().max(1000).optional(),
    a: z.string().max(1000).optional(),
    k: str.optional(),
    o: z.array(z.string().max(40)).max(20).optional(),
    n: str.optional(),
    s: z.array(SourceV1).max(500),
    p: z.array(PeriodV1).max(1000),
    f: z.array(FigureV1).max(500),
    h: z.string().max(20).optional(),
    x: z.tuple([z.array(z.unknown()).max(500), z.array(z.unknown()).max(500), z.array(z.unknown()).max(100)]).optional(),
  })
  .strict();
const RawV1Schema = z.object({ r: z.record(z.string(), z.unknown()) }).strict();
type Packed = z.infer<typeof PackedV1Schema>;
export type PayloadV1 = Packed | z.infer<typeof RawV1Schema>;

/** A v1 payload, checked: the raw form when it has "r", else the compact form (so errors name the field). */
export const PayloadV1Schema = z.unknown().transform((v, ctx): PayloadV1 => {
  const schema = typeof v === 'object' && v !== null && 'r' in v ? RawV1Schema : PackedV1Schema;
  const r = schema.safeParse(v);
  if (r.success) return r.data;
  for (const issue of r.error.issues) ctx.addIssue({ ...issue, input: undefined } as never);
  return z.NEVER;
});

/** Thrown by unpack when the payload is well-formed JSON but does not describe a brief. */
export class PayloadError extends Error {}

/** Drop trailing values equal to their defaults. */
function trim<T extends unknown[]>(values: T, defaults: unknown[]): T {
  const out = [...values];
  while (out.length && defaults[out.length - 1] !== undefined && JSON.stringify(out[out.length - 1]) === JSON.stringify(defaults[out.length - 1])) out.pop();
  return out as T;
}

const SOURCE_DEFAULTS = [undefined, '', '', '', null, null, 'other', null, '', '', null];
const FIGURE_DEFAULTS = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, '', '', '', null, {}];

function packSource(s: Source): z.infer<typeof SourceV1> {
  return trim([s.url, s.title, s.publisher, s.author, s.published, s.modified, s.kind, s.capturedAt, s.publicBody, s.reference, s.repliedAt], SOURCE_DEFAULTS);
}

function unpackSource(s: z.infer<typeof SourceV1>): Record<string, unknown> {
  const [url, title = '', publisher = '', author = '', published = null, modified = null, kind = 'other', capturedAt = null, publicBody = '', reference = '', repliedAt = null] = s;
  return { url, title, publisher, author, published, modified, kind, capturedAt, publicBody, reference, repliedAt };
}

function packQuote(f: Figure): z.infer<typeof QuoteV1> {
  const { exact, prefix, suffix } = f.quote;
  const s = f.sentence;
  for (let at = s.indexOf(exact); at >= 0; at = s.indexOf(exact, at + 1)) {
    if (s.slice(at - prefix.length, at) === prefix && at >= prefix.length && s.slice(at + exact.length, at + exact.length + suffix.length) === suffix) {
      return exact === f.text ? [at, prefix.length, suffix.length] : [at, prefix.length, suffix.length, exact.length];
    }
    if (exact === '') break;
  }
  return [exact, prefix, suffix];
}

function unpackQuote(q: z.infer<typeof QuoteV1>, text: string, sentence: string): { exact: string; prefix: string; suffix: string } {
  if (typeof q[0] === 'string') return { exact: q[0], prefix: q[1] as string, suffix: q[2] as string };
  const [at, pl, sl, el] = q as number[];
  const len = el ?? text.length;
  const exact = sentence.slice(at!, at! + len);
  if (at! < pl! || at! + len + sl! > sentence.length || (el === undefined && exact !== text)) throw new PayloadError('a quote does not fit its sentence');
  return { exact, prefix: sentence.slice(at! - pl!, at!), suffix: sentence.slice(at! + len, at! + len + sl!) };
}

function packFigure(f: Figure, brief: Brief, sources: string[], periods: string[]): z.infer<typeof FigureV1> {
  const quote = packQuote(f);
  const src = JSON.stringify(packSource(f.source));
  const per = f.period ? JSON.stringify([f.period.label, f.period.start, f.period.end]) : null;
  const extras: z.infer<typeof ExtrasV1> = {};
  if (f.total) extras.t = 1;
  if (f.createdAt !== brief.createdAt) extras.c = f.createdAt;
  if (f.updatedAt !== brief.createdAt) extras.u = f.updatedAt;
  if (f.deleted) extras.d = 1;
  if (f.topic) extras.o = f.topic;
  if (f.verified) extras.v = 1;
  if (f.notes) extras.n = f.notes;
  if (f.tags.length) extras.g = f.tags;
  const id = f.id === figureId(f.source.url, f.quote, f.value) ? null : f.id;
  return trim(
    [f.text, f.value, f.unit, f.measure, quote, f.sentence, add(sources, src), per === null ? null : add(periods, per), f.metric, f.area, f.qualifier, id, extras],
    FIGURE_DEFAULTS,
  );
}

function add(list: string[], key: string): number {
  const i = list.indexOf(key);
  return i >= 0 ? i : list.push(key) - 1;
}

function unpackFigure(f: z.infer<typeof FigureV1>, p: Packed, sources: Record<string, unknown>[], periods: Period[]): Record<string, unknown> {
  const [text, value, unit, measure, q, sentence, s, per, metric = '', area = '', qualifier = '', id = null, x = {}] = f;
  const source = sources[s];
  if (!source) throw new PayloadError(`a figure refers to source ${s + 1}, which is not in the link`);
  if (per !== null && !periods[per]) throw new PayloadError(`a figure refers to period ${per + 1}, which is not in the link`);
  const quote = unpackQuote(q, text, sentence);
  return {
    id: id ?? figureId(String(source.url), quote, value),
    createdAt: x.c ?? p.c,
    updatedAt: x.u ?? p.c,
    deleted: x.d === 1,
    text,
    value,
    unit,
    qualifier,
    measure,
    metric,
    area,
    period: per === null ? null : periods[per],
    quote,
    sentence,
    total: x.t === 1,
    topic: x.o ?? '',
    source,
    verified: x.v === 1,
    notes: x.n ?? '',
    tags: x.g ?? [],
  };
}

/** The hash that tells whether recomposed parts are the ones the sender had. */
export function derivedHash(b: Pick<Brief, 'comparisons' | 'narrative' | 'caveats'>): string {
  return hash53(JSON.stringify([b.comparisons, b.narrative, b.caveats]));
}

/** The candidate payloads for a brief, smallest first; the encoder keeps the first that decodes to the same brief. */
export function* packCandidates(brief: Brief): Generator<PayloadV1> {
  const sources: string[] = [];
  const periods: string[] = [];
  const figures = brief.figures.map((f) => packFigure(f, brief, sources, periods));
  const base: Packed = {
    c: brief.createdAt,
    ...(brief.updatedAt !== brief.createdAt ? { u: brief.updatedAt } : {}),
    m: brief.template,
    s: sources.map((s) => JSON.parse(s) as z.infer<typeof SourceV1>),
    p: periods.map((p) => JSON.parse(p) as z.infer<typeof PeriodV1>),
    f: figures,
  };
  const sections = brief.narrative.filter((b) => b.kind === 'heading' && b.id.startsWith('h-')).map((b) => b.id.slice(2));
  const intro = brief.narrative.find((b) => b.id === 'b-intro')?.text ?? '';
  for (const w of [undefined, brief.createdAt]) {
    if (w !== undefined && w === brief.updatedAt) continue;
    let defaults: Brief;
    try {
      defaults = composeBrief(brief.figures, { template: brief.template, now: w ?? brief.updatedAt, sections: sections as SectionName[], intro });
    } catch {
      break; // not a brief composeBrief can make (an unknown template, say): send it whole
    }
    const recompose: Packed = {
      ...base,
      ...(w !== undefined ? { w } : {}),
      ...(brief.id !== defaults.id ? { i: brief.id } : {}),
      ...(brief.title !== defaults.title ? { t: brief.title } : {}),
      ...(brief.audience !== defaults.audience ? { a: brief.audience } : {}),
      ...(brief.ask !== defaults.ask ? { k: brief.ask } : {}),
      ...(intro ? { n: intro } : {}),
      h: derivedHash(brief),
    };
    yield recompose;
    if (sections.length) yield { ...recompose, o: sections };
  }
  yield { ...base, i: brief.id, t: brief.title, a: brief.audience, k: brief.ask, x: [brief.comparisons, brief.narrative, brief.caveats] };
  yield { r: brief as unknown as Record<string, unknown> };
}

/** The brief a v1 payload describes (not yet schema-checked), and whether recomposed parts matched the sender's. */
export function unpack(p: PayloadV1): { brief: unknown; exact: boolean } {
  if ('r' in p) return { brief: p.r, exact: true };
  const sources = p.s.map(unpackSource);
  const periods = p.p.map(([label, start, end]) => ({ label, start, end }));
  const figures = p.f.map((f) => unpackFigure(f, p, sources, periods));
  const updatedAt = p.u ?? p.c;
  if (p.x) {
    const [comparisons, narrative, caveats] = p.x;
    return {
      brief: { id: p.i, createdAt: p.c, updatedAt, title: p.t, audience: p.a, ask: p.k, template: p.m, figures, comparisons, narrative, caveats },
      exact: true,
    };
  }
  if (p.h === undefined) throw new PayloadError('it holds neither the comparisons nor the way to make them');
  const composed = composeBrief(figures as Figure[], {
    template: p.m,
    now: p.w ?? updatedAt,
    id: p.i,
    title: p.t,
    audience: p.a,
    ask: p.k,
    sections: p.o as SectionName[] | undefined,
    intro: p.n,
  });
  const brief = { ...composed, createdAt: p.c, updatedAt };
  return { brief, exact: derivedHash(brief) === p.h };
}
