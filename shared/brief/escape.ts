// Escaping for every output: text from pages is data, never markup.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For HTML and SVG text and attribute values (double- or single-quoted). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * For Markdown inline text: one line, and every character that could start markup (emphasis,
 * code, links, HTML, tables, entities) backslash-escaped, so "<script>" and "[x](y)" stay text.
 * At the start of a line, list and heading markers are escaped too.
 */
export function escapeMarkdown(s: string, atLineStart = false): string {
  const inline = oneLine(s).replace(/[\\`*_[\]<>|~&{}]/g, '\\$&');
  return atLineStart ? inline.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : inline;
}

/** A sentence ending in source references (" [1, 2]", written by the composer): text escaped, references kept. */
export function splitRefs(text: string): [string, number[]] {
  const m = /^(.*?)\s\[(\d+(?:, \d+)*)\]$/s.exec(text);
  return m ? [m[1]!, m[2]!.split(', ').map(Number)] : [text, []];
}

/** Collapse line breaks: a page's text must not start a new Markdown block or email paragraph. */
export function oneLine(s: string): string {
  let out = '';
  for (const ch of s.replace(/[\r\n\u2028\u2029]+/g, ' ')) {
    const c = ch.charCodeAt(0);
    // Other control characters (NUL, escape, …) are dropped: they can hide text in terminals.
    if (c >= 32 || c === 9) out += c === 127 ? '' : ch;
  }
  return out;
}

/** Only web links are linked; anything else (javascript:, data:, file:) is shown as text. */
export function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A URL as a Markdown link destination: angle-bracketed, with the characters that would end it encoded. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}
