import { describe, expect, it } from 'vitest';
import { composeBrief } from '../../shared/brief/index.ts';
import { MAX_LINK_LENGTH, ShareLinkError, decodeBrief, encodeBrief, type ShareLinkProblem } from '../../shared/share/index.ts';
import { NOW, seedFigures } from '../fixtures/briefs/figures.ts';
import { linkFor } from '../fixtures/share/link-for.ts';

const PWA = 'http://127.0.0.1:4173/';
const good = () => encodeBrief(composeBrief(seedFigures(), { template: 'spo-uptake', now: NOW }), PWA);

function refusal(link: string): ShareLinkError {
  try {
    decodeBrief(link);
  } catch (e) {
    expect(e).toBeInstanceOf(ShareLinkError);
    return e as ShareLinkError;
  }
  throw new Error(`the link was accepted: ${link.slice(0, 80)}`);
}

function expectRefused(link: string, problem: ShareLinkProblem, message: RegExp): void {
  const e = refusal(link);
  expect(e.problem).toBe(problem);
  expect(e.message).toMatch(message);
  expect(e.message).not.toMatch(/\bat .*\.ts:\d+|TypeError|SyntaxError/);
}

describe('share link refusals', () => {
  it('refuses what is not a ClipBrief link', () => {
    expectRefused('https://example.com/page', 'not-a-link', /not a ClipBrief share link/);
    expectRefused('https://example.com/page#section-2', 'not-a-link', /not a ClipBrief share link/);
    expectRefused('hello world!', 'not-a-link', /not a ClipBrief share link/);
    expectRefused('', 'not-a-link', /not a ClipBrief share link/);
    expectRefused(`${PWA}#b=`, 'damaged', /format version is missing/);
  });

  it('refuses a link from a newer ClipBrief, and an unknown version', () => {
    expectRefused(good().replace('#b=1.', '#b=2.'), 'newer-version', /made by a newer ClipBrief \(share format 2/);
    expectRefused(good().replace('#b=1.', '#b=0.'), 'unknown-version', /unknown share format \(0\)/);
  });

  it('refuses damaged base64 and a truncated link', () => {
    const link = good();
    expectRefused(link.replace(/#b=1\.(.{10})/, '#b=1.$1*!'), 'damaged', /character that cannot be in a share link/);
    expectRefused(link.slice(0, -1 - ((link.length - link.indexOf('.') - 2) % 4)), 'damaged', /length is impossible|cut short|corrupt|checksum/);
    for (const keep of [0.1, 0.5, 0.9, 0.99]) {
      const cut = link.slice(0, Math.floor(link.length * keep));
      expect(() => decodeBrief(cut)).toThrow(ShareLinkError);
    }
    expectRefused(`${PWA}#b=1.AAAA`, 'damaged', /too short/);
  });

  it('refuses a link with a character changed anywhere in its payload', () => {
    const link = good();
    const start = link.indexOf('#b=1.') + 5;
    for (let i = start; i < link.length; i += 37) {
      const c = link[i] === 'A' ? 'B' : 'A';
      expect(() => decodeBrief(link.slice(0, i) + c + link.slice(i + 1))).toThrow(ShareLinkError);
    }
  });

  it('refuses corrupt deflate data', () => {
    const bytes = new Uint8Array([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expectRefused(`${PWA}#b=1.${Buffer.from(bytes).toString('base64url')}`, 'damaged', /corrupt/);
    expectRefused(linkFor('{"c":"x"}', { checksum: 12345 }), 'damaged', /checksum does not match/);
  });

  it('refuses a zip bomb without unpacking it', () => {
    const bomb = linkFor(new Uint8Array(40 * 1024 * 1024).fill(32)); // 40 MB of spaces: ~40 KB packed
    expect(bomb.length).toBeLessThan(MAX_LINK_LENGTH);
    const before = process.memoryUsage().arrayBuffers;
    expectRefused(bomb, 'too-large', /more than 1 MB once unpacked/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
  });

  it('refuses a link over the maximum length before reading it', () => {
    expectRefused(`${PWA}#b=1.${'A'.repeat(MAX_LINK_LENGTH)}`, 'too-long', /too long.*limit is 100,000/);
  });

  it('refuses contents that are not JSON, or not UTF-8', () => {
    expectRefused(linkFor('{"c": nope'), 'damaged', /not readable/);
    expectRefused(linkFor(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 'damaged', /not readable/);
  });

  it('refuses a payload of the wrong shape or types, naming the field', () => {
    expectRefused(linkFor('[1,2,3]'), 'invalid', /does not hold a valid brief/);
    expectRefused(linkFor('{"c":"2021-01-01T00:00:00.000Z","m":"blank","s":[],"p":[],"f":[["six","6","count","m",[0,0,0],"six",0,null]],"h":"x"}'), 'invalid', /f\.0\.1/);
    expectRefused(linkFor('{"c":"2021-01-01T00:00:00.000Z","m":"blank","s":[],"p":[],"f":[],"h":"x","extra":1}'), 'invalid', /does not hold a valid brief/);
    // Neither recompose nor explicit parts.
    expectRefused(linkFor('{"c":"2021-01-01T00:00:00.000Z","m":"blank","s":[],"p":[],"f":[]}'), 'invalid', /neither/);
  });

  it('refuses a brief that fails the Brief schema (bad date, unit, reference, unknown template)', () => {
    const base = { c: '2021-01-01T00:00:00.000Z', m: 'blank', s: [['https://x.test/']], p: [] as unknown[], h: 'x' };
    const figure = (over: Record<number, unknown>) => Object.assign(['six', 6, 'count', 'orders', [0, 0, 0], 'six orders', 0, null], over);
    expectRefused(linkFor(JSON.stringify({ ...base, c: 'yesterday', f: [figure({})] })), 'invalid', /valid brief/);
    expectRefused(linkFor(JSON.stringify({ ...base, f: [figure({ 2: 'bananas' })] })), 'invalid', /unit/);
    expectRefused(linkFor(JSON.stringify({ ...base, f: [figure({ 6: 3 })] })), 'invalid', /source 4, which is not in the link/);
    expectRefused(linkFor(JSON.stringify({ ...base, f: [figure({ 7: 2 })] })), 'invalid', /period 3, which is not in the link/);
    expectRefused(linkFor(JSON.stringify({ ...base, f: [figure({ 4: [500, 0, 0] })] })), 'invalid', /quote does not fit/);
    expectRefused(linkFor(JSON.stringify({ ...base, m: 'nope', f: [figure({})] })), 'invalid', /unknown template "nope"/);
    expectRefused(linkFor(JSON.stringify({ r: { id: 'b', title: 42 } })), 'invalid', /valid brief \(.*title/);
    expectRefused(
      linkFor(JSON.stringify({ ...base, f: [figure({})], x: [[{ id: 'c', kind: 'x', figureIds: [], value: 'NaN', text: '' }], [], []], h: undefined })),
      'invalid',
      /comparisons\.0\.value/,
    );
  });

  it('a hostile but well-typed link opens as plain text only', () => {
    const brief = decodeBrief(linkFor(JSON.stringify({ r: { id: 'b<script>', createdAt: NOW, updatedAt: NOW, title: '<script>alert(1)</script>', caveats: ['<img src=x onerror=alert(1)>'] } })));
    expect(brief.title).toBe('<script>alert(1)</script>');
    expect(typeof brief.caveats[0]).toBe('string');
  });
});
