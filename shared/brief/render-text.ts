// Plain text for an email body: no markup at all, headings underlined, sources numbered.
import type { Brief, NarrativeBlock } from '../model.ts';
import { KIND_LABELS, STATUS_LABELS, briefView, chartDescription, quoteSegments, sourceDetails, type BriefView } from './brief-view.ts';
import { longDate } from './caveats.ts';
import { oneLine } from './escape.ts';
import { formatFigureText, whereWhen } from './phrasing.ts';
import { refText } from './sources.ts';

export function renderText(brief: Brief): string {
  const v = briefView(brief);
  const title = oneLine(brief.title);
  const out: string[] = [title, '='.repeat(Math.min(title.length, 72)), ''];
  if (brief.audience) out.push(`For: ${oneLine(brief.audience)}`);
  out.push(`Prepared: ${longDate(brief.updatedAt)}`, '');
  if (brief.ask) out.push(`The ask: ${oneLine(brief.ask)}`, '');
  for (const b of brief.narrative) out.push(...block(v, b));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function block(v: BriefView, b: NarrativeBlock): string[] {
  switch (b.kind) {
    case 'heading':
      return ['', oneLine(b.text), '-'.repeat(Math.min(oneLine(b.text).length, 72)), ''];
    case 'paragraph':
      return b.id.startsWith('b-point-') ? [`* ${oneLine(b.text)}`] : [oneLine(b.text), ''];
    case 'figure':
      return [
        ...b.refs.flatMap((id) => {
          const f = v.figure(id);
          return f ? [`* ${oneLine(`${formatFigureText(f)} ${f.measure} (${whereWhen(f)})`)}${refText(v.sourceRefs([id]))}`] : [];
        }),
        '',
      ];
    case 'comparison':
      return b.refs.flatMap((id) => {
        const c = v.comparison(id);
        if (!c) return [];
        const status = c.kind.startsWith('check_') ? `${STATUS_LABELS[c.status]}. ` : '';
        const lines = [`* ${oneLine(c.text)}`, `  ${status}${KIND_LABELS[c.kind] ?? c.kind}: ${oneLine(c.result)}. Working: ${oneLine(c.formula)}${c.rounding ? ` (${oneLine(c.rounding)})` : ''}.`];
        for (const [i, r] of c.rows.entries()) lines.push(`    ${i + 1}. ${oneLine(r.label)}: ${oneLine(r.result)}`);
        return [...lines, ''];
      });
    case 'chart': {
      const groups = v.chart(b.refs);
      return [oneLine(chartDescription(groups)), ''];
    }
    case 'caveats':
      return [...v.brief.caveats.map((c) => `* ${oneLine(c)}`), ''];
    case 'sources':
      return v.sources.flatMap((e) => [
        `[${e.n}] ${oneLine(e.source.title || 'Untitled source')}: ${oneLine(sourceDetails(e))}`,
        ...(e.source.url ? [`    ${oneLine(e.source.url)}`] : []),
        ...quoteSegments(e.figures.slice(0, 20)).map((q) => `    “${oneLine(q.map((x) => x.text).join(''))}”`),
        '',
      ]);
  }
}
