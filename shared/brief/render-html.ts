// Self-contained HTML: inline CSS and SVG, no scripts and no external requests (a CSP says so),
// an A4 print stylesheet. Every piece of text is escaped; URLs are linked only when http(s).
import type { Brief, NarrativeBlock } from '../model.ts';
import { KIND_LABELS, STATUS_LABELS, briefView, chartDescription, quoteSegments, sourceDetails, type BriefView } from './brief-view.ts';
import { longDate } from './caveats.ts';
import { renderChartSvg } from './chart.ts';
import { escapeHtml as h, safeUrl, splitRefs } from './escape.ts';
import { formatFigureText, whereWhen } from './phrasing.ts';

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f7f5f0; color: #1a1a1a; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem; background: #ffffff; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; color: #1d3557; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #1d3557; color: #1d3557; break-after: avoid; page-break-after: avoid; }
p, li { overflow-wrap: anywhere; }
.meta { color: #4a4a4a; margin: 0 0 1rem; }
.ask { border-left: 4px solid #a63d12; background: #fbf1ec; padding: .6rem .9rem; margin: 1rem 0; }
.ask p { margin: 0; }
.headline { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .5rem; }
.headline li { border: 1px solid #c9c4b8; border-radius: 4px; padding: .4rem .6rem; break-inside: avoid; page-break-inside: avoid; }
.headline .value { display: block; font-size: 1.35rem; font-weight: 700; color: #1d3557; }
.headline .where { display: block; color: #4a4a4a; font-size: .85em; }
.points li { margin-bottom: .35rem; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .88em; table-layout: fixed; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid #c9c4b8; padding: .3rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #ece8df; }
tr { break-inside: avoid; page-break-inside: avoid; }
.col-what { width: 22%; } .col-words { width: 43%; } .col-result { width: 15%; } .col-working { width: 20%; }
.status-matches { color: #1e5e3f; font-weight: 600; }
.status-mismatch { color: #9b1c1c; font-weight: 600; }
.status-unknown { color: #4a4a4a; font-weight: 600; }
figure { margin: .5rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.chart-data th, .chart-data td { text-align: right; } .chart-data th:first-child { text-align: left; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: .9em; color: #4a4a4a; }
.caveats li { margin-bottom: .3rem; }
.sources li { margin-bottom: .6rem; break-inside: avoid; page-break-inside: avoid; }
.sources a { color: #1d3557; overflow-wrap: anywhere; }
.sources .url { display: block; font-size: .85em; color: #4a4a4a; overflow-wrap: anywhere; }
blockquote { margin: .3rem 0 0 0; padding: .2rem .6rem; border-left: 3px solid #c9c4b8; color: #333333; font-size: .92em; }
mark { background: #fff1a8; color: #1a1a1a; }
footer { margin-top: 2rem; font-size: .85em; color: #4a4a4a; }
@page { size: A4; margin: 16mm 15mm 18mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #555; } }
@media print {
  body { background: #ffffff; font-size: 9.5pt; line-height: 1.4; }
  main { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: underline; }
  h1 { font-size: 17pt; }
  h2 { font-size: 12pt; margin: .9rem 0 .4rem; }
  .headline { grid-template-columns: repeat(4, 1fr); gap: .35rem; }
  .headline li { padding: .25rem .4rem; }
  .headline .value { font-size: 13pt; }
  table { font-size: 8.5pt; }
  table { margin-bottom: .6rem; }
  th, td { padding: .2rem .35rem; }
  /* Long tables may run over a page, but never split a row, a chart or a quotation. */
  figure, .ask, blockquote, li, table.keep { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  footer { margin-top: 1rem; }
}
`;

export function renderHtml(brief: Brief): string {
  const v = briefView(brief);
  const body = brief.narrative.map((b) => block(v, b)).join('\n');
  const meta = [brief.audience ? `For: ${h(brief.audience)}` : '', `Prepared ${h(longDate(brief.updatedAt))}`].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${h(brief.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${h(brief.title)}</h1>
<p class="meta">${meta}</p>
</header>
${brief.ask ? `<section class="ask" aria-label="The ask"><p><strong>The ask:</strong> ${h(brief.ask)}</p></section>` : ''}
${body}
<footer><p>Made with ClipBrief. Every figure is quoted from its source under Sources; the working for every comparison is shown beside it.</p></footer>
</main>
</body>
</html>
`;
}

function refLinks(ns: number[]): string {
  return ns.length ? ` <span class="refs">[${ns.map((n) => `<a href="#source-${n}">${n}</a>`).join(', ')}]</span>` : '';
}

/** Sentences end with " [1]" in their text; in HTML those become links to the source list. */
function textWithRefs(text: string): string {
  const [body, ns] = splitRefs(text);
  return h(body) + refLinks(ns);
}

function block(v: BriefView, b: NarrativeBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h2 id="${h(b.id)}">${h(b.text)}</h2>`;
    case 'paragraph':
      return b.id.startsWith('b-point-') ? `<ul class="points"><li>${textWithRefs(b.text)}</li></ul>` : `<p>${textWithRefs(b.text)}</p>`;
    case 'figure':
      return `<ul class="headline">${b.refs
        .map((id) => {
          const f = v.figure(id);
          return f
            ? `<li><span class="value">${h(formatFigureText(f))}</span> ${h(f.measure)}<span class="where">${h(whereWhen(f))}${refLinks(v.sourceRefs([id]))}</span></li>`
            : '';
        })
        .join('')}</ul>`;
    case 'comparison': {
      const list = b.refs.map((id) => v.comparison(id)).filter((c) => c !== undefined);
      const checks = list.some((c) => c.kind.startsWith('check_'));
      const rows = list
        .map((c) => {
          const result = checks
            ? `<span class="status-${c.status}">${h(STATUS_LABELS[c.status])}</span>${c.result ? `<br>${h(c.result)}` : ''}`
            : h(c.result);
          return `<tr><th scope="row">${h(KIND_LABELS[c.kind] ?? c.kind)}</th><td>${textWithRefs(c.text)}</td><td>${result}</td><td>${h(c.formula)}${c.rounding ? `<br><small>${h(c.rounding)}</small>` : ''}</td></tr>`;
        })
        .join('');
      const caption = checks ? 'Stated figures checked against their parts' : 'Comparisons, with their working';
      let out = `<table><caption>${caption}</caption><colgroup><col class="col-what"><col class="col-words"><col class="col-result"><col class="col-working"></colgroup><thead><tr><th scope="col">What</th><th scope="col">In words</th><th scope="col">${checks ? 'Check' : 'Result'}</th><th scope="col">Working</th></tr></thead><tbody>${rows}</tbody></table>`;
      for (const c of list.filter((x) => x.rows.length)) {
        out += `<table class="keep"><caption>${h(KIND_LABELS[c.kind] ?? c.kind)}: ${h(c.formula)}</caption><thead><tr><th scope="col">Rank</th><th scope="col">Area</th><th scope="col">Result</th></tr></thead><tbody>${c.rows
          .map((r, i) => `<tr><td>${i + 1}</td><th scope="row">${h(r.label)}</th><td>${h(r.result)}</td></tr>`)
          .join('')}</tbody></table>`;
      }
      return out;
    }
    case 'chart': {
      const groups = v.chart(b.refs);
      const measures = [...new Set(groups.flatMap((g) => g.bars.map((bar) => bar.label)))];
      const fmt = new Intl.NumberFormat('en-GB');
      const rows = groups
        .map((g) => `<tr><th scope="row">${h(g.label)}</th>${measures.map((m) => { const bar = g.bars.find((x) => x.label === m); return `<td>${bar ? h(fmt.format(bar.value)) : '–'}</td>`; }).join('')}</tr>`)
        .join('');
      // Chart, caption and data table in one figure, so print never separates them.
      return `<figure>${renderChartSvg(groups, { id: h(b.id) })}<figcaption>${h(chartDescription(groups))}</figcaption>
<table class="chart-data"><caption>Data for the chart</caption><thead><tr><th scope="col">Area and period</th>${measures.map((m) => `<th scope="col">${h(m)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></figure>`;
    }
    case 'caveats':
      return `<ul class="caveats">${v.brief.caveats.map((c) => `<li>${h(c)}</li>`).join('')}</ul>`;
    case 'sources':
      return `<ol class="sources">${v.sources
        .map((e) => {
          const url = safeUrl(e.source.url);
          const title = h(e.source.title || e.source.url || 'Untitled source');
          const quotes = quoteSegments(e.figures.slice(0, 20)).map((q) => `<blockquote>${q.map((x) => (x.mark ? `<mark>${h(x.text)}</mark>` : h(x.text))).join('')}</blockquote>`);
          return `<li id="source-${e.n}">${url ? `<a href="${h(url)}">${title}</a>` : title}. ${h(sourceDetails(e))}.<span class="url">${h(e.source.url)}</span>${quotes.join('')}</li>`;
        })
        .join('')}</ol>`;
  }
}
