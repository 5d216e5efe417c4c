// Areas: one key for "Northshire", "Northshire Police" and "northshire constabulary"; and which
// areas are national (so a local figure can be set against the national one).

export function areaKey(area: string): string {
  return area
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\b(the|police|constabulary|force|area|county|service)\b/g, ' ')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

const NATIONAL = new Set([
  'england',
  'wales',
  'england and wales',
  'england & wales',
  'scotland',
  'northern ireland',
  'uk',
  'united kingdom',
  'great britain',
  'gb',
  'britain',
  'national',
  'nationally',
  'nationwide',
]);

export function isNational(area: string): boolean {
  return NATIONAL.has(areaKey(area).replace(/^across /, ''));
}

export function areaName(area: string): string {
  return area.trim() || 'no stated area';
}
