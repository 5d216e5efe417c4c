// What the brief knows about metric keys (the finder's normalised keys, editable by the user):
// which are counts to compare, which stated rates have which parts, and how to name them.
import type { Figure } from '../model.ts';

export const COUNT_METRICS = ['incidents', 'orders_applied', 'orders_granted', 'charges', 'arrests', 'convictions', 'breaches', 'cautions', 'victims'] as const;

/** A stated rate and the parts it is made of: numerator ÷ denominator × 100. */
export const RATE_PARTS: Record<string, { numerator: string; denominator: string; name: string }> = {
  charge_rate: { numerator: 'charges', denominator: 'incidents', name: 'charge rate' },
  arrest_rate: { numerator: 'arrests', denominator: 'incidents', name: 'arrest rate' },
  conviction_rate: { numerator: 'convictions', denominator: 'charges', name: 'conviction rate' },
  grant_rate: { numerator: 'orders_granted', denominator: 'orders_applied', name: 'grant rate' },
};

const LABELS: Record<string, string> = {
  incidents: 'incidents',
  orders_applied: 'orders applied for',
  orders_granted: 'orders granted',
  orders_refused: 'orders refused',
  charges: 'people charged',
  charge_rate: 'charge rate',
  arrests: 'arrests',
  arrest_rate: 'arrest rate',
  convictions: 'convictions',
  conviction_rate: 'conviction rate',
  breaches: 'breaches',
  cautions: 'cautions',
  victims: 'victims',
};

export function metricLabel(metric: string): string {
  return LABELS[metric] ?? metric.replace(/_/g, ' ');
}

/** Qualifiers that make a figure approximate; emphasis words ("just", "only") do not. */
const APPROXIMATE = /^(over|more than|nearly|almost|about|around|approximately|roughly|some|up to|fewer than|less than|at least|under|below|above|between|estimated|an estimated|circa|c\.|close to|well over|just over|just under)$/i;

export function isApproximate(f: Pick<Figure, 'qualifier'>): boolean {
  return APPROXIMATE.test(f.qualifier.trim());
}

/** The thing counted, cut from the measure: "stalking prevention orders applied for" → "stalking prevention orders". */
export function ordersNoun(f: Figure | undefined, fallback = 'orders'): string {
  if (!f) return fallback;
  const n = lowerFirst(f.measure.replace(/\s+(applied for|applications?|sought|granted|made|issued|obtained|imposed|requested)\b.*$/i, '').trim());
  return /\border/i.test(n) ? n : fallback;
}

export function incidentsNoun(f: Figure | undefined, fallback = 'incidents'): string {
  if (!f) return fallback;
  const n = lowerFirst(f.measure.replace(/\s+(reported|recorded|occurring|logged|received)\b.*$/i, '').trim());
  return /\b(incidents?|offences?|crimes?|reports?|cases?)\b/i.test(n) ? n : fallback;
}

/** "1 order" not "1 orders" (only the plain English plural). */
export function agree(n: number, noun: string): string {
  if (n !== 1) return noun;
  return noun.replace(/\b(\w+?)s\b(?!.*\b\w+s\b)/, '$1');
}

/** "Stalking offences" (a table header) reads "stalking offences" mid-sentence; "SPO" and names stay. */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]+(\s+[a-z]|$)/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

const STOP = new Set(['the', 'of', 'for', 'and', 'or', 'to', 'in', 'on', 'by', 'a', 'an', 'people', 'person', 'number', 'total', 'charged', 'charges', 'charge', 'incidents', 'incident', 'offences', 'offence', 'reported', 'recorded', 'reports', 'cases', 'crimes', 'were', 'was', 'with', 'who']);

const CHANGE_WORDS = new Set(['rise', 'rose', 'fall', 'fell', 'increase', 'increased', 'decrease', 'decreased', 'drop', 'dropped', 'change', 'decline', 'declined', 'up', 'down']);

function topicWords(f: Figure): Set<string> {
  return new Set(
    f.measure
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !STOP.has(w) && !CHANGE_WORDS.has(w)),
  );
}

/**
 * Do two measures speak of the same thing? People charged "for stalking" and "stalking incidents"
 * do; people charged and "offences committed by people on bail" may not, so no rate is derived.
 * With `lenient`, a first measure with no topic words of its own ("rise") is given the benefit of the doubt.
 */
export function sameTopic(a: Figure, b: Figure, lenient = false): boolean {
  if (a.sentence && a.sentence === b.sentence) return true;
  if (a.topic && a.topic === b.topic) return true;
  const wa = topicWords(a);
  const wb = topicWords(b);
  if (lenient && !wa.size) return true;
  return [...wb].some((w) => wa.has(w));
}
