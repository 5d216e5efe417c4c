// Numbered sources: every sentence in a brief carries [n] references to the pages its figures
// came from, numbered by first appearance.
import type { Figure, Source } from '../model.ts';

export interface SourceEntry {
  n: number;
  source: Source;
  figures: Figure[];
  /** When the page was read: the clip's capture time, else when the figure was saved. */
  accessed: string;
}

function sourceKey(s: Source): string {
  return s.url || `untitled:${s.title}`;
}

export function sourceList(figures: Figure[]): SourceEntry[] {
  const map = new Map<string, SourceEntry>();
  for (const f of figures) {
    const k = sourceKey(f.source);
    let e = map.get(k);
    if (!e) {
      e = { n: map.size + 1, source: f.source, figures: [], accessed: f.source.capturedAt ?? f.createdAt };
      map.set(k, e);
    }
    e.figures.push(f);
  }
  return [...map.values()];
}

/** The source numbers for some figures. */
export function sourceNumbers(list: SourceEntry[], figures: Pick<Figure, 'source'>[]): number[] {
  const byKey = new Map(list.map((e) => [sourceKey(e.source), e.n]));
  const ns = figures.map((f) => byKey.get(sourceKey(f.source))).filter((n): n is number => n !== undefined);
  return [...new Set(ns)].sort((a, b) => a - b);
}

/** " [1]", " [1, 2]", or "" when no figure has a source. */
export function refText(ns: number[]): string {
  return ns.length ? ` [${ns.join(', ')}]` : '';
}
