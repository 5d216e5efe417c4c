// HTML → text blocks in reading order, keeping only the page's main content.
// One streaming pass with htmlparser2's Parser (linear, tolerant of broken markup); no DOM is built.
import { Parser } from 'htmlparser2';
import { fastScan } from './fast-html.ts';

export interface Cell {
  text: string;
  header: boolean;
}
export interface Row {
  cells: Cell[];
  total: boolean; // the row's own markup says it is a total (class="total")
}
export interface Table {
  caption: string;
  rows: Row[];
}
export type BlockKind = 'heading' | 'text' | 'item' | 'table';
export interface Block {
  text: string; // whitespace-collapsed, as the live page's normalised textContent shows it
  kind: BlockKind;
  table?: Table;
  speaker?: string; // the speaker line in force (debates): "Jane Member (Eastmoor North) (Lab)"
}
export interface TimeTag {
  datetime: string;
  text: string;
}
export interface PageParts {
  blocks: Block[];
  title: string;
  meta: Map<string, string>; // lower-cased name/property → content (first wins)
  canonical: string;
  jsonLd: string[];
  times: TimeTag[]; // <time datetime> anywhere in the body, in order
  furniture: string[]; // text of skipped metadata-like elements (bylines, request meta), for source-meta
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main', 'header', 'footer',
  'nav', 'aside', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'pre', 'address',
  'table', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'form', 'fieldset', 'details', 'summary',
  'br', 'hr', 'body', 'html', 'center', 'option', 'label', 'legend',
]);
// Never content: code, chrome and site furniture.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'footer', 'aside', 'form', 'button',
  'select', 'iframe', 'object', 'canvas', 'head', 'textarea', 'input', 'video', 'audio', 'map', 'dialog',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar', 'alert']);
// Class/id segments (split on - _ and spaces) that mark furniture around an article.
const SKIP_SEGMENTS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'nav', 'navbar', 'menu', 'breadcrumb', 'breadcrumbs', 'footer', 'sidebar',
  'related', 'popular', 'trending', 'mostread', 'share', 'sharing', 'social', 'comment', 'comments', 'byline',
  'author', 'date', 'dateline', 'timestamp', 'time', 'meta', 'metadata', 'ticker', 'advert', 'advertisement', 'ad',
  'ads', 'promo', 'newsletter', 'subscribe', 'signup', 'label', 'badge', 'speaker', 'toc', 'pagination', 'pager',
  'follower', 'followers', 'count', 'actions', 'masthead', 'logo', 'header', 'banner', 'strip', 'widget', 'skip',
  'tags', 'caption', 'credit', 'hidden', 'sr', 'visually', 'modal', 'popup', 'overlay', 'teaser', 'teasers',
  'recommended', 'outbrain', 'taboola', 'readmore', 'rating', 'reactions', 'status', 'procedure', 'bar', 'topbar',
  'utility', 'subscription', 'paywall', 'sticky', 'breaking', 'alert', 'alerts', 'weather',
]);
// Skipped containers whose text still tells us about the page (author, dates, FOI request meta).
const FURNITURE_KEEP = new Set(['byline', 'author', 'date', 'dateline', 'meta', 'metadata', 'header', 'label', 'speaker', 'status', 'timestamp', 'time']);

const MAX_BLOCK = 200_000; // a block longer than this is cut: bounded work per block
const MAX_FURNITURE = 60;

const NO_SEGMENTS: string[] = [];
const segCache = new Map<string, string[]>();
function segments(attr: string | undefined): string[] {
  if (!attr || attr.length > 400) return NO_SEGMENTS;
  const hit = segCache.get(attr);
  if (hit) return hit;
  const out: string[] = [];
  for (const s of attr.toLowerCase().split(/[\s_-]+/)) if (s) out.push(s);
  if (segCache.size > 2000) segCache.clear();
  segCache.set(attr, out);
  return out;
}

interface Frame {
  id: number; // element number, for choosing the main container on pages without <main>/<article>
  tag: string;
  skip: boolean; // this element starts a skipped subtree
  furniture: boolean; // skipped, but keep its text as metadata
  main: boolean; // this element opens main content (<main>, role=main)
  article: boolean;
  speaker: boolean;
}

/** Collapse whitespace (incl. no-break spaces) to single spaces. Linear (one native regex pass). */
export function collapse(s: string): string {
  // Most text has only single spaces: leave it alone (no copy) unless there is something to collapse.
  if (!NEEDS_RE.test(s)) return s;
  return s.replace(WS_RE, ' ');
}
const NEEDS_RE = /[\t\n\r\f\v\u00a0\u2007\u202f\u2028\u2029\u1680\u2000-\u200a\u205f\u3000\ufeff]| {2}/;
const WS_RE = /[\s\u00a0\u2007\u202f]+/g;

export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 4096).toLowerCase();
  return /<(!doctype|html|head|body|p|div|br|table|article|main|span|a|h[1-6]|ul|ol|li|section|meta|title)[\s>/]/.test(head);
}

export function parseHtml(html: string): PageParts {
  // The fast scanner covers ordinary pages; on anything it does not reproduce exactly it gives up
  // and the page is read again, from scratch, with htmlparser2.
  return parseWith(html, true) ?? parseWith(html, false)!;
}

function parseWith(html: string, fast: boolean): PageParts | null {
  const blocks: { b: Block; main: boolean; article: boolean; parent: number; grand: number; path: number[] }[] = [];
  let elementCount = 0;
  // Ancestors of the current block (nearest first, bounded), for the container heuristic below.
  const ancestry = (): { parent: number; grand: number; path: number[] } => {
    const path: number[] = [];
    for (let i = stack.length - 1; i >= 0 && path.length < 40; i--) {
      const t = stack[i]!.tag;
      if (t === 'p' || t === 'li' || t === 'span' || t === 'a' || t === 'b' || t === 'i' || t === 'em' || t === 'strong') continue;
      path.push(stack[i]!.id);
    }
    return { parent: path[0] ?? 0, grand: path[1] ?? 0, path };
  };
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  const times: TimeTag[] = [];
  const furniture: string[] = [];
  let title = '';
  let canonical = '';

  const stack: Frame[] = [];
  let skipDepth = 0; // frames with skip=true on the stack
  let furnDepth = 0;
  let mainDepth = 0;
  let articleDepth = 0;
  let speakerDepth = 0;
  let inTitle = false;
  let inLd = false;
  let ldBuf = '';
  let timeBuf: TimeTag | null = null;

  let buf = ''; // raw text of the block being built
  let bufKind: BlockKind = 'text';
  let furnBuf = '';
  let speakerBuf = '';
  let speaker = '';

  // Table state: only the outermost table is structured; nested ones become cell text.
  let tableDepth = 0;
  let table: Table | null = null;
  let row: Row | null = null;
  let cellBuf: string | null = null;
  let cellHeader = false;
  let captionBuf: string | null = null;

  const flush = () => {
    if (buf.length === 0) return;
    const text = collapse(buf).trim();
    buf = '';
    if (!text) return;
    const anc = mainDepth === 0 && articleDepth === 0 ? ancestry() : NO_ANCESTRY;
    for (const part of chunks(text)) {
      const b: Block = { text: part, kind: bufKind };
      if (speaker) b.speaker = speaker;
      blocks.push({ b, main: mainDepth > 0, article: articleDepth > 0, ...anc });
    }
  };
  const flushFurniture = () => {
    const t = collapse(furnBuf).trim();
    furnBuf = '';
    if (t && furniture.length < MAX_FURNITURE) furniture.push(t.slice(0, 400));
  };

  const handler = {
      onopentag(name: string, attribs: Record<string, string>) {
        if (stack.length > 5000) {
          // Pathologically deep markup: stop tracking structure, keep text flowing.
          stack.push({ id: ++elementCount, tag: name, skip: false, furniture: false, main: false, article: false, speaker: false });
          return;
        }
        if (name === 'meta') {
          const key = (attribs.property || attribs.name || attribs.itemprop || '').toLowerCase();
          if (key && attribs.content !== undefined && !meta.has(key)) meta.set(key, attribs.content.slice(0, 2000));
          return;
        }
        if (name === 'link') {
          if ((attribs.rel || '').toLowerCase().split(/\s+/).includes('canonical') && attribs.href && !canonical) canonical = attribs.href;
          return;
        }
        if (name === 'title' && !title) {
          inTitle = true;
        }
        if (name === 'script' && (attribs.type || '').toLowerCase() === 'application/ld+json') {
          inLd = true;
          ldBuf = '';
        }
        if (name === 'time') {
          timeBuf = { datetime: attribs.datetime || '', text: '' };
        }
        const role = (attribs.role || '').toLowerCase();
        const segs = attribs.id ? [...segments(attribs.class), ...segments(attribs.id)] : segments(attribs.class);
        let skip = SKIP_TAGS.has(name) || SKIP_ROLES.has(role) || attribs.hidden !== undefined || attribs['aria-hidden'] === 'true';
        // A <header> inside an article or main holds the headline: keep it.
        if (name === 'header' && mainDepth === 0 && articleDepth === 0) skip = true;
        let furn = false;
        let spk = false;
        for (const s of segs) {
          if (SKIP_SEGMENTS.has(s)) {
            skip = true;
            if (FURNITURE_KEEP.has(s)) furn = true;
            if (s === 'speaker') spk = true;
          }
        }
        if (segs.includes('most') && segs.includes('read')) skip = true;
        // Body containers (main, article, correspondence body) are never furniture, whatever their class says.
        if (name === 'main' || name === 'article' || name === 'body' || name === 'html' || role === 'main') {
          skip = SKIP_ROLES.has(role) && role !== 'main' ? skip : false;
          furn = false;
          spk = false;
        }
        const isMain = name === 'main' || role === 'main';
        const frame: Frame = { id: ++elementCount, tag: name, skip, furniture: furn && skip, main: isMain, article: name === 'article', speaker: spk };
        if (BLOCK_TAGS.has(name) && skipDepth === 0) {
          if (tableDepth === 0 || name === 'table') flush();
          if (name === 'br' && cellBuf !== null) cellBuf += ' ';
        }
        if (skip && skipDepth === 0 && frame.furniture) furnBuf = '';
        stack.push(frame);
        if (skip) skipDepth++;
        if (frame.furniture) furnDepth++;
        if (isMain) mainDepth++;
        if (frame.article) articleDepth++;
        if (spk) {
          speakerDepth++;
          speakerBuf = '';
        }
        if (skipDepth > 0) return;
        if (name === 'table') {
          tableDepth++;
          if (tableDepth === 1) table = { caption: '', rows: [] };
        } else if (tableDepth === 1) {
          if (name === 'tr') {
            row = { cells: [], total: segs.includes('total') || segs.includes('totals') };
          } else if (name === 'td' || name === 'th') {
            cellBuf = '';
            cellHeader = name === 'th';
          } else if (name === 'caption') {
            captionBuf = '';
          }
        }
        if (name.length === 2 && name.charCodeAt(0) === 104 && name.charCodeAt(1) >= 49 && name.charCodeAt(1) <= 54) bufKind = 'heading';
        else if (name === 'li' || name === 'dd' || name === 'dt') bufKind = 'item';
        else if (BLOCK_TAGS.has(name)) bufKind = 'text';
      },
      ontext(data: string) {
        if (inTitle) {
          title += data;
          return;
        }
        if (inLd) {
          if (ldBuf.length < 200_000) ldBuf += data;
          return;
        }
        if (timeBuf && timeBuf.text.length < 200) timeBuf.text += data;
        if (speakerDepth > 0 && speakerBuf.length < 400) speakerBuf += data;
        if (skipDepth > 0) {
          if (furnDepth > 0 && furnBuf.length < 2000) furnBuf += data;
          return;
        }
        if (tableDepth > 0) {
          if (cellBuf !== null) {
            if (cellBuf.length < 5000) cellBuf += data;
          } else if (captionBuf !== null) {
            if (captionBuf.length < 2000) captionBuf += data;
          }
          return;
        }
        buf += data;
      },
      onclosetag(name: string) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && inLd) {
          inLd = false;
          if (jsonLd.length < 20) jsonLd.push(ldBuf);
        }
        if (name === 'time' && timeBuf) {
          timeBuf.text = collapse(timeBuf.text).trim();
          if (times.length < 200) times.push(timeBuf);
          timeBuf = null;
        }
        // Pop to the matching frame (htmlparser2 closes implied tags itself, so this is normally the top).
        let idx = stack.length - 1;
        while (idx >= 0 && stack[idx]!.tag !== name) idx--;
        if (idx < 0) return;
        while (stack.length > idx) {
          const f = stack.pop()!;
          closeFrame(f);
        }
      },
  };

  function closeFrame(f: Frame) {
    const wasSkipped = skipDepth > 0;
    if (!wasSkipped && tableDepth > 0) {
      if (f.tag === 'table') {
        tableDepth--;
        if (tableDepth === 0 && table) {
          if (row && row.cells.length) table.rows.push(row);
          row = null;
          if (table.rows.length) {
            const text = table.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(' ');
            blocks.push({ b: { text: collapse(text).trim(), kind: 'table', table }, main: mainDepth > 0, article: articleDepth > 0, ...(mainDepth === 0 && articleDepth === 0 ? ancestry() : NO_ANCESTRY) });
          }
          table = null;
        }
      } else if (tableDepth === 1) {
        if ((f.tag === 'td' || f.tag === 'th') && cellBuf !== null) {
          if (!row) row = { cells: [], total: false };
          row.cells.push({ text: collapse(cellBuf).trim(), header: cellHeader });
          cellBuf = null;
        } else if (f.tag === 'tr' && row) {
          if (row.cells.length && table) table.rows.push(row);
          row = null;
        } else if (f.tag === 'caption' && captionBuf !== null && table) {
          table.caption = collapse(captionBuf).trim();
          captionBuf = null;
        }
      }
    } else if (!wasSkipped && BLOCK_TAGS.has(f.tag)) {
      flush();
    }
    if (f.skip) skipDepth--;
    if (f.furniture) {
      furnDepth--;
      if (furnDepth === 0) flushFurniture();
    }
    if (f.main) mainDepth--;
    if (f.article) articleDepth--;
    if (f.speaker) {
      speakerDepth--;
      if (speakerDepth === 0) speaker = collapse(speakerBuf).trim().slice(0, 300);
    }
    if (skipDepth === 0 && BLOCK_TAGS.has(f.tag)) bufKind = 'text';
  }

  if (fast) {
    if (!fastScan(html, handler)) return null;
  } else {
    try {
      const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
      parser.write(html);
      parser.end();
    } catch {
      // htmlparser2 is tolerant; anything thrown here leaves us with what was read so far.
    }
  }
  while (stack.length) closeFrame(stack.pop()!);
  flush();

  const anyMain = blocks.some((x) => x.main);
  const anyArticle = !anyMain && blocks.some((x) => x.article);
  let kept = blocks.filter((x) => (anyMain ? x.main : anyArticle ? x.article : true)).map((x) => x.b);
  if (!anyMain && !anyArticle) kept = mainContainer(blocks) ?? kept;
  return { blocks: kept, title: collapse(title).trim(), meta, canonical, jsonLd, times, furniture };
}

/** A runaway block is cut into pieces of at most MAX_BLOCK characters, at a sentence or word break. */
export function chunks(text: string): string[] {
  if (text.length <= MAX_BLOCK) return [text];
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_BLOCK);
    if (end < text.length) {
      const dot = text.lastIndexOf('. ', end);
      const sp = text.lastIndexOf(' ', end);
      if (dot > start + MAX_BLOCK / 2) end = dot + 1;
      else if (sp > start + MAX_BLOCK / 2) end = sp;
      else {
        // No break near the limit (a solid run of digits, say): never cut inside a word or number.
        const next = text.indexOf(' ', end);
        end = next < 0 ? text.length : next;
      }
    }
    const piece = text.slice(start, end).trim();
    if (piece) out.push(piece);
    start = end;
  }
  return out;
}

const NO_ANCESTRY = { parent: 0, grand: 0, path: [] as number[] };

/**
 * Pages without <main> or <article>: the container holding most of the prose (its own paragraphs
 * count fully, its grandchildren's half), as readability tools do. Null when no container clearly
 * dominates, so nothing is lost on unusual layouts.
 */
function mainContainer(blocks: { b: Block; parent: number; grand: number; path: number[] }[]): Block[] | null {
  const score = new Map<number, number>();
  let total = 0;
  for (const x of blocks) {
    if (x.b.kind === 'heading') continue;
    const len = x.b.text.length;
    if (len < 40) continue; // menus and labels, not prose
    total += len;
    if (x.parent) score.set(x.parent, (score.get(x.parent) ?? 0) + len);
    if (x.grand) score.set(x.grand, (score.get(x.grand) ?? 0) + len / 2);
  }
  let best = 0;
  let bestScore = 0;
  for (const [id, v] of score) {
    if (v > bestScore) {
      bestScore = v;
      best = id;
    }
  }
  if (!best || total === 0) return null;
  const inside = blocks.filter((x) => x.path.includes(best));
  const prose = inside.reduce((n, x) => n + (x.b.kind !== 'heading' && x.b.text.length >= 40 ? x.b.text.length : 0), 0);
  if (prose < total * 0.6) return null;
  return inside.map((x) => x.b);
}

/** Plain text: paragraphs split on blank lines; runs of tab-separated lines become tables. */
export function parseText(text: string): PageParts {
  const blocks: Block[] = [];
  const paras = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const p of paras) {
    const lines = p.split('\n').filter((l) => l.trim());
    if (lines.length >= 2 && lines.every((l) => l.includes('\t'))) {
      const rows: Row[] = lines.map((l, i) => ({
        cells: l.split('\t').map((c) => ({ text: collapse(c).trim(), header: i === 0 })),
        total: /^\s*total\b/i.test(l),
      }));
      blocks.push({ text: collapse(lines.join(' ')).trim(), kind: 'table', table: { caption: '', rows } });
      continue;
    }
    const t = collapse(p).trim();
    if (!t) continue;
    for (const part of chunks(t)) blocks.push({ text: part, kind: part.length < 90 && !/[.!?]$/.test(part) ? 'heading' : 'text' });
  }
  return { blocks, title: blocks[0]?.text.slice(0, 300) ?? '', meta: new Map(), canonical: '', jsonLd: [], times: [], furniture: [] };
}
