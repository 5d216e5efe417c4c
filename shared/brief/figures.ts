// Turning the finder's output (or library records) into the Figure snapshots a brief keeps.
import { z } from 'zod';
import { FigureSchema, FoundFigureSchema, SourceSchema, type Figure, type Period } from '../model.ts';
import { areaKey } from './areas.ts';
import { hash53 } from './hash.ts';
import { samePeriod } from './periods.ts';

/** A figure as the finder offers it, with the page it came from. */
export const SourcedFoundFigureSchema = FoundFigureSchema.extend({ source: SourceSchema });
export type SourcedFoundFigureInput = z.input<typeof SourcedFoundFigureSchema>;
export type FigureLike = z.input<typeof FigureSchema> | SourcedFoundFigureInput;

/**
 * A stable id from what identifies a clip: the page, the quote and the value. The same page
 * extracted twice gives the same ids, so a brief's references survive a re-run.
 */
export function figureId(sourceUrl: string, quote: { exact: string; prefix?: string; suffix?: string }, value: number): string {
  return `fig-${hash53(JSON.stringify([sourceUrl, quote.exact, quote.prefix ?? '', quote.suffix ?? '', value]))}`;
}

function isRecord(f: FigureLike): f is z.input<typeof FigureSchema> {
  return typeof (f as { id?: unknown }).id === 'string';
}

/** Parse one figure-like value into a Figure snapshot. Throws a ZodError naming the field. */
export function toFigure(input: FigureLike, now: string): Figure {
  if (isRecord(input)) return FigureSchema.parse(input);
  const found = SourcedFoundFigureSchema.parse(input);
  return FigureSchema.parse({
    ...found,
    id: figureId(found.source.url, found.quote, found.value),
    createdAt: now,
    updatedAt: now,
    source: { ...found.source, capturedAt: found.source.capturedAt ?? now },
  });
}

/** What a person may change about how figures are paired, without editing the figures. */
export interface PairingOverrides {
  /** Leave these figures out of every comparison (they stay in the brief's snapshots). */
  exclude?: string[];
  /** Re-key a figure's metric, area or period for pairing: e.g. treat a mis-dated count as last year's. */
  metric?: Record<string, string>;
  area?: Record<string, string>;
  period?: Record<string, Period | null>;
  /** Figures that are the same statistic said twice; the first id is kept. */
  same?: string[][];
}

export function applyOverrides(figures: Figure[], o: PairingOverrides = {}): Figure[] {
  const exclude = new Set(o.exclude ?? []);
  for (const group of o.same ?? []) for (const id of group.slice(1)) exclude.add(id);
  return figures
    .filter((f) => !exclude.has(f.id) && !f.deleted)
    .map((f) => ({
      ...f,
      metric: o.metric?.[f.id] ?? f.metric,
      area: o.area?.[f.id] ?? f.area,
      period: o.period && f.id in o.period ? (o.period[f.id] ?? null) : f.period,
    }));
}

/**
 * Pages repeat their headline numbers ("2,041 incidents … those 2,041 incidents"). Two mentions
 * with the same metric, value, unit and area, whose periods agree (or one has none), are one
 * statistic: keep the first that has a period.
 */
export function mergeMentions(figures: Figure[]): Figure[] {
  const kept: Figure[] = [];
  for (const f of figures) {
    const i = kept.findIndex(
      (k) =>
        f.metric !== '' &&
        k.metric === f.metric &&
        k.value === f.value &&
        k.unit === f.unit &&
        k.total === f.total &&
        areaKey(k.area) === areaKey(f.area) &&
        (!k.period || !f.period || samePeriod(k.period, f.period)),
    );
    if (i < 0) kept.push(f);
    else if (!kept[i]!.period && f.period) kept[i] = f;
  }
  return kept;
}
