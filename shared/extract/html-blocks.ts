// HTML → text blocks in reading order, keeping only the page's main content.
// One streaming pass with htmlparser2's Parser (linear, tolerant of broken markup); no DOM is built.
import { Parser } from 'htmlparser2';
import { TEXT_ALL, TEXT_NONE, TEXT_NOT_BLANK, fastScan } from './fast-html.ts';
import { TAG_NAMES, internTag, tagIdOf } from './tag-table.ts';
import { flatText } from './words.ts';

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
  blocks: Block[]; // each block's text is one flat string (see flatText)
  title: string;
  meta: Map<string, string>; // lower-cased name/property → content (first wins)
  canonical: string;
  jsonLd: string[];
  times: TimeTag[]; // <time datetime> anywhere in the body, in order
  furniture: string[]; // text of skipped metadata-like elements (bylines, request meta), for source-meta
}

const BLOCK_TAGS = [
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main', 'header', 'footer',
  'nav', 'aside', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'pre', 'address',
  'table', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'form', 'fieldset', 'details', 'summary',
  'br', 'hr', 'body', 'html', 'center', 'option', 'label', 'legend',
];
// Never content: code, chrome and site furniture.
const SKIP_TAGS = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'footer', 'aside', 'form', 'button',
  'select', 'iframe', 'object', 'canvas', 'head', 'textarea', 'input', 'video', 'audio', 'map', 'dialog',
];
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

// Each tag maps (by its tag-table id) to what the reader needs to know about it: a kind (the low
// bits) for the tags handled one by one, and flags. Other tags are 0: inline, no kind.
const K_META = 1;
const K_LINK = 2;
const K_TITLE = 3;
const K_SCRIPT = 4;
const K_TIME = 5;
const K_HEADER = 6;
const K_MAIN = 7;
const K_ARTICLE = 8;
const K_BODY = 9; // body, html
const K_TABLE = 10;
const K_TR = 11;
const K_TD = 12;
const K_TH = 13;
const K_CAPTION = 14;
const K_BR = 15;
const KIND = 15;
const T_BLOCK = 16;
const T_SKIP = 32;
const T_HEADING = 64;
const T_ITEM = 128; // li, dd, dt
const T_INLINE = 256; // not a container for the main-content heuristic (p, li, span, a, b, i, em, strong)
const TAG_INFO: number[] = [];
const tag = (names: string[], bits: number) => {
  for (const name of names) {
    const id = internTag(name);
    TAG_INFO[id] = (TAG_INFO[id] ?? 0) | bits;
  }
};
tag(BLOCK_TAGS, T_BLOCK);
tag(SKIP_TAGS, T_SKIP);
tag(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], T_HEADING);
tag(['li', 'dd', 'dt'], T_ITEM);
tag(['p', 'li', 'span', 'a', 'b', 'i', 'em', 'strong'], T_INLINE);
tag(['meta'], K_META);
tag(['link'], K_LINK);
tag(['title'], K_TITLE);
tag(['script'], K_SCRIPT);
tag(['time'], K_TIME);
tag(['header'], K_HEADER);
tag(['main'], K_MAIN);
tag(['article'], K_ARTICLE);
tag(['body', 'html'], K_BODY);
tag(['table'], K_TABLE);
tag(['tr'], K_TR);
tag(['td'], K_TD);
tag(['th'], K_TH);
tag(['caption'], K_CAPTION);
tag(['br'], K_BR);
for (let id = 0; id < TAG_NAMES.length; id++) TAG_INFO[id] ??= 0;

// What a class or id value says, as bits over its segments: cached per value, so a tag costs one lookup.
const S_SKIP = 1; // a SKIP_SEGMENTS segment
const S_FURNITURE = 2; // …that is also in FURNITURE_KEEP
const S_SPEAKER = 4;
const S_MOST = 8;
const S_READ = 16;
const S_TOTAL = 32; // "total" or "totals"
const segCache = new Map<string, number>();
// In front of it, the last value met at each of a few slots (by length and end characters): a repeat
// is told by one string compare, without hashing the value (a fresh copy on every tag).
const recentSeg: string[] = new Array<string>(64).fill('');
const recentBits = new Int32Array(64);
function segmentBits(attr: string | undefined): number {
  if (!attr || attr.length > 400) return 0;
  const slot = (attr.length * 7 + attr.charCodeAt(0) * 3 + attr.charCodeAt(attr.length - 1)) & 63;
  if (recentSeg[slot] === attr) return recentBits[slot]!;
  let hit = segCache.get(attr);
  if (hit === undefined) hit = segmentBitsOf(attr);
  recentSeg[slot] = attr;
  recentBits[slot] = hit;
  return hit;
}
function segmentBitsOf(attr: string): number {
  let bits = 0;
  for (const s of attr.toLowerCase().split(/[\s_-]+/)) {
    if (SKIP_SEGMENTS.has(s)) {
      bits |= S_SKIP;
      if (FURNITURE_KEEP.has(s)) bits |= S_FURNITURE;
      if (s === 'speaker') bits |= S_SPEAKER;
    }
    if (s === 'most') bits |= S_MOST;
    else if (s === 'read') bits |= S_READ;
    else if (s === 'total' || s === 'totals') bits |= S_TOTAL;
  }
  if (segCache.size > 2000) segCache.clear();
  segCache.set(attr, bits);
  return bits;
}

// A frame's own state (Frame.state bits).
const F_SKIP = 1; // this element starts a skipped subtree
const F_FURNITURE = 2; // skipped, but keep its text as metadata
const F_MAIN = 4; // this element opens main content (<main>, role=main)
const F_ARTICLE = 8;
const F_SPEAKER = 16;

interface Frame {
  id: number; // element number, for choosing the main container on pages without <main>/<article>
  tag: string;
  info: number; // the tag's TAG_INFO entry
  state: number; // F_* bits
}

/** Collapse whitespace (incl. no-break spaces) to single spaces. Linear (one native regex pass). */
export function collapse(s: string): string {
  // Most text has only single spaces: leave it alone (no copy) unless there is something to collapse.
  if (!NEEDS_RE.test(s)) return s;
  return s.replace(WS_RE, ' ');
}
const NEEDS_RE = /[\t\n\r\f\v\u00a0\u2007\u202f\u2028\u2029\u1680\u2000-\u200a\u205f\u3000\ufeff]| {2}/;
// Each white-space run (\s covers the no-break spaces) but a single space, which is already what it
// would become: far fewer matches to replace than with every run.
const WS_RE = /\s\s+|[^\S ]/g;

/** collapse(s).trim(); trimming first leaves the (many) white-space-only texts between blocks nothing to collapse. */
function collapseTrim(s: string): string {
  return collapse(s.trim());
}

/**
 * collapseTrim as one flat string, for a block's text (the finder reads it char by char; see
 * flatText): text that needed collapsing is a new flat string already, so only the rest is copied.
 */
function collapseTrimFlat(s: string): string {
  const t = s.trim();
  return NEEDS_RE.test(t) ? t.replace(WS_RE, ' ') : flatText(t);
}

export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 4096).toLowerCase();
  return /<(!doctype|html|head|body|p|div|br|table|article|main|span|a|h[1-6]|ul|ol|li|section|meta|title)[\s>/]/.test(head);
}

export function parseHtml(html: string): PageParts {
  // The fast scanner covers ordinary pages; on anything it does not reproduce exactly it gives up
  // and the page is read again, from scratch, with htmlparser2.
  try {
    return parseWith(html, true) ?? parseWith(html, false)!;
  } finally {
    // Cached class values may be slices of this page: do not keep the page alive after it is read.
    segCache.clear();
    recentSeg.fill('');
  }
}

function parseWith(html: string, fast: boolean): PageParts | null {
  const blocks: { b: Block; main: boolean; article: boolean; parent: number; grand: number; path: number[] }[] = [];
  let elementCount = 0;
  // Ancestors of the current block (nearest first, bounded), for the container heuristic below.
  const ancestry = (): { parent: number; grand: number; path: number[] } => {
    const path: number[] = [];
    for (let i = depth - 1; i >= 0 && path.length < 40; i--) {
      const f = frames[i]!;
      if (f.info & T_INLINE) continue;
      path.push(f.id);
    }
    return { parent: path[0] ?? 0, grand: path[1] ?? 0, path };
  };
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  const times: TimeTag[] = [];
  const furniture: string[] = [];
  let title = '';
  let canonical = '';

  // Open elements, innermost last: frames[0, depth). Frame objects are reused, one per depth, as
  // nothing keeps a frame once it is closed.
  const frames: Frame[] = [];
  let depth = 0;
  const pushFrame = (tag: string, info: number, state: number) => {
    const f = frames[depth++];
    if (f) {
      f.id = ++elementCount;
      f.tag = tag;
      f.info = info;
      f.state = state;
    } else frames.push({ id: ++elementCount, tag, info, state });
  };
  let skipDepth = 0; // frames with F_SKIP on the stack
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

  const pushBlock = (b: Block) => {
    const anc = mainDepth === 0 && articleDepth === 0 ? ancestry() : NO_ANCESTRY;
    blocks.push({ b, main: mainDepth > 0, article: articleDepth > 0, parent: anc.parent, grand: anc.grand, path: anc.path });
  };
  const flush = () => {
    if (buf.length === 0) return;
    const text = collapseTrimFlat(buf);
    buf = '';
    if (!text) return;
    if (text.length <= MAX_BLOCK) pushText(text);
    else for (const part of chunks(text)) pushText(flatText(part));
  };
  const pushText = (text: string) => {
    const b: Block = { text, kind: bufKind };
    if (speaker) b.speaker = speaker;
    pushBlock(b);
  };
  const flushFurniture = () => {
    const t = collapseTrim(furnBuf);
    furnBuf = '';
    if (t && furniture.length < MAX_FURNITURE) furniture.push(t.slice(0, 400));
  };

  const handler = {
      onopentag(name: string, attribs: Record<string, string>, id: number) {
        // id 0: a name the scanner does not know as written, whose lower case may still be one of ours
        // ("LIN\u212A": the Kelvin sign lower-cases to "k"), and every name from htmlparser2.
        const info = TAG_INFO[id !== 0 ? id : tagIdOf(name)]!;
        const kind = info & KIND;
        if (depth > 5000) {
          // Pathologically deep markup: stop tracking structure, keep text flowing.
          pushFrame(name, info, 0);
          return;
        }
        if (kind === K_META) {
          if (attribs.content !== undefined) {
            const key = (attribs.property || attribs.name || attribs.itemprop || '').toLowerCase();
            if (key && !meta.has(key)) meta.set(key, attribs.content.slice(0, 2000));
          }
          return;
        }
        if (kind === K_LINK) {
          if ((attribs.rel || '').toLowerCase().split(/\s+/).includes('canonical') && attribs.href && !canonical) canonical = attribs.href;
          return;
        }
        if (kind === K_TITLE && !title) {
          inTitle = true;
        }
        if (kind === K_SCRIPT && (attribs.type || '').toLowerCase() === 'application/ld+json') {
          inLd = true;
          ldBuf = '';
        }
        if (kind === K_TIME) {
          timeBuf = { datetime: attribs.datetime || '', text: '' };
        }
        const role = attribs.role ? attribs.role.toLowerCase() : '';
        const seg = segmentBits(attribs.class) | segmentBits(attribs.id);
        let skip =
          (info & T_SKIP) !== 0 || (role !== '' && SKIP_ROLES.has(role)) || attribs.hidden !== undefined || attribs['aria-hidden'] === 'true' ||
          (seg & S_SKIP) !== 0 || (seg & (S_MOST | S_READ)) === (S_MOST | S_READ);
        // A <header> inside an article or main holds the headline: keep it.
        if (kind === K_HEADER && mainDepth === 0 && articleDepth === 0) skip = true;
        let furn = (seg & S_FURNITURE) !== 0;
        let spk = (seg & S_SPEAKER) !== 0;
        // Body containers (main, article, correspondence body) are never furniture, whatever their class says.
        if (kind === K_MAIN || kind === K_ARTICLE || kind === K_BODY || role === 'main') {
          skip = SKIP_ROLES.has(role) && role !== 'main' ? skip : false;
          furn = false;
          spk = false;
        }
        const isMain = kind === K_MAIN || role === 'main';
        // A furniture segment is a skip segment too, so furn implies skip here.
        const state = (skip ? F_SKIP : 0) | (furn ? F_FURNITURE : 0) | (isMain ? F_MAIN : 0) | (kind === K_ARTICLE ? F_ARTICLE : 0) | (spk ? F_SPEAKER : 0);
        if ((info & T_BLOCK) !== 0 && skipDepth === 0) {
          if (tableDepth === 0 || kind === K_TABLE) flush();
          if (kind === K_BR && cellBuf !== null) cellBuf += ' ';
        }
        if (furn && skipDepth === 0) furnBuf = '';
        pushFrame(name, info, state);
        if (skip) skipDepth++;
        if (furn) furnDepth++;
        if (isMain) mainDepth++;
        if (kind === K_ARTICLE) articleDepth++;
        if (spk) {
          speakerDepth++;
          speakerBuf = '';
        }
        if (skipDepth > 0) return;
        if (kind === K_TABLE) {
          tableDepth++;
          if (tableDepth === 1) table = { caption: '', rows: [] };
        } else if (tableDepth === 1) {
          if (kind === K_TR) {
            row = { cells: [], total: (seg & S_TOTAL) !== 0 };
          } else if (kind === K_TD || kind === K_TH) {
            cellBuf = '';
            cellHeader = kind === K_TH;
          } else if (kind === K_CAPTION) {
            captionBuf = '';
          }
        }
        if (info & T_HEADING) bufKind = 'heading';
        else if (info & T_ITEM) bufKind = 'item';
        else if (info & T_BLOCK) bufKind = 'text';
      },
      // What ontext below would keep now.
      textWanted(): number {
        if (inTitle || inLd || timeBuf !== null || speakerDepth > 0) return TEXT_ALL;
        if (skipDepth > 0) return furnDepth > 0 ? TEXT_ALL : TEXT_NONE;
        if (tableDepth > 0) return cellBuf !== null || captionBuf !== null ? TEXT_ALL : TEXT_NONE;
        return buf.length === 0 ? TEXT_NOT_BLANK : TEXT_ALL;
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
        // White space that would start a block is trimmed by flush anyway: skip the (many) runs between
        // blocks. (trim() is native; a char loop over the handed-in slices is slower.)
        if (buf.length === 0 && data.trim().length === 0) return;
        buf += data;
      },
      onclosetag(name: string) {
        if (inTitle && name === 'title') inTitle = false;
        if (inLd && name === 'script') {
          inLd = false;
          if (jsonLd.length < 20) jsonLd.push(ldBuf);
        }
        if (timeBuf && name === 'time') {
          timeBuf.text = collapseTrim(timeBuf.text);
          if (times.length < 200) times.push(timeBuf);
          timeBuf = null;
        }
        // Pop to the matching frame (htmlparser2 closes implied tags itself, so this is normally the top).
        let idx = depth - 1;
        while (idx >= 0 && frames[idx]!.tag !== name) idx--;
        if (idx < 0) return;
        while (depth > idx) closeFrame(frames[--depth]!);
      },
  };

  function closeFrame(f: Frame) {
    const wasSkipped = skipDepth > 0;
    const kind = f.info & KIND;
    if (!wasSkipped && tableDepth > 0) {
      if (kind === K_TABLE) {
        tableDepth--;
        if (tableDepth === 0 && table) {
          if (row && row.cells.length) table.rows.push(row);
          row = null;
          if (table.rows.length) {
            // The cells' texts are collapsed and trimmed already: joining the non-empty ones with single
            // spaces is what collapsing and trimming them all joined would give.
            let text = '';
            for (const r of table.rows) for (const c of r.cells) if (c.text) text = text ? text + ' ' + c.text : c.text;
            pushBlock({ text: flatText(text), kind: 'table', table });
          }
          table = null;
        }
      } else if (tableDepth === 1) {
        if ((kind === K_TD || kind === K_TH) && cellBuf !== null) {
          if (!row) row = { cells: [], total: false };
          row.cells.push({ text: collapseTrim(cellBuf), header: cellHeader });
          cellBuf = null;
        } else if (kind === K_TR && row) {
          if (row.cells.length && table) table.rows.push(row);
          row = null;
        } else if (kind === K_CAPTION && captionBuf !== null && table) {
          table.caption = collapseTrim(captionBuf);
          captionBuf = null;
        }
      }
    } else if (!wasSkipped && (f.info & T_BLOCK) !== 0) {
      flush();
    }
    const state = f.state;
    if (state & F_SKIP) skipDepth--;
    if (state & F_FURNITURE) {
      furnDepth--;
      if (furnDepth === 0) flushFurniture();
    }
    if (state & F_MAIN) mainDepth--;
    if (state & F_ARTICLE) articleDepth--;
    if (state & F_SPEAKER) {
      speakerDepth--;
      if (speakerDepth === 0) speaker = collapseTrim(speakerBuf).slice(0, 300);
    }
    if (skipDepth === 0 && (f.info & T_BLOCK) !== 0) bufKind = 'text';
  }

  if (fast) {
    if (!fastScan(html, handler)) return null;
  } else {
    try {
      // (htmlparser2's third argument to onopentag is not a tag id: the handler looks the name up)
      const events = {
        onopentag: (name: string, attribs: Record<string, string>) => handler.onopentag(name, attribs, 0),
        ontext: handler.ontext,
        onclosetag: handler.onclosetag,
      };
      const parser = new Parser(events, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
      parser.write(html);
      parser.end();
    } catch {
      // htmlparser2 is tolerant; anything thrown here leaves us with what was read so far.
    }
  }
  while (depth > 0) closeFrame(frames[--depth]!);
  flush();

  const anyMain = blocks.some((x) => x.main);
  const anyArticle = !anyMain && blocks.some((x) => x.article);
  let kept: Block[] = [];
  if (anyMain || anyArticle) {
    for (const x of blocks) if (anyMain ? x.main : x.article) kept.push(x.b);
  } else kept = mainContainer(blocks) ?? blocks.map((x) => x.b);
  return { blocks: kept, title: collapseTrim(title), meta, canonical, jsonLd, times, furniture };
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
      blocks.push({ text: flatText(collapse(lines.join(' ')).trim()), kind: 'table', table: { caption: '', rows } });
      continue;
    }
    const t = collapse(p).trim();
    if (!t) continue;
    for (const part of chunks(t)) blocks.push({ text: flatText(part), kind: part.length < 90 && !/[.!?]$/.test(part) ? 'heading' : 'text' });
  }
  return { blocks, title: blocks[0]?.text.slice(0, 300) ?? '', meta: new Map(), canonical: '', jsonLd: [], times: [], furniture: [] };
}
