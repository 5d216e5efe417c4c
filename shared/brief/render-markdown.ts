// Markdown: for pasting into documents, issues and emails that render it. All page text escaped.
import type { Brief, NarrativeBlock } from '../model.ts';
import { KIND_LABELS, STATUS_LABELS, briefView, chartDescription, quoteSegments, sourceDetails, type BriefView } from './brief-view.ts';
import { longDate } from './caveats.ts';
import { escapeMarkdown as md, markdownUrl, safeUrl, splitRefs } from './escape.ts';
import { formatFigureText, whereWhen } from './phrasing.ts';
import { refText } from './sources.ts';

export function renderMarkdown(brief: Brief): string {
  const v = briefView(brief);
  const out: string[] = [`# ${md(brief.title)}`, ''];
  const meta = [brief.audience ? `**For:** ${md(brief.audience)}` : '', `**Prepared:** ${longDate(brief.updatedAt)}`].filter(Boolean);
  out.push(meta.join('  \n'), '');
  if (brief.ask) out.push(`**The ask:** ${md(brief.ask)}`, '');
  for (const b of brief.narrative) out.push(...block(v, b));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** Escaped text with its trailing source references left readable: "… 83%. [1]". */
function withRefs(text: string, atLineStart = false): string {
  const [body, ns] = splitRefs(text);
  return md(body, atLineStart) + refText(ns);
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

function block(v: BriefView, b: NarrativeBlock): string[] {
  switch (b.kind) {
    case 'heading':
      return ['', `## ${md(b.text)}`, ''];
    case 'paragraph':
      // Key points read as a list; other paragraphs as prose.
      return b.id.startsWith('b-point-') ? [`- ${withRefs(b.text)}`] : [withRefs(b.text, true), ''];
    case 'figure':
      return [
        ...b.refs.flatMap((id) => {
          const f = v.figure(id);
          return f ? [`- **${md(formatFigureText(f))}** ${md(f.measure)} (${md(whereWhen(f))})${refText(v.sourceRefs([id]))}`] : [];
        }),
        '',
      ];
    case 'comparison': {
      const list = b.refs.map((id) => v.comparison(id)).filter((c) => c !== undefined);
      const checks = list.some((c) => c.kind.startsWith('check_'));
      const rows = list.map((c) => [
        md(KIND_LABELS[c.kind] ?? c.kind),
        withRefs(c.text),
        md(checks ? `${STATUS_LABELS[c.status]}${c.result ? `: ${c.result}` : ''}` : c.result),
        md([c.formula, c.rounding ? `(${c.rounding})` : ''].filter(Boolean).join(' ')),
      ]);
      const out = table(['What', 'In words', checks ? 'Check' : 'Result', 'Working'], rows);
      for (const c of list.filter((x) => x.rows.length)) {
        out.push(`**${md(KIND_LABELS[c.kind] ?? c.kind)}**`, '', ...table(['Rank', 'Area', 'Result'], c.rows.map((r, i) => [String(i + 1), md(r.label), md(r.result)])));
      }
      return out;
    }
    case 'chart': {
      const groups = v.chart(b.refs);
      const rows = groups.flatMap((g) => g.bars.map((bar) => [md(g.label), md(bar.label), new Intl.NumberFormat('en-GB').format(bar.value)]));
      return [`*${md(chartDescription(groups))}*`, '', ...table(['Area and period', 'Measure', 'Number'], rows)];
    }
    case 'caveats':
      return [...v.brief.caveats.map((c) => `- ${md(c)}`), ''];
    case 'sources':
      return [
        ...v.sources.flatMap((e) => {
          const url = safeUrl(e.source.url);
          const title = md(e.source.title || e.source.url || 'Untitled source');
          const head = `${e.n}. ${url ? `[${title}](${markdownUrl(url)})` : title}: ${md(sourceDetails(e))}${url ? '' : e.source.url ? ` (${md(e.source.url)})` : ''}`;
          const quotes = quoteSegments(e.figures.slice(0, 20)).map((q) => `   > ${q.map((x) => (x.mark ? `**${md(x.text)}**` : md(x.text))).join('')}`);
          return [head, ...dedupeLines(quotes)];
        }),
        '',
      ];
  }
}

function dedupeLines(lines: string[]): string[] {
  return [...new Set(lines)].flatMap((l, i) => (i ? ['   >', l] : [l]));
}
