// Renderers: Markdown, plain text, self-contained HTML, JSON and the SVG chart; every one escapes
// hostile page text.
import { describe, expect, it } from 'vitest';
import { composeBrief, escapeMarkdown, renderBrief, renderChartSvg, renderHtml, renderJson, renderMarkdown, renderText } from '../../shared/brief/index.ts';
import { BriefSchema } from '../../shared/model.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOW, fig, seedFigures } from '../fixtures/briefs/figures.ts';

const library = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/briefs/four-forces-library.json'), 'utf8')).figures;
const forces = composeBrief(library, { template: 'spo-uptake', now: '2021-06-10T00:00:00Z' });

const seed = composeBrief(seedFigures(), { template: 'spo-uptake', now: NOW });

const EVIL = '<script>alert(1)</script>';
const hostile = composeBrief(
  [
    fig({
      value: 2041,
      id: 'evil-1',
      measure: `incidents ${EVIL}`,
      area: 'North<b>shire</b>',
      quote: { exact: '2,041', prefix: '<img src=x onerror=alert(2)> ', suffix: ' [x](javascript:alert(3))' },
      sentence: `<img src=x onerror=alert(2)> 2,041 ${EVIL} *bold* | pipe\n# heading`,
      source: { url: 'javascript:alert(4)', title: `[click](javascript:alert(5)) ${EVIL}`, publisher: '<i>pub</i>' },
    }),
    fig({ value: 6, id: 'evil-2', metric: 'orders_applied', measure: 'orders applied for', area: 'North<b>shire</b>', source: { url: 'https://ok.test/a?x=1&y="2"' } }),
  ],
  { now: NOW, title: `Brief ${EVIL}`, ask: 'Ask & <b>act</b>' },
);

describe('Markdown', () => {
  it('renders the seed-like brief with its key lines, tables, caveats and numbered sources', () => {
    const md = renderMarkdown(seed);
    expect(md).toMatch(/^# Stalking Protection Orders in Northshire: how often police use them\n/);
    expect(md).toContain('fewer than 3 for every 1,000 (2.9 per 1,000). [1]');
    expect(md).toContain('5 were granted: 83%. [1]');
    expect(md).toContain('up 615, or +43%. [1]');
    expect(md).toContain('The stated charge rate of 7.71% (2019-20) checks out: 110 of 1,426 is 7.71%. [1]');
    expect(md).toContain('| Stated rate against its parts |');
    expect(md).toContain('covers nine months (the nine months to December 2020), not a full year');
    expect(md).toContain('1. [Northshire police rarely use stalking orders](<https://courier.example/northshire/stalking-orders>)');
    expect(md).toContain('> In the nine months to December 2020, **2,041** stalking incidents');
    expect(md).toContain('| Northshire, the nine months to December 2020 | orders applied for | 6 |');
  });

  it('escapes hostile text: no raw HTML, no injected links, one line per cell', () => {
    const md = renderMarkdown(hostile);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/(^|[^\\])<img/m); // only ever as "\<img"
    expect(md).toContain('\\<img src=x onerror=alert(2)\\>');
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/m); // "\](" is text, not a link
    expect(md).toContain('\\[click\\](javascript:alert(5))');
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/^# heading/m);
    expect(escapeMarkdown('1. not a list', true)).toBe('1\\. not a list');
    expect(escapeMarkdown('a|b*c_[d]')).toBe('a\\|b\\*c\\_\\[d\\]');
  });
});

describe('plain text', () => {
  it('renders an email body with no markup', () => {
    const txt = renderText(seed);
    expect(txt.split('\n')[1]).toMatch(/^=+$/);
    expect(txt).toContain('fewer than 3 for every 1,000 (2.9 per 1,000). [1]');
    expect(txt).toContain('Matches. Stated rate against its parts: 7.71% (stated 7.71%). Working: 110 ÷ 1,426 × 100');
    expect(txt).toContain('[1] Northshire police rarely use stalking orders: Northshire Courier (test fixture), Staff reporter, published 4 March 2021, accessed 5 March 2021');
    expect(txt).not.toMatch(/[*_]{2}|<\w/);
  });

  it('keeps hostile text on one line and drops control characters', () => {
    const b = composeBrief([fig({ value: 1, measure: 'a\nb\u0007c', id: 'ctl' })], { now: NOW });
    const txt = renderText(b);
    expect(txt).toContain('a bc');
    expect(txt).not.toContain('\u0007');
  });
});

describe('HTML', () => {
  const html = renderHtml(seed);

  it('is self-contained: inline CSS and SVG, no scripts or external requests, an A4 print stylesheet', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/break-inside: avoid/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="b-chart-title b-chart-desc"');
    expect(html).toContain('<caption>Data for the chart</caption>');
  });

  it('shows the key lines, checks with their status and sources with quotes', () => {
    expect(html).toContain('fewer than 3 for every 1,000 (2.9 per 1,000). <span class="refs">[<a href="#source-1">1</a>]</span>');
    expect(html).toContain('<span class="status-matches">Matches</span>');
    expect(html).toContain('<li id="source-1"><a href="https://courier.example/northshire/stalking-orders">');
    expect(html).toContain('<mark>7.71 per cent</mark>');
  });

  it('escapes hostile text everywhere and links only http(s)', () => {
    const h = renderHtml(hostile);
    expect(h).not.toContain('<script>alert');
    expect(h).not.toContain('<img');
    expect(h).not.toContain('<b>shire');
    expect(h).not.toMatch(/href="javascript:/i);
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('<title>Brief &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(h).toContain('Ask &amp; &lt;b&gt;act&lt;/b&gt;');
    expect(h).toContain('href="https://ok.test/a?x=1&amp;y=%222%22"');
  });
});

describe('SVG chart', () => {
  it('has a title, a description with every number, and labelled bars on one scale', () => {
    const svg = renderChartSvg([{ label: 'Northshire, 2020', bars: [{ label: 'incidents', value: 2041 }, { label: 'orders applied for', value: 6 }, { label: 'orders granted', value: 0 }] }], { id: 'c1' });
    expect(svg).toContain('<title id="c1-title">Incidents against orders applied for and granted</title>');
    expect(svg).toContain('<desc id="c1-desc">Bar chart of incidents against orders applied for and granted, all on one scale. Northshire, 2020: 2,041 incidents, 6 orders applied for, 0 orders granted.</desc>');
    // widths: 2,041 → the full 400; 6 → 6 ÷ 2,041 × 400 = 1.18, drawn at the 2-unit minimum; 0 → 0
    expect(svg).toContain('width="400.0"');
    expect(svg).toContain('width="2.0"');
    expect(svg).toContain('width="0.0"');
  });

  it('escapes labels', () => {
    const svg = renderChartSvg([{ label: EVIL, bars: [{ label: 'incidents', value: 1 }] }]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('JSON', () => {
  it('is the Brief record, and renders the same after a round trip', () => {
    const json = renderJson(seed);
    const back = BriefSchema.parse(JSON.parse(json));
    expect(back).toEqual(seed);
    expect(renderMarkdown(back)).toBe(renderMarkdown(seed));
  });

  it('renderBrief dispatches every format', () => {
    for (const f of ['md', 'html', 'txt', 'json'] as const) expect(renderBrief(seed, f).length).toBeGreaterThan(500);
  });

  it('a brief stored before the league-table fields existed still parses and renders', () => {
    const old = JSON.parse(renderJson(seed));
    for (const c of old.comparisons) {
      delete c.inputs;
      delete c.rows;
    }
    const b = BriefSchema.parse(old);
    expect(renderHtml(b)).toContain('2.9 per 1,000');
  });
});

describe('a league table across forces', () => {
  it('ranks areas in every renderer, a force with no orders last', () => {
    // Southvale 8 ÷ 1,200 = 6.7; Westdale 19 ÷ 3,105 = 6.1; Northshire 6 ÷ 2,890 = 2.1; Eastmoor 0 ÷ 900 = 0.0 (per 1,000)
    const md = renderMarkdown(forces);
    expect(md).toContain('| 1 | Southvale | 6.7 per 1,000 |\n| 2 | Westdale | 6.1 per 1,000 |\n| 3 | Northshire | 2.1 per 1,000 |\n| 4 | Eastmoor | 0.0 per 1,000 |');
    expect(renderText(forces)).toContain('League table: Northshire ranks 3rd of 4.');
    expect(renderHtml(forces)).toContain('<tr><td>4</td><th scope="row">Eastmoor</th><td>0.0 per 1,000</td></tr>');
    // an FOI source: the public body, its reference and reply date
    expect(renderText(forces)).toContain('AskFOI (test fixture), ref. FOI-2021-0042, replied 1 June 2021, accessed 2 June 2021');
  });
});
