// Clip drafts: what the review card edits. Built from the finder's figures or from a selection,
// and turned back into a validated ClipDraft only when every field is right (nothing half-saved).
import { tokenize } from '../../shared/extract/numbers.ts';
import { resolvePeriod } from '../../shared/extract/periods.ts';
import { metricFor } from '../../shared/extract/metrics.ts';
import { UNITS, describeIssues, type FoundFigure, type Source } from '../../shared/model.ts';
import { ClipDraftSchema, type ClipDraft } from '../messages.ts';

/** The card's fields, as strings, exactly as the user sees them. */
export interface DraftForm {
  value: string;
  unit: (typeof UNITS)[number];
  qualifier: string;
  measure: string;
  metric: string;
  area: string;
  period: string;
}

export function formFromFigure(f: FoundFigure): DraftForm {
  return {
    value: String(f.value),
    unit: f.unit,
    qualifier: f.qualifier,
    measure: f.measure,
    metric: f.metric,
    area: f.area,
    period: f.period?.label ?? '',
  };
}

/** "2,041", "7.71", "£3.2m", "45%": the number a person typed, or null. */
export function parseValue(input: string): number | null {
  const s = input.trim().replace(/^[£$€]/, '').replace(/%$/, '').trim();
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*(m|bn|k|million|billion)?$/i.test(s)) return null;
  const scale = /(bn|billion)$/i.test(s) ? 1e9 : /(m|million)$/i.test(s) ? 1e6 : /k$/i.test(s) ? 1e3 : 1;
  const n = Number(s.replace(/[^\d.+-]/g, '')) * scale;
  return Number.isFinite(n) ? n : null;
}

export type DraftResult = { ok: true; draft: ClipDraft } | { ok: false; error: string };

/** Merge the card's fields into the figure they describe; refuse, with a message, anything invalid. */
export function draftFromForm(form: DraftForm, base: FoundFigure, source: Source): DraftResult {
  const value = parseValue(form.value);
  if (value === null) return { ok: false, error: `Value “${form.value.slice(0, 40)}” is not a number (write it like 2,041 or 7.71).` };
  if (!form.measure.trim()) return { ok: false, error: 'Say what the figure counts (the measure), e.g. “stalking incidents reported”.' };
  const label = form.period.trim();
  const period = label ? resolvePeriod(label, source.published) : null;
  const metric = form.metric.trim() || metricFor(form.measure, form.unit);
  const parsed = ClipDraftSchema.safeParse({
    ...base,
    value,
    unit: form.unit,
    qualifier: form.qualifier.trim(),
    measure: form.measure.trim(),
    metric: metric.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, ''),
    area: form.area.trim(),
    period,
    source,
  });
  return parsed.success ? { ok: true, draft: parsed.data } : { ok: false, error: describeIssues(parsed.error, 'clip') };
}

/**
 * A figure for a selection no finder result covers: the first number in it, the rest of the
 * selection as the measure (the user edits both in the card).
 */
export function figureFromSelection(text: string, start: number, end: number): { figure: FoundFigure; start: number; end: number } {
  const selected = text.slice(start, end);
  const token = tokenize(selected, 5)[0];
  const numStart = token ? start + token.start : start;
  const numEnd = token ? start + token.end : end;
  const after = text.slice(numEnd, numEnd + 12).toLowerCase();
  const unit = /^\s*(%|per ?cent)/.test(after) || /%|per ?cent/i.test(selected) ? 'percent' : selected.includes('£') ? 'GBP' : 'count';
  const measure = (token ? selected.slice(0, token.start) + ' ' + selected.slice(token.end) : selected)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, '')
    .slice(0, 300);
  const figure: FoundFigure = {
    text: text.slice(numStart, numEnd).slice(0, 300) || selected.slice(0, 300),
    value: token?.value ?? Number.NaN,
    unit,
    qualifier: '',
    measure,
    metric: '',
    area: '',
    period: null,
    quote: { exact: text.slice(numStart, numEnd), prefix: text.slice(Math.max(0, numStart - 32), numStart), suffix: text.slice(numEnd, numEnd + 32) },
    sentence: sentenceAround(text, start, end),
    total: false,
  };
  return { figure, start: numStart, end: numEnd };
}

/** The sentence (or sentences) around a span of page text, bounded in length. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 400 && !/[.!?]\s$/.test(text.slice(a - 2, a))) a--;
  let b = end;
  while (b < text.length && b - end < 400 && !/[.!?]/.test(text[b - 1] ?? '') ) b++;
  return text.slice(a, b).trim().slice(0, 5000);
}
