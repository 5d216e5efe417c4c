// Building comparison records: every one keeps its inputs, formula and rounding beside the result.
import { ComparisonSchema, type Comparison, type Figure } from '../model.ts';
import { hash53 } from './hash.ts';
import { metricLabel } from './metrics.ts';
import { formatFigureText } from './phrasing.ts';

/** What phrasing needs from the brief being composed: source numbers and the template's nouns. */
export interface PhraseContext {
  refs: (figures: Figure[]) => string;
  ordersNoun?: string;
}

export function comparisonId(kind: string, figures: Figure[]): string {
  return `cmp-${kind}-${hash53(figures.map((f) => f.id).join('|'))}`;
}

export interface ComparisonFields {
  value: number | null;
  formula?: string;
  rounding?: string;
  result?: string;
  text: string;
  status?: Comparison['status'];
  flags?: string[];
  rows?: Comparison['rows'];
  labels?: string[];
}

export function makeComparison(kind: string, figures: Figure[], c: ComparisonFields): Comparison {
  return ComparisonSchema.parse({
    id: comparisonId(kind, figures),
    kind,
    figureIds: figures.map((f) => f.id),
    value: c.value,
    formula: c.formula ?? '',
    rounding: c.rounding ?? '',
    result: c.result ?? '',
    text: c.text,
    status: c.status ?? 'info',
    flags: [...new Set(c.flags ?? [])].slice(0, 20),
    inputs: figures.map((f, i) => ({ figureId: f.id, label: c.labels?.[i] ?? (f.measure || metricLabel(f.metric)), value: f.value })),
    rows: c.rows ?? [],
  });
}

/**
 * Dividing a percentage by a count means nothing: when a part is not in the unit the comparison
 * needs, say so instead of computing.
 */
export function unitMismatch(kind: string, what: string, figures: Figure[], units: Figure['unit'][], ctx: PhraseContext): Comparison | null {
  const bad = figures.findIndex((f, i) => f.unit !== units[i]);
  if (bad < 0) return null;
  const f = figures[bad]!;
  return makeComparison(kind, figures, {
    value: null,
    status: 'unknown',
    result: 'cannot be worked out',
    text: `The ${what} cannot be worked out: the ${metricLabel(f.metric)} figure (${formatFigureText(f)}) is a ${unitName(f.unit)}, not a ${unitName(units[bad]!)}.${ctx.refs(figures)}`,
  });
}

function unitName(u: Figure['unit']): string {
  return u === 'GBP' ? 'sum of money' : u === 'percent' ? 'percentage' : u;
}
