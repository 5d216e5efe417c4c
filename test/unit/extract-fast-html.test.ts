import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { fastScan } from '../../shared/extract/fast-html.ts';
import { parseHtml } from '../../shared/extract/html-blocks.ts';

// The attributes the page reader looks at (href only on <link>): the fast scanner keeps just these.
const READ = new Set(['property', 'name', 'itemprop', 'content', 'rel', 'href', 'type', 'datetime', 'role', 'id', 'class', 'aria-hidden', 'hidden']);

type Ev = string;
function recorder() {
  const evs: Ev[] = [];
  let text = '';
  const flush = () => {
    if (text) evs.push(`#${text}`);
    text = '';
  };
  return {
    evs: () => (flush(), evs),
    onopentag(name: string, attribs: Record<string, string>) {
      flush();
      const kept = Object.keys(attribs).filter((k) => attribs[k] !== undefined && READ.has(k) && (k !== 'href' || name === 'link')).sort();
      evs.push(`<${name}${kept.map((k) => ` ${k}=${JSON.stringify(attribs[k])}`).join('')}>`);
    },
    ontext(data: string) {
      text += data;
    },
    onclosetag(name: string) {
      flush();
      evs.push(`</${name}>`);
    },
  };
}

function viaHtmlparser2(html: string): Ev[] {
  const r = recorder();
  const p = new Parser(r, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  p.write(html);
  p.end();
  return r.evs();
}

function viaFast(html: string): Ev[] | null {
  const r = recorder();
  return fastScan(html, r) ? r.evs() : null;
}

const page = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url)), 'utf8');

describe('the fast HTML scanner', () => {
  const same = [
    '<p>Plain <b>bold</b> text</p>',
    '<P CLASS="Intro">Upper case <EM>tags</EM></P>',
    '<p>one<p>two<div>three</div><li>a<li>b</ul>',
    '<table><tr><th>Year<td>12<td>&lt;5<tr><td>Total</td></table>',
    '<p>Fewer than <5 cases; 3 < 4 and 5 > 2</p>',
    '<p>Cost &pound;450 &amp; 18&nbsp;hours &#8211; &#x2014; &mdash; &ldquo;quoted&rdquo;</p>',
    '<p>A & B, R & D, 5 &gt; 4 &amp; &#39;so&#39; on</p>',
    '<p>A&E waiting times at M&S, B&Q; Q&A; &2 and &A;</p>',
    '<title>Stats &amp; facts</title><script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a { color: red }</style>',
    '<!doctype html><!-- a comment with <p> inside --><?xml version="1.0"?><p>after</p>',
    '<div class="a b" id=main hidden data-x="1 > 0" aria-hidden="true" role=\'main\'>x</div>',
    '<svg viewBox="0 0 2 2"><path d="M0 0"/><title>icon</title></svg><p>after svg</p>',
    '<p>line<br>break<br/>again</br>end</p>',
    '</p><p>stray close</span> text</p>',
    '<meta property="og:title" content="Tom &amp; Jerry"><link rel="canonical" href="https://x.example/a?b=1&amp;c=2">',
    '<a href="/x?a=1&b=2">link with a raw ampersand in an href</a>',
    '<ul><li>one<li>two</ul><dl><dt>a<dd>b<dt>c</dl>',
    '<select><option>1<option>2</select><p>x',
    '<p>unclosed <b>at the end',
  ];
  for (const html of same) {
    it(`gives htmlparser2's events for ${JSON.stringify(html.slice(0, 50))}`, () => {
      const fast = viaFast(html);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(viaHtmlparser2(html));
    });
  }

  it('gives htmlparser2\'s events on the fixture pages', () => {
    for (const name of ['news-harbourford.html', 'foi-harbourford.html', 'news-eastmoor-long.html']) {
      const html = page(name);
      expect(viaFast(html)).toEqual(viaHtmlparser2(html));
    }
  });

  const bail = [
    '<p>&copy 2023 without a semicolon</p>',
    '<p>R &amp D and &ampx</p>',
    '<p>&AMP; in capitals</p>',
    '<p>&unknownentity; here</p>',
    '<p>&#150; windows-1252</p>',
    '<![CDATA[ x ]]><p>y</p>',
    '<p>x</ p>',
    '<script>never closed',
    '<p class="unterminated',
    '<!--> short comment --><p>z</p>',
  ];
  for (const html of bail) {
    it(`gives up (the caller uses htmlparser2) on ${JSON.stringify(html.slice(0, 40))}`, () => {
      expect(viaFast(html)).toBeNull();
      // and the page reader still reads it
      expect(() => parseHtml(`<main>${html}</main>`)).not.toThrow();
    });
  }

  it('reads a page it gives up on exactly as htmlparser2 does', () => {
    const html = '<main><p>The unit saw 1,204 patients &copy 2023.</p><p>Fewer than 12 waited</p></main>';
    const blocks = parseHtml(html).blocks.map((b) => b.text);
    expect(blocks).toEqual(['The unit saw 1,204 patients © 2023.', 'Fewer than 12 waited']);
  });

  it('is linear on 1 MB of stray "<" (each is its own text run; no search to the page end per run)', () => {
    const html = `<p>${'<'.repeat(1 << 20)} end</p>`;
    const t0 = performance.now();
    expect(viaFast(html)).not.toBeNull();
    expect(performance.now() - t0).toBeLessThan(2500);
  });

  it('is linear: 1 MB of tags, entities and stray "<" in a second', () => {
    const unit = '<p class="x">a &amp; b < c <b>d</b></p><td>&lt;5</td>';
    const html = unit.repeat(Math.ceil((1 << 20) / unit.length));
    const t0 = performance.now();
    expect(viaFast(html)).not.toBeNull();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
