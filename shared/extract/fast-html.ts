// A fast, allocation-light HTML event scanner for the common case: the same open/text/close events,
// in the same order, as htmlparser2's Parser (HTML mode, decodeEntities, lower-cased names), but one
// tight loop with indexOf over text runs. Anything it does not reproduce exactly (an entity it does
// not know, CDATA, bogus end tags, a self-closing raw-text tag, markup cut off at the end) makes it
// give up, returning false, and the caller parses the page with htmlparser2 instead. Linear time.

import { BR, FOREIGN, INTEGRATION, LINK, P_ID, RAW, TAG_BIT, TAG_CLOSES, TAG_FLAGS, TAG_NAMES, TITLE, VOID, hashStep, tagId } from './tag-table.ts';

// An attribute the tag does not have reads as undefined (it may still be a key of attribs). attribs
// is only valid during the call: the scanner reuses one object for every tag.
export interface FastHandler {
  onopentag(name: string, attribs: Record<string, string>): void;
  ontext(data: string): void;
  onclosetag(name: string): void;
}

// Attributes the page reader looks at; only these are kept (href only on <link>), and decoded.
const READ_ATTRS = ['property', 'name', 'itemprop', 'content', 'rel', 'href', 'type', 'datetime', 'role', 'id', 'class', 'aria-hidden', 'hidden'];
const HREF = READ_ATTRS.indexOf('href');
// No two of them share a length and first letter: that pair picks the one candidate to compare with.
const SHAPE = new Int8Array(12 * 32).fill(-1);
const shape = (len: number, c: number) => len * 32 + (c & 31);
READ_ATTRS.forEach((a, i) => (SHAPE[shape(a.length, a.charCodeAt(0))] = i));

/**
 * Index in READ_ATTRS of the attribute named s[a, a + len) (ASCII case-insensitive), or -1. A name
 * with other characters is none of them for htmlparser2 either (its toLowerCase makes no such name).
 */
function attrIndex(s: string, a: number, len: number): number {
  if (len < 2 || len > 11) return -1;
  const i = SHAPE[shape(len, s.charCodeAt(a))]!;
  if (i < 0) return -1;
  const name = READ_ATTRS[i]!;
  for (let k = 0; k < len; k++) {
    const c = s.charCodeAt(a + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(k)) return -1;
  }
  return i;
}

// Named character references decoded here (always written with their semicolon).
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', pound: '£', euro: '€', yen: '¥', cent: '¢',
  copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾',
  sup2: '²', sup3: '³', para: '¶', sect: '§', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwj: '\u200d', zwnj: '\u200c', minus: '−', le: '≤', ge: '≥', ne: '≠', asymp: '≈', larr: '←', rarr: '→',
  uarr: '↑', darr: '↓', eacute: 'é', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', egrave: 'è',
  agrave: 'à', ccedil: 'ç', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß', Eacute: 'É',
  percnt: '%', num: '#', dollar: '$', commat: '@', sol: '/', colon: ':', semi: ';', comma: ',', period: '.',
  excl: '!', quest: '?', lpar: '(', rpar: ')', hyphen: '‐', dash: '‐', prime: '′', Prime: '″', iexcl: '¡',
};

// Every tag's attributes in one object shape (the attributes read, all absent to start with), so
// that the page reader's property reads stay monomorphic. Absent means undefined, as in htmlparser2.
interface Attrs {
  property: string | undefined;
  name: string | undefined;
  itemprop: string | undefined;
  content: string | undefined;
  rel: string | undefined;
  href: string | undefined;
  type: string | undefined;
  datetime: string | undefined;
  role: string | undefined;
  id: string | undefined;
  class: string | undefined;
  'aria-hidden': string | undefined;
  hidden: string | undefined;
}
function newAttrs(): Attrs {
  return {
    property: undefined, name: undefined, itemprop: undefined, content: undefined, rel: undefined, href: undefined, type: undefined,
    datetime: undefined, role: undefined, id: undefined, class: undefined, 'aria-hidden': undefined, hidden: undefined,
  };
}
// Named stores (in READ_ATTRS order), not attribs[name]: one monomorphic store each.
function setAttr(a: Attrs, i: number, v: string): void {
  switch (i) {
    case 0: a.property = v; break;
    case 1: a.name = v; break;
    case 2: a.itemprop = v; break;
    case 3: a.content = v; break;
    case 4: a.rel = v; break;
    case 5: a.href = v; break;
    case 6: a.type = v; break;
    case 7: a.datetime = v; break;
    case 8: a.role = v; break;
    case 9: a.id = v; break;
    case 10: a.class = v; break;
    case 11: a['aria-hidden'] = v; break;
    case 12: a.hidden = v; break;
  }
}
function clearAttrs(a: Attrs): void {
  a.property = a.name = a.itemprop = a.content = a.rel = a.href = a.type = undefined;
  a.datetime = a.role = a.id = a.class = a['aria-hidden'] = a.hidden = undefined;
}
// Attributes of implied tags ("</p>" alone opens a <p>, "</br>" a <br>): none, never written.
const NO_ATTRS = newAttrs() as unknown as Record<string, string>;

class Bail extends Error {}
const BAIL = new Bail();

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}
function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isAlnum(c: number): boolean {
  return isAlpha(c) || (c >= 48 && c <= 57);
}

// The next "&" of the page being scanned, found with one indexOf per "&" (decode is called on
// ranges in document order), so that a page without any "&" is not searched to its end per range.
let ampBase = 0;
let ampPos = -1;
function nextAmp(s: string, from: number): number {
  if (from < ampBase || ampPos < from) {
    ampBase = from;
    const i = s.indexOf('&', from);
    ampPos = i < 0 ? s.length : i;
  }
  return ampPos;
}

/** Decode character references in s[a, b) exactly as htmlparser2 would, or throw BAIL. */
function decode(s: string, a: number, b: number): string {
  let amp = nextAmp(s, a);
  if (amp >= b) return s.slice(a, b);
  let out = '';
  let from = a;
  while (amp < b) {
    const c = s.charCodeAt(amp + 1);
    if (c === 35) {
      // &#123; or &#x1F;
      let i = amp + 2;
      const hex = (s.charCodeAt(i) | 32) === 120;
      if (hex) i++;
      const st = i;
      let cp = 0;
      for (; i < b; i++) {
        const d = s.charCodeAt(i);
        if (d >= 48 && d <= 57) cp = cp * (hex ? 16 : 10) + (d - 48);
        else if (hex && (d | 32) >= 97 && (d | 32) <= 102) cp = cp * 16 + ((d | 32) - 87);
        else break;
        if (cp > 0x10ffff) throw BAIL;
      }
      if (i === st || i - st > 7 || s.charCodeAt(i) !== 59 || i >= b) throw BAIL;
      if (cp === 0 || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)) throw BAIL;
      out += s.slice(from, amp) + String.fromCodePoint(cp);
      from = i + 1;
    } else if (isAlnum(c)) {
      let i = amp + 1;
      while (i < b && i - amp < 40 && isAlnum(s.charCodeAt(i))) i++;
      const name = s.slice(amp + 1, i);
      if (i < b && s.charCodeAt(i) === 59 && Object.prototype.hasOwnProperty.call(ENTITIES, name)) {
        out += s.slice(from, amp) + ENTITIES[name]!;
        from = i + 1;
      } else if (name.length === 1 || (c >= 48 && c <= 57)) {
        // "A&E", "M&S", "Q&A", "&2": no character reference is one letter long or starts with a digit,
        // so htmlparser2 keeps these as written too.
      } else throw BAIL;
    } else {
      // A bare "&" stays as written.
    }
    amp = nextAmp(s, Math.max(amp + 1, from));
  }
  return out + s.slice(from, b);
}

/**
 * Feed the page's events to h. Returns false (having possibly emitted some events) when the page
 * holds something this scanner does not reproduce exactly; the caller then starts over with htmlparser2.
 */
export function fastScan(s: string, h: FastHandler): boolean {
  ampBase = 0;
  ampPos = -1;
  try {
    scan(s, h);
    return true;
  } catch (e) {
    if (e === BAIL) return false;
    throw e;
  }
}

function scan(s: string, h: FastHandler): void {
  const n = s.length;
  const stack: string[] = []; // open elements, innermost last
  const stackBits: number[] = []; // their TAG_BITs, for implied closes
  const foreign: boolean[] = []; // foreign-content flags, innermost last
  // One attributes object for every tag (the handler only reads it during onopentag); seen marks
  // the attributes the current tag has set (the first of a repeated attribute wins).
  const attrs = newAttrs();
  const attribs = attrs as unknown as Record<string, string>;
  let seen = 0;
  let i = 0;
  const text = (a: number, b: number) => {
    if (b > a) h.ontext(decode(s, a, b));
  };
  const pop = () => {
    stackBits.pop();
    h.onclosetag(stack.pop()!);
  };
  const close = (id: number, name: string) => {
    const flags = TAG_FLAGS[id]!;
    if (flags & (FOREIGN | INTEGRATION)) foreign.pop();
    if (flags & VOID) {
      if (id === BR) {
        h.onopentag(name, NO_ATTRS);
        h.onclosetag(name);
      }
      return;
    }
    let pos = stack.length - 1;
    while (pos >= 0 && stack[pos] !== name) pos--;
    if (pos >= 0) {
      while (stack.length > pos) pop();
    } else if (id === P_ID) {
      open(id, name, NO_ATTRS, false);
      if (stack[stack.length - 1] === name) pop();
    }
  };
  const open = (id: number, name: string, attribs: Record<string, string>, selfClosing: boolean) => {
    const closes = TAG_CLOSES[id]!;
    if (closes !== 0) while (stackBits.length && (closes & stackBits[stackBits.length - 1]!) !== 0) pop();
    const flags = TAG_FLAGS[id]!;
    const isVoid = (flags & VOID) !== 0;
    if (!isVoid) {
      stack.push(name);
      stackBits.push(TAG_BIT[id]!);
      if (flags & FOREIGN) foreign.push(true);
      else if (flags & INTEGRATION) foreign.push(false);
    }
    h.onopentag(name, attribs);
    if (isVoid) h.onclosetag(name);
    else if (selfClosing && foreign.length && foreign[foreign.length - 1]) {
      // "<path/>" inside <svg> closes itself
      if (stack[stack.length - 1] === name) pop();
    }
  };
  // A known name is the table's interned string (no copy); an unknown one is copied and lower-cased.
  const tagName = (id: number, a: number, b: number) => (id !== 0 ? TAG_NAMES[id]! : lowerAscii(s.slice(a, b)));

  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      text(i, n);
      break;
    }
    const c = s.charCodeAt(lt + 1);
    if (isAlpha(c)) {
      // Open tag: name, attributes, ">".
      text(i, lt);
      let j = lt + 1;
      let hash = 0;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 47 || d === 62 || isWs(d)) break;
        hash = hashStep(hash, d);
        j++;
      }
      if (j >= n) throw BAIL;
      const id = tagId(s, lt + 1, j, hash);
      const name = tagName(id, lt + 1, j);
      if (seen !== 0) {
        clearAttrs(attrs);
        seen = 0;
      }
      let selfClosing = false;
      for (;;) {
        while (j < n && isWs(s.charCodeAt(j))) j++;
        if (j >= n) throw BAIL;
        let d = s.charCodeAt(j);
        if (d === 62) break;
        if (d === 47) {
          j++;
          while (j < n && isWs(s.charCodeAt(j))) j++;
          if (s.charCodeAt(j) === 62) {
            selfClosing = true;
            break;
          }
          continue;
        }
        // attribute name
        const an = j;
        while (j < n) {
          d = s.charCodeAt(j);
          if (d === 61 || d === 47 || d === 62 || isWs(d)) break;
          if (d === 38) throw BAIL;
          j++;
        }
        if (j >= n) throw BAIL;
        // Most attributes (src, srcset, width, data-*, aria-label, href but on <link>…) are never read:
        // skip them without a copy.
        const ai = attrIndex(s, an, j - an);
        const keep = ai >= 0 && (seen & (1 << ai)) === 0 && (ai !== HREF || id === LINK);
        if (keep) seen |= 1 << ai;
        while (j < n && isWs(s.charCodeAt(j))) j++;
        if (s.charCodeAt(j) !== 61) {
          if (keep) setAttr(attrs, ai, '');
          continue;
        }
        j++;
        while (j < n && isWs(s.charCodeAt(j))) j++;
        if (j >= n) throw BAIL;
        d = s.charCodeAt(j);
        let vs: number;
        let ve: number;
        if (d === 34 || d === 39) {
          vs = j + 1;
          ve = s.indexOf(d === 34 ? '"' : "'", vs);
          if (ve < 0) throw BAIL;
          j = ve + 1;
        } else {
          vs = j;
          while (j < n && !isWs(s.charCodeAt(j)) && s.charCodeAt(j) !== 62) j++;
          if (j >= n) throw BAIL;
          ve = j;
        }
        // Only the attributes the page reader looks at are kept (it never enumerates them).
        if (keep) setAttr(attrs, ai, decode(s, vs, ve));
      }
      i = j + 1;
      if (TAG_FLAGS[id]! & RAW) {
        if (selfClosing) throw BAIL;
        open(id, name, attribs, false);
        // Raw text up to "</name" followed by ">" or whitespace.
        const end = findRawEnd(s, i, name);
        if (end < 0) throw BAIL;
        if (end > i) h.ontext(id === TITLE ? decode(s, i, end) : s.slice(i, end));
        let k = end + 2 + name.length;
        const gt = s.indexOf('>', k);
        if (gt < 0) throw BAIL;
        k = gt + 1;
        close(id, name);
        i = k;
      } else {
        open(id, name, attribs, selfClosing);
      }
      continue;
    }
    if (c === 47) {
      // Close tag.
      const d = s.charCodeAt(lt + 2);
      if (!isAlpha(d)) throw BAIL;
      text(i, lt);
      let j = lt + 2;
      let hash = 0;
      while (j < n) {
        const e = s.charCodeAt(j);
        if (e === 62 || isWs(e)) break;
        hash = hashStep(hash, e);
        j++;
      }
      const id = tagId(s, lt + 2, j, hash);
      const name = tagName(id, lt + 2, j);
      const gt = s.charCodeAt(j) === 62 ? j : s.indexOf('>', j);
      if (gt < 0) throw BAIL;
      i = gt + 1;
      close(id, name);
      continue;
    }
    if (c === 33) {
      text(i, lt);
      if (s.startsWith('<!--', lt)) {
        if (s.charCodeAt(lt + 4) === 62 || s.startsWith('->', lt + 4)) throw BAIL; // "<!-->" and friends
        const end = s.indexOf('-->', lt + 4);
        if (end < 0) throw BAIL;
        i = end + 3;
        continue;
      }
      if (s.charCodeAt(lt + 2) === 91) throw BAIL; // CDATA
      const gt = s.indexOf('>', lt + 2);
      if (gt < 0) throw BAIL;
      i = gt + 1;
      continue;
    }
    if (c === 63) {
      text(i, lt);
      const gt = s.indexOf('>', lt + 2);
      if (gt < 0) throw BAIL;
      i = gt + 1;
      continue;
    }
    if (lt + 1 >= n) throw BAIL;
    // "<" that opens nothing is text ("<5" in a table).
    const next = s.indexOf('<', lt + 1);
    const stop = next < 0 ? n : next;
    // Emit up to the next "<" together with what came before, as one text run.
    text(i, stop);
    i = stop;
  }
  // End of input: htmlparser2 closes what is still open, innermost first.
  while (stack.length) pop();
}

function lowerAscii(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) return t.toLowerCase();
    if (c > 127) throw BAIL;
  }
  return t;
}

/** Index of "</name" (any case) followed by ">" or whitespace, from i; -1 if none. */
function findRawEnd(s: string, i: number, name: string): number {
  let k = i;
  for (;;) {
    const lt = s.indexOf('</', k);
    if (lt < 0) return -1;
    let ok = true;
    for (let m = 0; m < name.length; m++) {
      if ((s.charCodeAt(lt + 2 + m) | 32) !== name.charCodeAt(m)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const d = s.charCodeAt(lt + 2 + name.length);
      if (d === 62 || isWs(d)) return lt;
      if (d === 47) throw BAIL;
    }
    k = lt + 2;
  }
}
