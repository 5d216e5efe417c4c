import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';
import { composeBrief, renderJson } from '../../shared/brief/index.ts';
import { fig, NOW } from '../fixtures/briefs/figures.ts';
import { TWELVE_NOW, TWELVE_PATH } from '../fixtures/share/figures.ts';
import { linkFor, payloadOf } from '../fixtures/share/link-for.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function memoryIo(files: Record<string, string> = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const bytes = async (p: string) => {
    const f = files[p];
    if (f === undefined) return readFileSync(p);
    return new TextEncoder().encode(f);
  };
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), readFile: bytes, fileSize: async (p) => (await bytes(p)).length };
}

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await main(argv, io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |\.ts:\d+:\d+|Error:/);

describe('clipbrief share and open', () => {
  it('lists both commands and prints their help', async () => {
    const u = await run(['--help']);
    expect(u.stdout).toMatch(/\n\s+share\s+print a share link/);
    expect(u.stdout).toMatch(/\n\s+open\s+print the brief in a share link/);
    expect((await run(['share', '--help'])).stdout).toContain('clipbrief share BRIEF.json [--pwa URL]');
    expect((await run(['open', '--help'])).stdout).toContain('clipbrief open LINK');
  });

  it('share then open gives back the brief JSON exactly as brief --format json printed it', async () => {
    const brief = await run(['brief', TWELVE_PATH, '--template', 'spo-uptake', '--format', 'json', '--now', TWELVE_NOW]);
    expect(brief.code).toBe(0);
    const share = await run(['share', 'brief.json'], { 'brief.json': brief.stdout });
    expect(share.code).toBe(0);
    expect(share.stderr).toBe('');
    expect(share.stdout).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#b=1\.[A-Za-z0-9_-]+$/);
    expect(share.stdout.length).toBeLessThan(2000);
    const open = await run(['open', share.stdout]);
    expect(open.code).toBe(0);
    expect(open.stderr).toBe('');
    expect(open.stdout).toBe(brief.stdout);
  });

  it('share uses --pwa, in both spellings', async () => {
    const json = renderJson(composeBrief([fig({ value: 12 })], { template: 'blank', now: NOW }));
    for (const args of [['--pwa', 'https://clipbrief.example/app/'], ['--pwa=https://clipbrief.example/app/']]) {
      const r = await run(['share', 'b.json', ...args], { 'b.json': json });
      expect(r.stdout).toMatch(/^https:\/\/clipbrief\.example\/app\/#b=1\./);
    }
    const bad = await run(['share', 'b.json', '--pwa', 'ftp://x'], { 'b.json': json });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/must be an http or https address/);
  });

  it('share warns on stderr, and still prints, when the link is over the budget', async () => {
    const many = Array.from({ length: 60 }, (_, i) => fig({ value: 100 + i, id: `m${i}`, area: `Area ${i}`, sentence: `In Area ${i}, ${100 + i} incidents were reported (${i * 7919}).` }));
    const r = await run(['share', 'big.json'], { 'big.json': renderJson(composeBrief(many, { template: 'blank', now: NOW })) });
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(2000);
    expect(r.stderr).toMatch(/^clipbrief share: warning: the link is [\d,]+ characters, over the 2,000/);
  });

  it('share refuses a missing file, non-JSON and a file that is not a brief, naming the problem', async () => {
    const missing = await run(['share', join(ROOT, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/share: .*nope\.json: no such file/);
    const notJson = await run(['share', 'x.json'], { 'x.json': 'hello' });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/x\.json: is not JSON/);
    const notBrief = await run(['share', 'x.json'], { 'x.json': JSON.stringify({ figures: [] }) });
    expect(notBrief.code).toBe(1);
    expect(notBrief.stderr).toMatch(/x\.json: invalid brief: id: .*expected the output of "clipbrief brief --format json"/);
    expect((await run(['share'])).stderr).toMatch(/no BRIEF\.json given/);
    for (const r of [missing, notJson, notBrief]) {
      expect(r.stdout).toBe('');
      noStack(r.stderr);
    }
  });

  it('open refuses a damaged, truncated, foreign or newer link on stderr with exit code 1', async () => {
    const json = renderJson(composeBrief([fig({ value: 12 })], { template: 'blank', now: NOW }));
    const link = (await run(['share', 'b.json'], { 'b.json': json })).stdout;
    const cases: [string, RegExp][] = [
      [link.slice(0, -7), /damaged or incomplete/],
      [link.replace('#b=1.', '#b=1.%%'), /damaged or incomplete/],
      [link.replace('#b=1.', '#b=9.'), /made by a newer ClipBrief/],
      ['https://example.com/', /not a ClipBrief share link/],
    ];
    for (const [bad, message] of cases) {
      const r = await run(['open', bad]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^clipbrief open: /);
      expect(r.stderr).toMatch(message);
      noStack(r.stderr);
    }
    expect((await run(['open'])).code).toBe(2);
    const recomposedDifferently = await run(['open', linkFor(JSON.stringify({ ...payloadOf(link), h: 'otherhash00' }))]);
    expect(recomposedDifferently.code).toBe(0);
    expect(recomposedDifferently.stdout).toBe(json.trimEnd());
    expect(recomposedDifferently.stderr).toMatch(/made by an older ClipBrief/);
    expect((await run(['open', link, link])).stderr).toMatch(/one LINK at a time/);
  });
});

describe('npm run --silent clipbrief -- share / open', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clipbrief-share-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'clipbrief', '--', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('round-trips a brief through the real command line, and refuses a tampered link', () => {
    const brief = cli('brief', TWELVE_PATH, '--template', 'bail-act', '--format', 'json', '--now', TWELVE_NOW);
    expect(brief.status).toBe(0);
    const file = join(dir, 'brief.json');
    writeFileSync(file, brief.stdout);
    const share = cli('share', file);
    expect(share.status).toBe(0);
    expect(share.stderr).toBe('');
    const link = share.stdout.trim();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#b=1\./);
    const open = cli('open', link);
    expect(open.status).toBe(0);
    expect(open.stdout).toBe(brief.stdout);
    const tampered = cli('open', link.slice(0, 200) + (link[200] === 'x' ? 'y' : 'x') + link.slice(201));
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toBe('');
    expect(tampered.stderr).toMatch(/^clipbrief open: This share link/);
    expect(tampered.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
