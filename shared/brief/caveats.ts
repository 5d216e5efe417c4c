// Caveats in words, generated rather than left to the reader to notice: mismatched periods and
// areas, approximate figures, small numbers, old sources.
import type { Figure, Source } from '../model.ts';
import { areaKey, areaName } from './areas.ts';
import { isApproximate } from './metrics.ts';
import { formatNumber } from './numbers.ts';
import { lengthWords, monthsIn, overlaps, periodName, samePeriod } from './periods.ts';
import { figureLine, formatFigureText, quoted } from './phrasing.ts';

/** Flags for figures that a ratio puts side by side: they should share a period and an area. */
export function sideBySideFlags(figures: Figure[]): string[] {
  const flags: string[] = [];
  const [a, b] = figures;
  if (a && b) {
    if (!a.period || !b.period) {
      const missing = [a, b].filter((f) => !f.period);
      if (missing.length === 1) flags.push(`${sentenceStart(figureLine(missing[0]!))} has no stated period, so it may not cover the same time as the other figure.`);
      else flags.push('Neither figure has a stated period.');
    } else if (!samePeriod(a.period, b.period)) {
      const o = overlaps(a.period, b.period);
      flags.push(
        `${sentenceStart(figureLine(a))} cover${plural(a) ? '' : 's'} ${periodName(a.period)} and ${figureLine(b)} cover${plural(b) ? '' : 's'} ${periodName(b.period)}: ` +
          (o === false ? 'the periods do not overlap.' : 'the periods differ.'),
      );
    }
    if (areaKey(a.area) !== areaKey(b.area)) flags.push(`The figures are for different areas (${areaName(a.area)} and ${areaName(b.area)}).`);
  }
  flags.push(...qualifierFlags(figures));
  return flags;
}

function plural(f: Figure): boolean {
  return f.value !== 1;
}

function sentenceStart(s: string): string {
  return /^[a-z]/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export function qualifierFlags(figures: Figure[]): string[] {
  return figures
    .filter(isApproximate)
    .map((f) => `${quoted(formatFigureText(f))} is approximate (“${f.qualifier}”), so anything worked out from it is approximate too.`);
}

/** Two periods of different lengths compared as if alike: say so, and offer an annualised figure only with that label. */
export function lengthFlag(earlier: Figure, later: Figure, what: string): string[] {
  const m1 = monthsIn(earlier.period);
  const m2 = monthsIn(later.period);
  if (m1 === null || m2 === null || m1 === m2) return [];
  const flags = [
    `${what}: ${periodName(later.period)} covers ${lengthWords(m2)} and ${periodName(earlier.period)} covers ${lengthWords(m1)}, so the change compares periods of different lengths.`,
  ];
  // Annualising is an estimate: it assumes the rate held steady, so it is labelled as one.
  const a1 = (earlier.value * 12) / m1;
  const a2 = (later.value * 12) / m2;
  if (earlier.unit === 'count' && later.unit === 'count' && a1 > 0) {
    const pct = ((a2 - a1) / a1) * 100;
    const parts = [m2 !== 12 ? `${formatNumber(later.value)} × 12 ÷ ${m2} = about ${formatNumber(a2)} a year` : '', m1 !== 12 ? `${formatNumber(earlier.value)} × 12 ÷ ${m1} = about ${formatNumber(a1)} a year` : '']
      .filter(Boolean)
      .join('; ');
    flags.push(`${what}, annualised (an estimate that assumes a steady rate, not a recorded figure): ${parts}; on that basis the change would be ${pct >= 0 ? '+' : ''}${formatNumber(pct)}%.`);
  }
  return flags;
}

/** A rate on a handful of cases swings with one case more or fewer: show the swing. */
export function smallNumberFlag(base: string, n: number, what: string, low: string, high: string): string[] {
  if (n >= 20) return [];
  return [`Small numbers: with only ${formatNumber(n)} ${base}, one more or fewer would put ${what} between ${low} and ${high}.`];
}

const YEAR_MS = 365.25 * 86_400_000;

export function sourceDate(s: Source): string | null {
  return s.repliedAt ?? s.published ?? s.modified ?? null;
}

export function oldSourceCaveat(s: Source, n: number, now: string): string | null {
  const d = sourceDate(s);
  if (!d) return null;
  if (Date.parse(now) - Date.parse(d) <= YEAR_MS) return null;
  return `Source [${n}] dates from ${longDate(d)}, more than a year before this brief: newer figures may exist.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "4 March 2021" from an ISO date or date-time (UTC, so the day never shifts with the reader's zone). */
export function longDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A count over part of a year: the reader must know it is not a year's worth. */
export function partYearCaveat(figures: Figure[]): string[] {
  const out: string[] = [];
  const byPeriod = new Map<string, Figure[]>();
  for (const f of figures) {
    const m = monthsIn(f.period);
    if (m === null || m >= 12 || f.unit !== 'count') continue;
    const key = `${f.area}|${f.period?.start}|${f.period?.end}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), f]);
  }
  for (const group of byPeriod.values()) {
    const f = group.find((g) => g.metric === 'incidents') ?? group[0]!;
    const m = monthsIn(f.period)!;
    out.push(
      `The count of ${figureLine(f)} (${areaName(f.area)}) covers ${lengthWords(m)} (${periodName(f.period)}), not a full year: ` +
        'set it against yearly figures only with care, and annualise only with a label that says so.',
    );
  }
  return out;
}
