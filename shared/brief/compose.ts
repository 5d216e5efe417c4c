// Brief composition: figures in, a complete Brief record out (parsed with BriefSchema), with its
// comparisons, checks, caveats and narrative in the template's order. Pure: `now` is passed in.
import { BriefSchema, type Brief, type Comparison, type Figure, type NarrativeBlock } from '../model.ts';
import { areaKey, isNational } from './areas.ts';
import { areaVsArea, groupRate, leagueTable, shareOfNational, type GroupRate } from './area-comparisons.ts';
import { oldSourceCaveat, partYearCaveat } from './caveats.ts';
import { changes } from './change.ts';
import { allChecks } from './checks.ts';
import type { PhraseContext } from './comparison.ts';
import { applyOverrides, mergeMentions, toFigure, type FigureLike, type PairingOverrides } from './figures.ts';
import { chargeRate, grantRate, incidentsPerOrder, ordersPer1000 } from './group-rates.ts';
import { groupFigures, leadGroup, pick, type FigureGroup } from './grouping.ts';
import { hash53 } from './hash.ts';
import { figureLine } from './phrasing.ts';
import { refText, sourceList, sourceNumbers } from './sources.ts';
import { SECTION_TITLES, getTemplate, type SectionName } from './templates.ts';

export interface ComposeOptions {
  /** spo-uptake, stalkers-register, bail-act or blank (the default). */
  template?: string;
  /** The time the brief is made: its createdAt/updatedAt, and the clock for "older than a year". */
  now: Date | string;
  id?: string;
  title?: string;
  audience?: string;
  ask?: string;
  overrides?: PairingOverrides;
  /** The user's own order of sections (any left out keep the template's order, after these). */
  sections?: SectionName[];
  /** The user's own opening paragraph, placed before the generated sections. */
  intro?: string;
}

/** What the user chose in a composed brief (its section order and opening words), to carry into a recompose. */
export function editorChoices(brief: Brief): { sections: SectionName[]; intro: string } {
  const sections = brief.narrative
    .filter((b) => b.kind === 'heading' && b.id.startsWith('h-'))
    .map((b) => b.id.slice(2) as SectionName);
  const intro = brief.narrative.find((b) => b.id === INTRO_ID)?.text ?? '';
  return { sections, intro };
}

const INTRO_ID = 'b-intro';

const CHART_METRICS = ['incidents', 'orders_applied', 'orders_granted'];
const MAX_HEADLINE = 8;
const MAX_CHART_GROUPS = 6;

function toIso(now: Date | string): string {
  const d = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid "now": ${String(now)}`);
  return d.toISOString();
}

export function composeBrief(input: FigureLike[], options: ComposeOptions): Brief {
  const now = toIso(options.now);
  const template = getTemplate(options.template ?? 'blank');

  // Snapshots: every figure as given (one per id), so the brief never changes with the library.
  const byId = new Map<string, Figure>();
  for (const f of input.map((x) => toFigure(x, now))) if (!byId.has(f.id)) byId.set(f.id, f);
  const snapshots = [...byId.values()];
  const applied = applyOverrides(snapshots, options.overrides);
  const working = mergeMentions(applied);

  const sources = sourceList(snapshots);
  const ctx: PhraseContext = { refs: (figs) => refText(sourceNumbers(sources, figs)), ordersNoun: template.ordersNoun };

  const groups = groupFigures(working);
  const lead = leadGroup(groups);
  const ordered = lead ? [lead, ...groups.filter((g) => g !== lead)] : groups;

  const comparisons: Comparison[] = [];
  for (const g of ordered) {
    for (const make of [ordersPer1000, grantRate, incidentsPerOrder, chargeRate]) {
      const c = make(g, ctx);
      if (c) comparisons.push(c);
    }
  }
  comparisons.push(...changes(working, ctx));
  comparisons.push(...acrossAreas(ordered, lead, working, ctx));
  const checks = allChecks(applied, ctx);
  const all = dedupeById([...comparisons, ...checks]);

  const area = lead?.area && !isNational(lead.area) ? lead.area : (lead?.area ?? '');
  const keyPoints = leadComparisons(all, template.lead, lead);
  const headline = headlineFigures(working, lead, keyPoints);
  const chartIds = chartFigureIds(ordered);

  const caveats = dedupe([
    ...partYearCaveat(lead ? lead.figures : working),
    ...template.caveats,
    ...all.flatMap((c) => c.flags),
    ...sources.map((s) => oldSourceCaveat(s.source, s.n, now)).filter((c): c is string => c !== null),
    ...missingContext(working.filter((f) => !all.some((c) => c.figureIds.includes(f.id)))),
  ]);

  const order = [...(options.sections ?? []).filter((x) => template.sections.includes(x)), ...template.sections];
  const narrative = buildNarrative([...new Set(order)], { headline, keyPoints, all, chartIds, caveats });
  const intro = options.intro?.trim();
  if (intro) narrative.unshift({ id: INTRO_ID, kind: 'paragraph', text: intro.slice(0, 20000), refs: [] });

  return BriefSchema.parse({
    id: options.id ?? `brief-${hash53([template.name, now, ...snapshots.map((f) => f.id)].join('|'))}`,
    createdAt: now,
    updatedAt: now,
    title: options.title ?? template.title(area),
    audience: options.audience ?? template.audience,
    ask: options.ask ?? template.ask(area),
    template: template.name,
    figures: snapshots,
    comparisons: all,
    narrative,
    caveats: caveats.slice(0, 100),
  });
}

function acrossAreas(ordered: FigureGroup[], lead: FigureGroup | undefined, figures: Figure[], ctx: PhraseContext): Comparison[] {
  const out: Comparison[] = [];
  const rates = ordered.map(groupRate).filter((r): r is GroupRate => r !== null);
  const leadRate = rates.find((r) => r.group === lead);
  if (leadRate) {
    for (const other of rates) {
      if (other === leadRate || areaKey(other.group.area) === areaKey(leadRate.group.area)) continue;
      out.push(areaVsArea(leadRate, other, ctx));
      if (out.length >= 6) break;
    }
  }
  if (lead && !isNational(lead.area)) {
    // Orders first: the share of the nation's orders is the point; incidents give the scale.
    for (const metric of ['orders_granted', 'orders_applied', 'incidents']) {
      const local = pick(lead, metric);
      const national = figures.find((f) => f.metric === metric && isNational(f.area) && areaKey(f.area) !== areaKey(lead.area) && !f.total);
      if (local && national) {
        const c = shareOfNational(local, national, ctx);
        if (c) out.push(c);
      }
    }
  }
  const league = leagueTable(rates, lead?.area ?? '', ctx);
  if (league) out.push(league);
  return out;
}

/** Key points: for each kind the template leads with, the lead group's comparison of that kind first. */
function leadComparisons(all: Comparison[], kinds: string[], lead: FigureGroup | undefined): Comparison[] {
  const leadIds = new Set(lead?.figures.map((f) => f.id) ?? []);
  const out: Comparison[] = [];
  for (const kind of kinds) {
    const ofKind = all.filter((c) => c.kind === kind);
    const inLead = ofKind.filter((c) => c.figureIds.some((id) => leadIds.has(id)));
    // Checks are all worth a line; other kinds lead with the one about the lead group.
    const chosen = kind.startsWith('check_') ? ofKind : (inLead[0] ?? ofKind[0]);
    for (const c of Array.isArray(chosen) ? chosen : chosen ? [chosen] : []) if (!out.includes(c)) out.push(c);
  }
  return out;
}

function headlineFigures(figures: Figure[], lead: FigureGroup | undefined, keyPoints: Comparison[]): string[] {
  const wanted = new Set([...(lead?.figures.map((f) => f.id) ?? []), ...keyPoints.flatMap((c) => c.figureIds)]);
  const ids = figures.filter((f) => wanted.has(f.id)).map((f) => f.id);
  return (ids.length ? ids : figures.map((f) => f.id)).slice(0, MAX_HEADLINE);
}

function chartFigureIds(groups: FigureGroup[]): string[] {
  const ids: string[] = [];
  let n = 0;
  // National counts dwarf a force's on one scale: chart the local groups when there are any.
  const local = groups.filter((g) => g.area && !isNational(g.area));
  for (const g of local.some((g) => pick(g, 'incidents')) ? local : groups) {
    const figs = CHART_METRICS.map((m) => pick(g, m)).filter((f): f is Figure => f !== undefined && f.unit === 'count');
    if (figs.length < 2 || !figs.some((f) => f.metric === 'incidents')) continue;
    ids.push(...figs.map((f) => f.id));
    if (++n >= MAX_CHART_GROUPS) break;
  }
  return ids;
}

function missingContext(figures: Figure[]): string[] {
  const list = (fs: Figure[]) => fs.slice(0, 3).map((f) => `${figureLine(f)}${f.area ? ` (${f.area})` : ''}`).join('; ') + (fs.length > 3 ? `; and ${fs.length - 3} more` : '');
  const noPeriod = figures.filter((f) => !f.period && f.metric);
  const noArea = figures.filter((f) => !f.area.trim() && f.metric);
  const out: string[] = [];
  if (noPeriod.length) out.push(`No stated period for ${list(noPeriod)}: comparisons using ${noPeriod.length === 1 ? 'it' : 'them'} may mix periods.`);
  if (noArea.length) out.push(`No stated area for ${list(noArea)}.`);
  return out;
}

interface NarrativeParts {
  headline: string[];
  keyPoints: Comparison[];
  all: Comparison[];
  chartIds: string[];
  caveats: string[];
}

function buildNarrative(sections: SectionName[], p: NarrativeParts): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  const heading = (s: SectionName) => blocks.push({ id: `h-${s}`, kind: 'heading', text: SECTION_TITLES[s], refs: [] });
  const checks = p.all.filter((c) => c.kind.startsWith('check_'));
  const others = p.all.filter((c) => !c.kind.startsWith('check_'));
  for (const s of sections) {
    switch (s) {
      case 'headline':
        if (!p.headline.length) break;
        heading(s);
        blocks.push({ id: 'b-headline', kind: 'figure', text: '', refs: p.headline });
        break;
      case 'key-points':
        if (!p.keyPoints.length) break;
        heading(s);
        p.keyPoints.forEach((c, i) => blocks.push({ id: `b-point-${i + 1}`, kind: 'paragraph', text: c.text, refs: [c.id] }));
        break;
      case 'chart':
        if (!p.chartIds.length) break;
        heading(s);
        blocks.push({ id: 'b-chart', kind: 'chart', text: '', refs: p.chartIds });
        break;
      case 'comparisons':
        if (!others.length) break;
        heading(s);
        blocks.push({ id: 'b-comparisons', kind: 'comparison', text: '', refs: others.map((c) => c.id) });
        break;
      case 'checks':
        heading(s);
        if (checks.length) blocks.push({ id: 'b-checks', kind: 'comparison', text: '', refs: checks.map((c) => c.id) });
        else blocks.push({ id: 'b-checks', kind: 'paragraph', text: 'No stated rate, percentage change or total among these figures could be checked against its parts.', refs: [] });
        break;
      case 'caveats':
        if (!p.caveats.length) break;
        heading(s);
        blocks.push({ id: 'b-caveats', kind: 'caveats', text: '', refs: [] });
        break;
      case 'sources':
        heading(s);
        blocks.push({ id: 'b-sources', kind: 'sources', text: '', refs: [] });
        break;
    }
  }
  return blocks;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

function dedupeById(list: Comparison[]): Comparison[] {
  const seen = new Set<string>();
  return list.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}
