// A fast, allocation-light HTML event scanner for the common case: the same open/text/close events,
// in the same order, as htmlparser2's Parser (HTML mode, decodeEntities, lower-cased names), but one
// tight loop with indexOf over text runs. Anything it does not reproduce exactly (an entity it does
// not know in text it hands over, CDATA, bogus end tags, a self-closing raw-text tag, markup cut off
// at the end) makes it give up, returning false, and the caller parses the page with htmlparser2
// instead. Linear time.

import { BR, FOREIGN, INTEGRATION, LINK, P_ID, RAW, TAG_BIT, TAG_CLOSES, TAG_FLAGS, TAG_NAMES, TITLE, VOID, hashStep, tagId } from './tag-table.ts';

// What text a handler keeps at some point (FastHandler.textWanted).
export const TEXT_NONE = 0;
export const TEXT_NOT_BLANK = 1; // all but runs of white space alone
export const TEXT_ALL = 2;

// An attribute the tag does not have reads as undefined (it may still be a key of attribs). attribs
// is only valid during the call: the scanner reuses one object for every tag. id is the name's
// number in tag-table, or 0 when the scanner does not know the name as written.
export interface FastHandler {
  onopentag(name: string, attribs: Record<string, string>, id: number): void;
  ontext(data: string): void;
  onclosetag(name: string): void;
  // Asked before each text run, so that text the handler would drop anyway (most text on a page)
  // is neither decoded nor copied. Without it, every run is handed over.
  textWanted?(): number;
}

// Attributes the page reader looks at; only these are kept (href only on <link>), and decoded.
const READ_ATTRS = ['property', 'name', 'itemprop', 'content', 'rel', 'href', 'type', 'datetime', 'role', 'id', 'class', 'aria-hidden', 'hidden'];
const HREF = READ_ATTRS.indexOf('href');
// An attribute name is packed as it is read, 8 bits a character, lower-cased: the last four in lo, the
// ones before in hi. The read names of up to 8 characters are found by that (and the length) in this
// small open-addressed table, without a second pass over the name; aria-hidden is compared instead.
const PACK_BITS = 6;
const PACK_SLOTS = 1 << PACK_BITS;
const packLo = new Int32Array(PACK_SLOTS);
const packHi = new Int32Array(PACK_SLOTS);
const packLen = new Int32Array(PACK_SLOTS); // 0: an empty slot
const packIndex = new Int32Array(PACK_SLOTS);
const packSlot = (lo: number, hi: number) => (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) >>> (32 - PACK_BITS);
const LONG_ATTRS: number[] = [];
READ_ATTRS.forEach((a, i) => {
  if (a.length > 8) {
    LONG_ATTRS.push(i);
    return;
  }
  let lo = 0;
  let hi = 0;
  for (let k = 0; k < a.length; k++) {
    hi = (hi << 8) | (lo >>> 24);
    lo = (lo << 8) | a.charCodeAt(k);
  }
  let slot = packSlot(lo, hi);
  while (packLen[slot] !== 0) slot = (slot + 1) % PACK_SLOTS;
  packLo[slot] = lo;
  packHi[slot] = hi;
  packLen[slot] = a.length;
  packIndex[slot] = i;
});

/**
 * Index in READ_ATTRS of the attribute named s[a, b) (ASCII case-insensitive), packed as lo, hi with
 * all the OR of its char codes; or -1. A name with other characters is none of them for htmlparser2
 * either (its toLowerCase makes no such name).
 */
function attrIndex(s: string, a: number, b: number, lo: number, hi: number, all: number): number {
  const len = b - a;
  if (all >= 128) return -1;
  if (len <= 8) {
    for (let slot = packSlot(lo, hi); packLen[slot] !== 0; slot = (slot + 1) % PACK_SLOTS) {
      if (packLo[slot] === lo && packHi[slot] === hi && packLen[slot] === len) return packIndex[slot]!;
    }
    return -1;
  }
  for (const i of LONG_ATTRS) {
    const name = READ_ATTRS[i]!;
    if (name.length !== len) continue;
    let k = 0;
    while (k < len && lower(s.charCodeAt(a + k)) === name.charCodeAt(k)) k++;
    if (k === len) return i;
  }
  return -1;
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
  return c <= 32 && (c === 32 || c === 10 || c === 9 || c === 12 || c === 13);
}
function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isAlnum(c: number): boolean {
  return isAlpha(c) || (c >= 48 && c <= 57);
}
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
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

// The open elements, innermost last, and the events that change them. (A class rather than closures
// in scan: a variable a closure captures lives in a context object, and each read of it in the scan
// loop, of the page above all, would go through that.)
class Elements {
  readonly names: string[] = [];
  readonly ids: number[] = []; // their tag ids
  private readonly foreign: boolean[] = []; // foreign-content flags, innermost last
  constructor(private readonly h: FastHandler) {}

  pop(): void {
    this.ids.pop();
    this.h.onclosetag(this.names.pop()!);
  }

  open(id: number, name: string, attribs: Record<string, string>, selfClosing: boolean): void {
    const { h, names, ids, foreign } = this;
    const closes = TAG_CLOSES[id]!;
    if (closes !== 0) while (ids.length && (closes & TAG_BIT[ids[ids.length - 1]!]!) !== 0) this.pop();
    const flags = TAG_FLAGS[id]!;
    const isVoid = (flags & VOID) !== 0;
    if (!isVoid) {
      names.push(name);
      ids.push(id);
      if (flags & FOREIGN) foreign.push(true);
      else if (flags & INTEGRATION) foreign.push(false);
    }
    h.onopentag(name, attribs, id);
    if (isVoid) h.onclosetag(name);
    else if (selfClosing && foreign.length && foreign[foreign.length - 1]) {
      // "<path/>" inside <svg> closes itself
      if (names[names.length - 1] === name) this.pop();
    }
  }

  /** The end tag of the innermost element. */
  closeTop(): void {
    if (TAG_FLAGS[this.ids[this.ids.length - 1]!]! & (FOREIGN | INTEGRATION)) this.foreign.pop();
    this.pop();
  }

  close(id: number, name: string): void {
    const { h, names, foreign } = this;
    const flags = TAG_FLAGS[id]!;
    if (flags & (FOREIGN | INTEGRATION)) foreign.pop();
    if (flags & VOID) {
      if (id === BR) {
        h.onopentag(name, NO_ATTRS, id);
        h.onclosetag(name);
      }
      return;
    }
    let pos = names.length - 1;
    while (pos >= 0 && names[pos] !== name) pos--;
    if (pos >= 0) {
      while (names.length > pos) this.pop();
    } else if (id === P_ID) {
      this.open(id, name, NO_ATTRS, false);
      if (names[names.length - 1] === name) this.pop();
    }
  }
}

function scan(s: string, h: FastHandler): void {
  const n = s.length;
  const el = new Elements(h);
  // One attributes object for every tag (the handler only reads it during onopentag); seen marks
  // the attributes the current tag has set (the first of a repeated attribute wins).
  const attrs = newAttrs();
  const attribs = attrs as unknown as Record<string, string>;
  let seen = 0;
  let i = 0;

  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      text(h, s, i, n);
      break;
    }
    const c = s.charCodeAt(lt + 1);
    if (isAlpha(c)) {
      // Open tag: name, attributes, ">".
      text(h, s, i, lt);
      let j = lt + 1;
      let hash = 0;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d <= 62 && (d === 47 || d === 62 || isWs(d))) break;
        hash = hashStep(hash, d);
        j++;
      }
      if (j >= n) throw BAIL;
      const id = tagId(s, lt + 1, j, hash);
      const name = tagName(s, id, lt + 1, j);
      if (seen !== 0) {
        clearAttrs(attrs);
        seen = 0;
      }
      let selfClosing = false;
      // d: the char at j (NaN past the end, which no test below takes for markup).
      let d = s.charCodeAt(j);
      for (;;) {
        while (isWs(d)) d = s.charCodeAt(++j);
        if (d === 62) break;
        if (j >= n) throw BAIL;
        if (d === 47) {
          d = s.charCodeAt(++j);
          while (isWs(d)) d = s.charCodeAt(++j);
          if (d === 62) {
            selfClosing = true;
            break;
          }
          continue;
        }
        // attribute name, packed as it is read (see attrIndex)
        const an = j;
        let lo = 0;
        let hi = 0;
        let all = 0;
        while (j < n) {
          if (d <= 62) {
            if (d === 61 || d === 47 || d === 62 || isWs(d)) break;
            if (d === 38) throw BAIL;
          }
          all |= d;
          hi = (hi << 8) | (lo >>> 24);
          lo = (lo << 8) | lower(d);
          d = s.charCodeAt(++j);
        }
        if (j >= n) throw BAIL;
        // Most attributes (src, srcset, width, data-*, aria-label, href but on <link>…) are never read:
        // skip them without a copy.
        const ai = attrIndex(s, an, j, lo, hi, all);
        const keep = ai >= 0 && (seen & (1 << ai)) === 0 && (ai !== HREF || id === LINK);
        if (keep) seen |= 1 << ai;
        while (isWs(d)) d = s.charCodeAt(++j);
        if (d !== 61) {
          if (keep) setAttr(attrs, ai, '');
          continue;
        }
        d = s.charCodeAt(++j);
        while (isWs(d)) d = s.charCodeAt(++j);
        if (j >= n) throw BAIL;
        let vs: number;
        let ve: number;
        if (d === 34 || d === 39) {
          vs = j + 1;
          ve = s.indexOf(d === 34 ? '"' : "'", vs);
          if (ve < 0) throw BAIL;
          j = ve + 1;
          d = s.charCodeAt(j);
        } else {
          vs = j;
          while (j < n && !isWs(d) && d !== 62) d = s.charCodeAt(++j);
          if (j >= n) throw BAIL;
          ve = j;
        }
        // Only the attributes the page reader looks at are kept (it never enumerates them).
        if (keep) setAttr(attrs, ai, decode(s, vs, ve));
      }
      i = j + 1;
      if (TAG_FLAGS[id]! & RAW) {
        if (selfClosing) throw BAIL;
        el.open(id, name, attribs, false);
        // Raw text up to "</name" followed by ">" or whitespace.
        const end = findRawEnd(s, i, name);
        if (end < 0) throw BAIL;
        if (end > i && wants(h, s, i, end)) h.ontext(id === TITLE ? decode(s, i, end) : s.slice(i, end));
        let k = end + 2 + name.length;
        const gt = s.indexOf('>', k);
        if (gt < 0) throw BAIL;
        k = gt + 1;
        el.close(id, name);
        i = k;
      } else {
        el.open(id, name, attribs, selfClosing);
      }
      continue;
    }
    if (c === 47) {
      // Close tag.
      const d = s.charCodeAt(lt + 2);
      if (!isAlpha(d)) throw BAIL;
      text(h, s, i, lt);
      // Most end tags close the innermost element, written just as it was: compare with its name
      // first, which needs no hash or lookup.
      const top = el.names.length - 1;
      if (top >= 0) {
        const tn = el.names[top]!;
        const a = lt + 2;
        let k = 0;
        while (k < tn.length && lower(s.charCodeAt(a + k)) === tn.charCodeAt(k)) k++;
        if (k === tn.length && s.charCodeAt(a + k) === 62) {
          i = a + k + 1;
          el.closeTop();
          continue;
        }
      }
      let j = lt + 2;
      let hash = 0;
      while (j < n) {
        const e = s.charCodeAt(j);
        if (e === 62 || isWs(e)) break;
        hash = hashStep(hash, e);
        j++;
      }
      const id = tagId(s, lt + 2, j, hash);
      const name = tagName(s, id, lt + 2, j);
      const gt = s.charCodeAt(j) === 62 ? j : s.indexOf('>', j);
      if (gt < 0) throw BAIL;
      i = gt + 1;
      el.close(id, name);
      continue;
    }
    if (c === 33) {
      text(h, s, i, lt);
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
      text(h, s, i, lt);
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
    text(h, s, i, stop);
    i = stop;
  }
  // End of input: htmlparser2 closes what is still open, innermost first.
  while (el.names.length) el.pop();
}

/** Whether h keeps the text s[a, b) (a non-empty run) at this point. */
function wants(h: FastHandler, s: string, a: number, b: number): boolean {
  const want = h.textWanted?.() ?? TEXT_ALL;
  if (want === TEXT_ALL) return true;
  if (want === TEXT_NONE) return false;
  for (let k = a; k < b; k++) if (!isWs(s.charCodeAt(k))) return true;
  return false;
}

/** Hand the text run s[a, b) to h, decoded, if h keeps it. */
function text(h: FastHandler, s: string, a: number, b: number): void {
  if (b > a && wants(h, s, a, b)) h.ontext(decode(s, a, b));
}

// A known name is the table's interned string (no copy); an unknown one is copied and lower-cased.
function tagName(s: string, id: number, a: number, b: number): string {
  return id !== 0 ? TAG_NAMES[id]! : lowerAscii(s.slice(a, b));
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
