// `clipbrief brief`: in-process with an in-memory io, and once through npm run.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';
import { BriefSchema, FigureSchema } from '../../shared/model.ts';
import { NOW, SEED_PATH, fig, seedDoc } from '../fixtures/briefs/figures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function memoryIo(files: Record<string, string> = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const bytes = (p: string) => (files[p] === undefined ? readFile(p) : Promise.resolve(new TextEncoder().encode(files[p])));
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), readFile: bytes, fileSize: async (p) => (await bytes(p)).length };
}

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await main(['brief', ...args], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('clipbrief brief', () => {
  it('is listed in the usage and has help', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/\n\s+brief\s+compose a brief/);
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('--template  spo-uptake, stalkers-register, bail-act, blank');
  });

  it('composes Markdown by default from one extract object', async () => {
    const r = await run([SEED_PATH, '--template', 'spo-uptake', '--now', NOW]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('# Stalking Protection Orders in Northshire');
    expect(r.out).toContain('(2.9 per 1,000)');
    expect(r.out).toContain('83%');
    expect(r.out).toContain('+43%');
  });

  it('reads the JSON Lines of several pages and prints every format', async () => {
    const doc = seedDoc();
    const other = { ...doc, file: 'b.html', source: { ...doc.source, url: 'https://b.test/', title: 'Second page' }, figures: doc.figures.slice(0, 1) };
    const jsonl = `${JSON.stringify(doc)}\n${JSON.stringify(other)}\n`;
    const files = { 'pages.jsonl': jsonl };
    const json = await run(['pages.jsonl', '--format', 'json', '--now', NOW], files);
    expect(json.code).toBe(0);
    const brief = BriefSchema.parse(JSON.parse(json.out));
    expect(brief.figures).toHaveLength(12);
    expect(new Set(brief.figures.map((f) => f.source.url)).size).toBe(2);
    const html = await run(['pages.jsonl', '--format=html', '--now', NOW], files);
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(html.out).toContain('id="source-2"');
    const txt = await run(['pages.jsonl', '--format', 'txt', '--now', NOW], files);
    expect(txt.out).toContain('[2] Second page');
  });

  it('accepts an array of found figures (each with its source), an array of Figure records, and {figures}', async () => {
    const doc = seedDoc();
    const found = doc.figures.map((f) => ({ ...f, source: doc.source }));
    const records = [fig({ value: 2041, id: 'r1' }), fig({ value: 6, id: 'r2', metric: 'orders_applied', measure: 'orders applied for' })];
    for (const body of [JSON.stringify(found), JSON.stringify(records), JSON.stringify({ figures: records })]) {
      const r = await run(['in.json', '--format', 'json', '--now', NOW], { 'in.json': body });
      expect(r.err).toBe('');
      const b = BriefSchema.parse(JSON.parse(r.out));
      expect(b.comparisons.find((c) => c.kind === 'per_1000')!.result).toBe('2.9 per 1,000');
    }
    // Figure records pass through as they are: ids kept.
    const r = await run(['in.json', '--format', 'json', '--now', NOW], { 'in.json': JSON.stringify(records) });
    expect(JSON.parse(r.out).figures.map((f: { id: string }) => f.id)).toEqual(['r1', 'r2']);
    expect(() => FigureSchema.parse(JSON.parse(r.out).figures[0])).not.toThrow();
  });

  it('a found figure without a source is credited to the input file', async () => {
    const { source: _s, ...bare } = { ...seedDoc().figures[0]!, source: undefined };
    const r = await run(['bare.json', '--format', 'json', '--now', NOW], { 'bare.json': JSON.stringify([bare]) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).figures[0].source.url).toMatch(/^file:\/\/.*bare\.json$/);
  });

  it('names the bad figure and field on stderr, prints nothing, exits 1', async () => {
    const doc = seedDoc();
    const broken = { ...doc, figures: [doc.figures[0], { ...doc.figures[1], value: 'six' }] };
    const r = await run(['bad.json'], { 'bad.json': JSON.stringify(broken) });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^clipbrief brief: bad\.json: invalid figure \(figures\[1\]\): value: /);
  });

  it('reports JSON that does not parse with its line, and the wrong shape', async () => {
    const a = await run(['x.jsonl'], { 'x.jsonl': `${JSON.stringify(seedDoc())}\n{not json\n` });
    expect(a.code).toBe(1);
    expect(a.err).toMatch(/x\.jsonl: line 2 is not JSON/);
    const b = await run(['y.json'], { 'y.json': '{"pages": []}' });
    expect(b.err).toMatch(/expected the output of "clipbrief extract"/);
    const c = await run(['z.json'], { 'z.json': '   ' });
    expect(c.err).toMatch(/z\.json: is empty/);
    const d = await run(['e.json'], { 'e.json': '[]' });
    expect(d.err).toMatch(/e\.json: holds no figures/);
    const e = await run(['s.json'], { 's.json': JSON.stringify({ source: { title: 'no url' }, figures: [] }) });
    expect(e.err).toMatch(/invalid source \(page\): url/);
  });

  it('usage errors exit 2: no file, unknown template, format or option', async () => {
    expect((await run([])).code).toBe(2);
    const t = await run([SEED_PATH, '--template', 'nope']);
    expect([t.code, t.err]).toEqual([2, 'clipbrief brief: unknown template "nope" (choose from spo-uptake, stalkers-register, bail-act, blank)']);
    const f = await run([SEED_PATH, '--format', 'pdf']);
    expect([f.code, f.err]).toEqual([2, 'clipbrief brief: unknown format "pdf" (choose from md, html, txt, json)']);
    expect((await run([SEED_PATH, '--colour'])).err).toMatch(/unknown option --colour/);
    expect((await run([SEED_PATH, '--template'])).err).toMatch(/--template needs a value/);
    expect((await run([SEED_PATH, '--now', 'soon'])).err).toMatch(/--now "soon" is not a date/);
  });

  it('a missing file is named', async () => {
    const r = await run(['/nowhere/figures.json']);
    expect([r.code, r.err]).toEqual([1, 'clipbrief brief: /nowhere/figures.json: no such file']);
  });

  it('runs as npm run --silent clipbrief -- brief', () => {
    const r = spawnSync('npm', ['run', '--silent', 'clipbrief', '--', 'brief', SEED_PATH, '--format', 'txt', '--template', 'spo-uptake', '--now', NOW], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('fewer than 3 for every 1,000 (2.9 per 1,000). [1]');
    expect(r.stdout).toContain('The stated charge rate of 7.71% (2019-20) checks out: 110 of 1,426 is 7.71%. [1]');
  });
});
