// Comparisons and briefs: the public entry. Pure logic shared by the PWA and the command line.
export { composeBrief, editorChoices, type ComposeOptions } from './compose.ts';
export { suggestFigures } from './suggest.ts';
export { figureId, toFigure, applyOverrides, mergeMentions, SourcedFoundFigureSchema, type FigureLike, type PairingOverrides } from './figures.ts';
export { groupFigures, leadGroup, pick, groupKey, type FigureGroup } from './grouping.ts';
export { ordersPer1000, incidentsPerOrder, grantRate, chargeRate } from './group-rates.ts';
export { changeBetween, changes, periodPair } from './change.ts';
export { areaVsArea, shareOfNational, leagueTable, groupRate, type GroupRate } from './area-comparisons.ts';
export { checkRate, checkChange, checkTotal, checkShare, checkPer1000, allChecks } from './checks.ts';
export type { PhraseContext } from './comparison.ts';
export { TEMPLATES, getTemplate, templateNames, SECTION_TITLES, type BriefTemplate, type SectionName } from './templates.ts';
export { renderMarkdown } from './render-markdown.ts';
export { renderText } from './render-text.ts';
export { emailShort, emailSubject, mailtoHref } from './render-email.ts';
export { renderHtml } from './render-html.ts';
export { renderJson } from './render-json.ts';
export { renderChartSvg } from './chart.ts';
export { briefView, KIND_LABELS } from './brief-view.ts';
export { escapeHtml, escapeMarkdown, safeUrl } from './escape.ts';
export { roundTo, formatNumber, matchesStated, statedDecimals } from './numbers.ts';

import type { Brief } from '../model.ts';
import { renderHtml } from './render-html.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderText } from './render-text.ts';

export const BRIEF_FORMATS = ['md', 'html', 'txt', 'json'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export function renderBrief(brief: Brief, format: BriefFormat): string {
  switch (format) {
    case 'md':
      return renderMarkdown(brief);
    case 'html':
      return renderHtml(brief);
    case 'txt':
      return renderText(brief);
    case 'json':
      return renderJson(brief);
  }
}
