// A fast, allocation-light HTML event scanner for the common case: the same open/text/close events,
// in the same order, as htmlparser2's Parser (HTML mode, decodeEntities, lower-cased names), but one
// tight loop with indexOf over text runs. Anything it does not reproduce exactly (an entity it does
// not know, CDATA, bogus end tags, a self-closing raw-text tag, markup cut off at the end) makes it
// give up, returning false, and the caller parses the page with htmlparser2 instead. Linear time.

// An attribute the tag does not have reads as undefined (it may still be a key of attribs).
export interface FastHandler {
  onopentag(name: string, attribs: Record<string, string>): void;
  ontext(data: string): void;
  onclosetag(name: string): void;
}

// htmlparser2's implied closes (Parser.ts openImpliesClose), void elements and foreign content.
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
const RTP = new Set(['rt', 'rp']);
const SECTION = new Set(['thead', 'tbody']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ['p', P], ['h1', P], ['h2', P], ['h3', P], ['h4', P], ['h5', P], ['h6', P],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DDT], ['dt', DDT],
  ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P], ['dl', P],
  ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P], ['hr', P],
  ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P],
  ['rt', RTP], ['rp', RTP], ['tbody', SECTION], ['tfoot', SECTION],
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
// Attributes the page reader looks at; only these are kept, and decoded (href only on <link>).
const READ_ATTRS = new Set(['property', 'name', 'itemprop', 'content', 'rel', 'href', 'type', 'datetime', 'role', 'id', 'class', 'aria-hidden', 'hidden']);
const READ_SHAPES = new Set([...READ_ATTRS].map((a) => (a.charCodeAt(0) << 4) | a.length));

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
function newAttrs(): Record<string, string> {
  return {
    property: undefined, name: undefined, itemprop: undefined, content: undefined, rel: undefined, href: undefined, type: undefined,
    datetime: undefined, role: undefined, id: undefined, class: undefined, 'aria-hidden': undefined, hidden: undefined,
  } as unknown as Record<string, string>;
}

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
  const foreign: boolean[] = []; // foreign-content flags, innermost last
  let i = 0;
  const text = (a: number, b: number) => {
    if (b > a) h.ontext(decode(s, a, b));
  };
  const close = (name: string) => {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
    if (VOID.has(name)) {
      if (name === 'br') {
        h.onopentag('br', newAttrs());
        h.onclosetag('br');
      }
      return;
    }
    const pos = stack.lastIndexOf(name);
    if (pos >= 0) {
      while (stack.length > pos) h.onclosetag(stack.pop()!);
    } else if (name === 'p') {
      open('p', newAttrs(), false);
      if (stack[stack.length - 1] === 'p') {
        stack.pop();
        h.onclosetag('p');
      }
    }
  };
  const open = (name: string, attribs: Record<string, string>, selfClosing: boolean) => {
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1]!)) h.onclosetag(stack.pop()!);
    const isVoid = VOID.has(name);
    if (!isVoid) {
      stack.push(name);
      if (FOREIGN.has(name)) foreign.push(true);
      else if (INTEGRATION.has(name)) foreign.push(false);
    }
    h.onopentag(name, attribs);
    if (isVoid) h.onclosetag(name);
    else if (selfClosing && foreign.length && foreign[foreign.length - 1]) {
      // "<path/>" inside <svg> closes itself
      if (stack[stack.length - 1] === name) {
        stack.pop();
        h.onclosetag(name);
      }
    }
  };

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
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 47 || d === 62 || isWs(d)) break;
        j++;
      }
      if (j >= n) throw BAIL;
      const name = lowerAscii(s.slice(lt + 1, j));
      const attribs = newAttrs();
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
        // Most attributes (src, srcset, width, data-*, aria-label…) are never read: skip them without a copy.
        const alen = j - an;
        const aname = alen >= 2 && alen <= 11 && READ_SHAPES.has(((s.charCodeAt(an) | 32) << 4) | alen) ? lowerAscii(s.slice(an, j)) : '';
        const keep = aname !== '' && READ_ATTRS.has(aname) && attribs[aname] === undefined;
        while (j < n && isWs(s.charCodeAt(j))) j++;
        if (s.charCodeAt(j) !== 61) {
          if (keep) attribs[aname] = '';
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
        if (keep) attribs[aname] = aname !== 'href' || name === 'link' ? decode(s, vs, ve) : s.slice(vs, ve);
      }
      i = j + 1;
      if (RAW.has(name)) {
        if (selfClosing) throw BAIL;
        open(name, attribs, false);
        // Raw text up to "</name" followed by ">" or whitespace.
        const end = findRawEnd(s, i, name);
        if (end < 0) throw BAIL;
        if (end > i) h.ontext(name === 'title' ? decode(s, i, end) : s.slice(i, end));
        let k = end + 2 + name.length;
        const gt = s.indexOf('>', k);
        if (gt < 0) throw BAIL;
        k = gt + 1;
        close(name);
        i = k;
      } else {
        open(name, attribs, selfClosing);
      }
      continue;
    }
    if (c === 47) {
      // Close tag.
      const d = s.charCodeAt(lt + 2);
      if (!isAlpha(d)) throw BAIL;
      text(i, lt);
      let j = lt + 2;
      while (j < n && s.charCodeAt(j) !== 62 && !isWs(s.charCodeAt(j))) j++;
      const name = lowerAscii(s.slice(lt + 2, j));
      const gt = s.indexOf('>', j);
      if (gt < 0) throw BAIL;
      i = gt + 1;
      close(name);
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
  while (stack.length) h.onclosetag(stack.pop()!);
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
