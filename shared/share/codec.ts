// Share links: a whole brief in the URL fragment of the PWA's address, so no server ever sees it
// (browsers never send the fragment). Pure: TextEncoder/TextDecoder and fflate only, so the same
// code runs in the PWA, the extension and the command line.
//
// Link format (version 1):
//
//   <PWA address without fragment>#b=1.<payload>
//
//   payload = base64url, no padding, of:  checksum (4 bytes, FNV-1a 32 of the JSON's UTF-8,
//             big-endian) + raw DEFLATE (fflate level 9) of the compact JSON described in v1.ts.
//   The checksum catches a link damaged in transit that would still inflate to something.
//
// "1" is the format version. Every version ever issued keeps its decoder (v1.ts is frozen), so a
// link made today opens in later versions; a higher version than this build knows is refused as
// "made by a newer ClipBrief". Decoding accepts the whole link, the fragment ("#b=1.…" or
// "b=1.…") or the bare payload (taken as version 1), and refuses anything damaged, truncated,
// oversized, bomb-like or ill-typed with a ShareLinkError whose message can be shown as it is.
// Every brief that comes out has been parsed with BriefSchema.
import { Inflate, deflateSync } from 'fflate';
import { z } from 'zod';
import { BriefSchema, describeIssues, type Brief } from '../model.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { PayloadError, PayloadV1Schema, packCandidates, unpack } from './v1.ts';

/** Links longer than this break in some browsers and chat apps: offer the file instead. */
export const SHARE_LINK_BUDGET = 2000;
/** Longer input is refused before any work is done. */
export const MAX_LINK_LENGTH = 100_000;
/** The most decompressed JSON a link may hold (a zip bomb stops here, never allocating more). */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
/** The newest format this build writes and reads. */
export const SHARE_FORMAT_VERSION = 1;
export const DEFAULT_PWA_URL = 'http://127.0.0.1:4173/';

const PREFIX = 'b=';

export type ShareLinkProblem = 'not-a-link' | 'too-long' | 'newer-version' | 'unknown-version' | 'damaged' | 'too-large' | 'invalid';

/** A link that cannot be opened, with a message fit to show the reader. */
export class ShareLinkError extends Error {
  constructor(
    message: string,
    readonly problem: ShareLinkProblem,
  ) {
    super(message);
    this.name = 'ShareLinkError';
  }
}

export interface DecodedLink {
  brief: Brief;
  version: number;
  /** False when comparisons recomputed on opening differ from the sender's (a link from an older ClipBrief whose arithmetic or wording has since changed). */
  exact: boolean;
}

function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

const canonical = (b: unknown): string => JSON.stringify(BriefSchema.parse(b));

/** The brief as a share link on the given PWA address. Throws a ShareLinkError if the brief is not a valid Brief. */
export function encodeBrief(brief: Brief, pwaUrl: string = DEFAULT_PWA_URL): string {
  const parsed = BriefSchema.safeParse(brief);
  if (!parsed.success) throw new ShareLinkError(`This brief cannot be shared: ${describeIssues(parsed.error, 'brief')}`, 'invalid');
  const want = JSON.stringify(parsed.data);
  let json: string | undefined;
  for (const candidate of packCandidates(parsed.data)) {
    const text = JSON.stringify(candidate);
    try {
      const { brief: back, exact } = unpack(PayloadV1Schema.parse(JSON.parse(text)));
      if (exact && canonical(back) === want) {
        json = text;
        break;
      }
    } catch {
      // This candidate cannot carry this brief exactly: try the next, larger one.
    }
  }
  // The last candidate is the whole record, which always round-trips.
  const bytes = new TextEncoder().encode(json ?? JSON.stringify({ r: parsed.data }));
  const packed = deflateSync(bytes, { level: 9 });
  const out = new Uint8Array(4 + packed.length);
  new DataView(out.buffer).setUint32(0, checksum(bytes));
  out.set(packed, 4);
  return `${pwaUrl.split('#')[0]}#${PREFIX}${SHARE_FORMAT_VERSION}.${toBase64Url(out)}`;
}

/** Whether the brief's share link stays within SHARE_LINK_BUDGET characters. */
export function fitsInLink(brief: Brief, pwaUrl: string = DEFAULT_PWA_URL): boolean {
  return encodeBrief(brief, pwaUrl).length <= SHARE_LINK_BUDGET;
}

/** The brief in a share link (the whole link, its fragment, or the payload alone). */
export function decodeBrief(link: string): Brief {
  return decodeShareLink(link).brief;
}

/** The brief in a share link, with the format version and whether it is exactly the sender's. */
export function decodeShareLink(link: string): DecodedLink {
  if (typeof link !== 'string') throw new ShareLinkError('This is not a ClipBrief share link.', 'not-a-link');
  if (link.length > MAX_LINK_LENGTH) {
    throw new ShareLinkError(`This link is too long to be a ClipBrief share link (${link.length.toLocaleString('en-GB')} characters; the limit is ${MAX_LINK_LENGTH.toLocaleString('en-GB')}).`, 'too-long');
  }
  const { version, payload } = splitLink(link.trim());
  if (version > SHARE_FORMAT_VERSION) {
    throw new ShareLinkError(`This link was made by a newer ClipBrief (share format ${version}; this one reads up to ${SHARE_FORMAT_VERSION}). Update ClipBrief, or ask the sender for the file.`, 'newer-version');
  }
  if (version !== 1) throw new ShareLinkError(`This link uses an unknown share format (${version}).`, 'unknown-version');
  return { ...decodeV1(payload), version };
}

function splitLink(link: string): { version: number; payload: string } {
  const hash = link.indexOf('#');
  let fragment = hash >= 0 ? link.slice(hash + 1) : link;
  if (hash < 0 && /^[a-z][a-z0-9+.-]*:/i.test(link)) {
    throw new ShareLinkError('This is not a ClipBrief share link: it has no brief after a "#".', 'not-a-link');
  }
  // Chat apps and mail clients wrap long links: whitespace inside is never part of one.
  fragment = fragment.replace(/\s+/g, '');
  if (/%[0-9a-f]{2}/i.test(fragment)) {
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      // leave it: the checks below say what is wrong
    }
  }
  const m = /^b=(\d{1,6})\.(.*)$/s.exec(fragment);
  if (m) return { version: Number(m[1]), payload: m[2]! };
  if (fragment.startsWith(PREFIX)) throw new ShareLinkError('This share link is damaged: its format version is missing.', 'damaged');
  if (hash < 0 && /^[A-Za-z0-9_-]{8,}$/.test(fragment)) return { version: 1, payload: fragment };
  throw new ShareLinkError('This is not a ClipBrief share link (the part after "#" should start with "b=").', 'not-a-link');
}

const damaged = (why: string) => new ShareLinkError(`This share link is damaged or incomplete: ${why}. Ask the sender to copy it again, whole.`, 'damaged');

function decodeV1(payload: string): { brief: Brief; exact: boolean } {
  const bytes = fromBase64Url(payload);
  if (!(bytes instanceof Uint8Array)) throw damaged(bytes.error);
  if (bytes.length < 6) throw damaged('it is too short to hold a brief');
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  const json = inflateCapped(bytes.subarray(4));
  if (checksum(json) !== expected) throw damaged('its checksum does not match');
  let text: string;
  let data: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
    data = JSON.parse(text);
  } catch {
    throw damaged('its contents are not readable');
  }
  const p = PayloadV1Schema.safeParse(data);
  if (!p.success) throw new ShareLinkError(`This share link does not hold a valid brief (${describeIssues(p.error, 'share link').replace(/^invalid share link: /, '')}).`, 'invalid');
  let unpacked: { brief: unknown; exact: boolean };
  try {
    unpacked = unpack(p.data);
  } catch (e) {
    const why = e instanceof PayloadError ? e.message : e instanceof z.ZodError ? describeIssues(e, 'figure') : e instanceof Error ? e.message : String(e);
    throw new ShareLinkError(`This share link does not hold a valid brief (${why}).`, 'invalid');
  }
  const brief = BriefSchema.safeParse(unpacked.brief);
  if (!brief.success) throw new ShareLinkError(`This share link does not hold a valid brief (${describeIssues(brief.error, 'brief').replace(/^invalid brief: /, '')}).`, 'invalid');
  return { brief: brief.data, exact: unpacked.exact };
}

/** Inflate in small steps, stopping as soon as the output passes MAX_PAYLOAD_BYTES. */
function inflateCapped(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > MAX_PAYLOAD_BYTES) {
      tooLarge = true;
      throw new RangeError('too large');
    }
    chunks.push(chunk.slice());
    if (final) done = true;
  });
  // Deflate expands at most ~1,032 times: 256 bytes in can never give more than ~264 KB out.
  const STEP = 256;
  try {
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch {
    if (tooLarge) {
      throw new ShareLinkError(`This share link holds more than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB once unpacked, more than any brief: it was refused unopened.`, 'too-large');
    }
    throw damaged('its compressed data is corrupt or cut short');
  }
  if (!done) throw damaged('its compressed data is cut short');
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
