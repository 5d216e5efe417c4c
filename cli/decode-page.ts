// Turn a saved page's bytes into text: refuse binaries, honour a BOM or a declared charset.
const SNIFF_BYTES = 4096;

export class NotAPageError extends Error {}

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true; // text pages never hold NUL; PDFs, images and archives do
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return /<meta[^>]{0,200}charset\s*=\s*["']?([\w-]{1,40})/i.exec(head)?.[1];
}

export function decodePage(bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw new NotAPageError('not an HTML or text page (binary data)');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const label = declaredCharset(bytes);
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // an unknown label: fall through to UTF-8, which replaces what it cannot read
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
