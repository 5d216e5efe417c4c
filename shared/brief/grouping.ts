// Grouping: figures that speak of the same area and the same period belong together, and within a
// group each metric (incidents, orders applied, …) names one figure.
import type { Figure, Period } from '../model.ts';
import { areaKey, isNational } from './areas.ts';
import { periodKey } from './periods.ts';

export interface FigureGroup {
  key: string;
  area: string;
  period: Period | null;
  figures: Figure[];
}

export function groupKey(f: Pick<Figure, 'area' | 'period'>): string {
  return `${areaKey(f.area)}|${periodKey(f.period)}`;
}

/** Groups in order of first appearance, so the page's own emphasis leads. */
export function groupFigures(figures: Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const key = groupKey(f);
    let g = groups.get(key);
    if (!g) {
      g = { key, area: f.area.trim(), period: f.period, figures: [] };
      groups.set(key, g);
    }
    g.figures.push(f);
  }
  return [...groups.values()];
}

/** The group's figure for a metric: the first that is not a table total. */
export function pick(g: FigureGroup, metric: string): Figure | undefined {
  return g.figures.find((f) => f.metric === metric && !f.total) ?? g.figures.find((f) => f.metric === metric);
}

const CORE = ['incidents', 'orders_applied', 'orders_granted'];

/** The group the brief is about: the local one holding most of incidents, orders applied, granted. */
export function leadGroup(groups: FigureGroup[]): FigureGroup | undefined {
  let best: FigureGroup | undefined;
  let bestScore = -1;
  for (const g of groups) {
    const score = CORE.filter((m) => pick(g, m)).length * 2 + (isNational(g.area) || !g.area ? 0 : 1);
    if (score > bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}
