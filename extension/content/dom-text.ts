// The live page's text, whitespace-collapsed exactly as the finder's quotes are, with a map back
// from text offsets to DOM positions so a figure found in the text becomes a Range on the page.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'svg', 'SVG']);

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset in `text` of each node's first emitted character. */
  starts: number[];
  /** Whether the text before each node ended in collapsed whitespace. */
  spaceBefore: boolean[];
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';

export function buildTextMap(root: Node, skip: (el: Element) => boolean = () => false): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      if (n.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = n as Element;
      return SKIP.has(el.tagName) || skip(el) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const spaceBefore: boolean[] = [];
  let length = 0;
  let prevSpace = true; // leading whitespace of the page is dropped
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const raw = t.data;
    nodes.push(t);
    starts.push(length);
    spaceBefore.push(prevSpace);
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i]!;
      if (isSpace(c)) {
        if (!prevSpace) out += ' ';
        prevSpace = true;
      } else {
        out += c;
        prevSpace = false;
      }
    }
    parts.push(out);
    length += out.length;
  }
  return { text: parts.join(''), nodes, starts, spaceBefore };
}

function nodeAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  // Skip nodes that emitted nothing (all collapsed whitespace) and so share a start.
  while (lo + 1 < map.starts.length && map.starts[lo + 1] === map.starts[lo] && map.starts[lo]! <= offset) lo++;
  return lo;
}

/** DOM position of a text offset: the node and the raw offset inside it. */
function position(map: TextMap, offset: number, end: boolean): { node: Text; offset: number } | undefined {
  if (!map.nodes.length) return undefined;
  let i = nodeAt(map, end ? Math.max(0, offset - 1) : offset);
  // For an end position, a node whose text ends exactly at `offset` is the one we want.
  const node = map.nodes[i]!;
  let k = map.starts[i]!;
  let prevSpace = map.spaceBefore[i]!;
  const raw = node.data;
  const target = end ? offset - 1 : offset;
  for (let r = 0; r < raw.length; r++) {
    const c = raw[r]!;
    const emits = !(isSpace(c) && prevSpace);
    prevSpace = isSpace(c);
    if (!emits) continue;
    if (k === target) return { node, offset: end ? r + 1 : r };
    k++;
  }
  i = Math.min(i + 1, map.nodes.length - 1);
  return { node: map.nodes[i]!, offset: 0 };
}

export function rangeFor(map: TextMap, start: number, end: number): Range | undefined {
  if (start < 0 || end <= start || end > map.text.length) return undefined;
  const a = position(map, start, false);
  const b = position(map, end, true);
  if (!a || !b) return undefined;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Text offset of a DOM position (for a user's selection), or -1 when it is outside the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // An element boundary: use the first text node at or after it.
    const child = node.childNodes[offset] ?? node.nextSibling;
    if (!child) return -1;
    const walker = node.ownerDocument!.createTreeWalker(child, NodeFilter.SHOW_TEXT);
    const first = child.nodeType === Node.TEXT_NODE ? child : walker.nextNode();
    return first ? offsetOf(map, first, 0) : -1;
  }
  const i = map.nodes.indexOf(node as Text);
  if (i < 0) return -1;
  let k = map.starts[i]!;
  let prevSpace = map.spaceBefore[i]!;
  const raw = (node as Text).data;
  for (let r = 0; r < offset && r < raw.length; r++) {
    const c = raw[r]!;
    if (!(isSpace(c) && prevSpace)) k++;
    prevSpace = isSpace(c);
  }
  return k;
}
