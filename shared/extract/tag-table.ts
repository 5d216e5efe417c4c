// What the fast HTML scanner knows about tag names. A name is recognised straight from the page's
// char codes (a hash taken while the name is scanned, then one compare), without copying it, and
// maps to a small number with its facts precomputed and to one interned name string, so that the
// page reader's own name lookups and comparisons on it are cheap too. Unknown names get id 0 (no facts).

// Facts (TAG_FLAGS bits).
export const VOID = 1;
export const FOREIGN = 2; // opens foreign content (svg, math)
export const INTEGRATION = 4; // an HTML integration point inside foreign content
export const RAW = 8; // raw text up to its end tag

// htmlparser2's implied closes (Parser.ts openImpliesClose): opening the key closes these when they are innermost.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const DDT = ['dd', 'dt'];
const RTP = ['rt', 'rp'];
const SECTION = ['thead', 'tbody'];
const IMPLIES_CLOSE: [string, string[]][] = [
  ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']], ['li', ['li']],
  ['p', P], ['h1', P], ['h2', P], ['h3', P], ['h4', P], ['h5', P], ['h6', P],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', DDT], ['dt', DDT],
  ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P], ['dl', P],
  ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P], ['hr', P],
  ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P],
  ['rt', RTP], ['rp', RTP], ['tbody', SECTION], ['tfoot', SECTION],
];
const FACTS: [number, string[]][] = [
  [VOID, ['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']],
  [FOREIGN, ['math', 'svg']],
  [INTEGRATION, ['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']],
  [RAW, ['script', 'style', 'title', 'textarea', 'xmp']],
];
// Other common names, without facts: recognised only so that they are not copied per tag.
const PLAIN = [
  'html', 'noscript', 'template', 'span', 'a', 'b', 'i', 'u', 's', 'em', 'strong', 'small', 'big', 'mark', 'abbr',
  'cite', 'code', 'kbd', 'samp', 'var', 'q', 'sub', 'sup', 'time', 'data', 'dfn', 'bdi', 'bdo', 'ins', 'del', 'ruby',
  'font', 'center', 'strike', 'tt', 'nobr', 'menu', 'caption', 'colgroup', 'label', 'legend', 'progress', 'meter',
  'picture', 'video', 'audio', 'map', 'iframe', 'object', 'canvas', 'summary', 'dialog', 'slot', 'hgroup', 'search',
  'frameset', 'noframes', 'marquee', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'defs',
  'use', 'symbol', 'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern', 'text', 'tspan',
  'image', 'mrow', 'msup', 'mfrac',
];

export const TAG_NAMES: string[] = ['']; // id → interned name
export const TAG_FLAGS: number[] = [0];
export const TAG_BIT: number[] = [0]; // the name's bit, if some tag implicitly closes it
export const TAG_CLOSES: number[] = [0]; // bits of the innermost tags that opening this one closes
const ids = new Map<string, number>();
const idOf = (name: string): number => {
  let id = ids.get(name);
  if (id === undefined) {
    id = TAG_NAMES.length;
    ids.set(name, id);
    TAG_NAMES.push(name);
    TAG_FLAGS.push(0);
    TAG_BIT.push(0);
    TAG_CLOSES.push(0);
  }
  return id;
};
for (const [flag, names] of FACTS) for (const name of names) TAG_FLAGS[idOf(name)]! |= flag;
let bits = 0;
for (const [, closed] of IMPLIES_CLOSE) {
  for (const name of closed) {
    const id = idOf(name);
    if (!TAG_BIT[id]) TAG_BIT[id] = 1 << bits++;
  }
}
for (const [opener, closed] of IMPLIES_CLOSE) for (const name of closed) TAG_CLOSES[idOf(opener)]! |= TAG_BIT[idOf(name)]!;
for (const name of PLAIN) idOf(name);

export const BR = idOf('br');
export const P_ID = idOf('p');
export const LINK = idOf('link');
export const TITLE = idOf('title');

/** One step of the name hash, over char codes folded to lower case (| 32: letters, digits and "-" alike). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 32)) | 0;
}

const MASK = 1023; // open addressing, a few times more slots than names
const slots = new Int32Array(MASK + 1);
function hashOf(name: string): number {
  let h = 0;
  for (let k = 0; k < name.length; k++) h = hashStep(h, name.charCodeAt(k));
  return h;
}
function addSlot(id: number): void {
  let slot = hashOf(TAG_NAMES[id]!) & MASK;
  while (slots[slot] !== 0) slot = (slot + 1) & MASK;
  slots[slot] = id;
}
for (let id = 1; id < TAG_NAMES.length; id++) addSlot(id);

/** The id of the tag named s[a, b) (ASCII case-insensitive), hashed by hashStep to h; 0 if unknown. */
export function tagId(s: string, a: number, b: number, h: number): number {
  const len = b - a;
  for (let slot = h & MASK; ; slot = (slot + 1) & MASK) {
    const id = slots[slot]!;
    if (id === 0) return 0;
    const name = TAG_NAMES[id]!;
    if (name.length !== len) continue;
    let k = 0;
    while (k < len) {
      const c = s.charCodeAt(a + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(k)) break;
      k++;
    }
    if (k === len) return id;
  }
}

/** The id of a (lower-case) tag name; 0 if unknown. */
export function tagIdOf(name: string): number {
  return ids.get(name) ?? 0;
}

/** The id of a lower-case tag name, given one (without facts) if it has none yet: for the page reader's own tables. */
export function internTag(name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = idOf(name);
    addSlot(id);
  }
  return id;
}
