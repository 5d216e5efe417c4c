// Normalised metric keys from a measure. One ordered table: the first matching rule wins.
// Extend by adding a row; keys are stable identifiers used by comparisons in briefs.
const RULES: [RegExp, string][] = [
  [/\bcharge (or summons )?rate|\brate\b.*\bcharge/, 'charge_rate'],
  [/\barrest rate|\brate\b.*\barrest/, 'arrest_rate'],
  [/\bconviction rate|\brate\b.*\bconvict/, 'conviction_rate'],
  [/\b(orders?|spos?|applications?)\b.*\b(refused|rejected|dismissed)\b/, 'orders_refused'],
  [/\b(orders?|spos?|applications?)\b.*\bwithdrawn\b/, 'orders_withdrawn'],
  [/\b(orders?|spos?|applications?)\b.*\bnot granted\b/, 'orders_not_granted'],
  [/\bbreach(es)?\b/, 'breaches'],
  [/\b(orders?|spos?)\b.*\b(granted|made|issued|imposed|obtained)\b|\bgranted\b.*\borders?\b/, 'orders_granted'],
  [/\b(orders?|spos?)\b.*\b(applied|applications?|sought)\b|\bapplications?\b|\bapplied for\b/, 'orders_applied'],
  [/\bcharge(d|s)?\b/, 'charges'],
  [/\barrest(s|ed)?\b/, 'arrests'],
  [/\bconvict(ed|ions?)\b/, 'convictions'],
  [/\bcaution(s|ed)?\b/, 'cautions'],
  [/\bsentence|\bjailed|\bimprison/, 'sentence'],
  [/\bwait\b|\bdelay\b/, 'wait_time'],
  [/\b(population)\b/, 'population'],
  [/\b(surveyed|respondents?)\b/, 'respondents'],
  [/\bfines?\b/, 'fines'],
  [/\b(funding|cost|spending|budget|grant)\b/, 'funding'],
  [/\bvictims?\b/, 'victims'],
  [/\b(incidents?|offences?|crimes?|reports?|cases?|recorded stalking)\b/, 'incidents'],
];

const cache = new Map<string, Map<string, string>>();
let cached = 0;

export function metricFor(measure: string, unit: string): string {
  let byUnit = cache.get(unit);
  if (!byUnit) cache.set(unit, (byUnit = new Map()));
  const hit = byUnit.get(measure);
  if (hit !== undefined) return hit;
  const r = metricUncached(measure, unit);
  if (++cached > 5000) {
    cache.clear();
    cached = 0;
    cache.set(unit, (byUnit = new Map()));
  }
  byUnit.set(measure, r);
  return r;
}

function metricUncached(measure: string, unit: string): string {
  const m = measure.toLowerCase();
  if (!m) return '';
  for (const [re, key] of RULES) {
    if (re.test(m)) {
      // A share of incidents is not a count of them.
      if (key === 'incidents' && (unit === 'percent' || unit === 'ratio') && !/\brate\b/.test(m)) {
        return /\b(rise|increase|fall|decrease|drop|change|decline)\b/.test(m) ? 'incidents_change' : 'incidents_share';
      }
      if (unit === 'percent' && /\b(rise|increase|fall|decrease|drop|change|decline)\b/.test(m) && !key.endsWith('_rate')) return `${key}_change`;
      return key;
    }
  }
  return '';
}
