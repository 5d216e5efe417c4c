// The data model. These zod schemas are the truth: types are inferred from them, and every
// boundary (storage, messages, imports, share links, CLI input) parses through them.
import { z } from 'zod';

// No code generation: extension pages and strict-CSP pages forbid eval, and zod would otherwise
// probe for it (a CSP violation report on every page the clipper runs in).
z.config({ jitless: true });

export const SOURCE_KINDS = ['news', 'foi', 'official', 'parliament', 'charity', 'other'] as const;
export const UNITS = ['count', 'percent', 'GBP', 'ratio', 'rate', 'other'] as const;

const isoDate = z.iso.date(); // YYYY-MM-DD
const isoDateTime = z.iso.datetime(); // always UTC "Z": lexicographic order is time order

export const SourceSchema = z.object({
  url: z.string().max(4096),
  title: z.string().max(1000).default(''),
  publisher: z.string().max(300).default(''),
  author: z.string().max(300).default(''),
  published: isoDate.nullable().default(null),
  modified: isoDate.nullable().default(null),
  kind: z.enum(SOURCE_KINDS).default('other'),
  capturedAt: isoDateTime.nullable().default(null),
  // FOI responses: who answered, their reference, and when they replied (the figures' own date).
  publicBody: z.string().max(300).default(''),
  reference: z.string().max(200).default(''),
  repliedAt: isoDate.nullable().default(null),
});
export type Source = z.infer<typeof SourceSchema>;

export const PeriodSchema = z
  .object({
    label: z.string().max(300), // as written: "nine months to December 2020", "2019-20"
    start: isoDate.nullable(),
    end: isoDate.nullable(),
  })
  .refine((p) => !p.start || !p.end || p.start <= p.end, { message: 'period starts after it ends', path: ['end'] });
export type Period = z.infer<typeof PeriodSchema>;

/** W3C Web Annotation TextQuoteSelector: exact is the figure as written, prefix/suffix the text around it (whitespace collapsed), so the figure can be found again on the page. The whole sentence is kept in `sentence`. */
export const QuoteSchema = z.object({
  exact: z.string().max(5000),
  prefix: z.string().max(1000).default(''),
  suffix: z.string().max(1000).default(''),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** What the finder offers for one figure on a page, before a person saves it. */
export const FoundFigureSchema = z.object({
  text: z.string().min(1).max(300), // the span as written: "six", "7.71 per cent", "£3.2m"
  value: z.number().finite(),
  unit: z.enum(UNITS),
  qualifier: z.string().max(60).default(''), // "over", "nearly", "fewer than"
  measure: z.string().max(300), // "stalking protection orders applied for"
  metric: z.string().max(60).default(''), // normalised key: incidents, orders_applied, charge_rate…
  area: z.string().max(200).default(''),
  period: PeriodSchema.nullable().default(null),
  quote: QuoteSchema, // exact: the sentence holding the figure; prefix/suffix around it
  sentence: z.string().max(5000).default(''),
  total: z.boolean().default(false), // a table's total row or column
});
export type FoundFigure = z.infer<typeof FoundFigureSchema>;

const recordBase = {
  id: z.string().min(1).max(100),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deleted: z.boolean().default(false),
};

export const FigureSchema = FoundFigureSchema.extend({
  ...recordBase,
  measure: z.string().trim().min(1, 'measure is empty').max(300),
  topic: z.string().max(200).default(''),
  source: SourceSchema,
  verified: z.boolean().default(false),
  notes: z.string().max(20000).default(''),
  tags: z.array(z.string().max(60)).max(50).default([]),
});
export type Figure = z.infer<typeof FigureSchema>;

export const COMPARISON_STATUSES = ['info', 'matches', 'mismatch', 'unknown'] as const;

/** One derived number (or check), with everything needed to re-do the arithmetic by hand. */
export const ComparisonSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.string().max(40), // per_1000, per_order, grant_rate, charge_rate, change, area_vs_area, league, check_rate, check_total, …
  figureIds: z.array(z.string().max(100)).max(50),
  value: z.number().finite().nullable(), // unrounded result; null when it cannot be computed (zero denominator, missing part)
  formula: z.string().max(500).default(''), // "6 ÷ 2,041 × 1,000"
  rounding: z.string().max(100).default(''), // "1 decimal place"
  result: z.string().max(200).default(''), // "2.9 per 1,000"
  text: z.string().max(2000), // the plain-English sentence a campaigner can paste
  status: z.enum(COMPARISON_STATUSES).default('info'), // checks say whether a stated figure matches its parts
  flags: z.array(z.string().max(500)).max(20).default([]), // caveats that apply to this comparison
  // The inputs by name, so the working can be shown beside the result ("6 orders applied for").
  inputs: z
    .array(z.object({ figureId: z.string().max(100), label: z.string().max(300), value: z.number().finite() }))
    .max(20)
    .default([]),
  // A league table's rows (or any comparison across several areas), best first as ranked.
  rows: z
    .array(
      z.object({
        label: z.string().max(300),
        value: z.number().finite().nullable(),
        result: z.string().max(200).default(''),
        figureIds: z.array(z.string().max(100)).max(10).default([]),
      }),
    )
    .max(100)
    .default([]),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const NarrativeBlockSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(['heading', 'paragraph', 'figure', 'comparison', 'chart', 'caveats', 'sources']).default('paragraph'),
  text: z.string().max(20000).default(''),
  refs: z.array(z.string().max(100)).max(50).default([]), // figure or comparison ids
});
export type NarrativeBlock = z.infer<typeof NarrativeBlockSchema>;

export const BriefSchema = z.object({
  ...recordBase,
  title: z.string().trim().min(1, 'title is empty').max(300),
  audience: z.string().max(300).default(''),
  ask: z.string().max(5000).default(''),
  template: z.string().max(60).default('standard'),
  // Snapshots: a sent brief never changes when the library does.
  figures: z.array(FigureSchema).max(500).default([]),
  comparisons: z.array(ComparisonSchema).max(500).default([]),
  narrative: z.array(NarrativeBlockSchema).max(500).default([]),
  caveats: z.array(z.string().max(2000)).max(100).default([]),
});
export type Brief = z.infer<typeof BriefSchema>;

/** Input forms: what a caller supplies when creating a record (ids and times are filled in). */
export type FigureInput = z.input<typeof FigureSchema>;
export type BriefInput = z.input<typeof BriefSchema>;

/** Explain a zod failure in one line that names the field(s). */
export function describeIssues(error: z.ZodError, what = 'record'): string {
  const parts = error.issues.slice(0, 5).map((i) => {
    const field = i.path.length ? i.path.join('.') : what;
    return `${field}: ${i.message}`;
  });
  const more = error.issues.length > 5 ? ` (+${error.issues.length - 5} more)` : '';
  return `invalid ${what}: ${parts.join('; ')}${more}`;
}
