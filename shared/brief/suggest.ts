// A template's suggestion for a new brief: from the library, the figures with the metrics the
// template is about, for the area most of them share, plus national figures to compare with.
import type { Figure } from '../model.ts';
import { isNational } from './areas.ts';
import { getTemplate } from './templates.ts';

const MAX_SUGGESTED = 30;

export function suggestFigures(library: Figure[], templateName: string): Figure[] {
  const t = getTemplate(templateName);
  if (!t.metrics.length) return [];
  const wanted = library.filter((f) => !f.deleted && t.metrics.includes(f.metric));
  const counts = new Map<string, number>();
  for (const f of wanted) if (f.area && !isNational(f.area)) counts.set(f.area, (counts.get(f.area) ?? 0) + 1);
  const area = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const chosen = wanted.filter((f) => (area ? f.area === area : true) || isNational(f.area));
  const rank = (f: Figure) => t.metrics.indexOf(f.metric);
  return chosen.sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt)).slice(0, MAX_SUGGESTED);
}
