import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage, looksBinary } from '../../cli/decode-page.ts';
import type { CliIo } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIX = join(ROOT, 'test/fixtures/cli');

function memoryIo(files: Record<string, Uint8Array | string> = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const bytes = (p: string) => {
    const f = files[p];
    if (f === undefined) return readFile(p);
    return Promise.resolve(typeof f === 'string' ? new TextEncoder().encode(f) : f);
  };
  return {
    stdout,
    stderr,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
    readFile: bytes,
    fileSize: async (p) => (await bytes(p)).length,
  };
}

describe('clipbrief command line', () => {
  it('prints usage with --help and for no command, listing extract', async () => {
    for (const argv of [['--help'], []]) {
      const io = memoryIo();
      expect(await main(argv, io)).toBe(0);
      expect(io.stdout.join('\n')).toMatch(/Commands:\n\s+extract\s+find the figures/);
    }
  });

  it('rejects an unknown command on stderr with exit code 2', async () => {
    const io = memoryIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr[0]).toMatch(/unknown command "frobnicate"/);
  });

  it('extract --help describes the output', async () => {
    const io = memoryIo();
    expect(await main(['extract', '--help'], io)).toBe(0);
    expect(io.stdout[0]).toContain('"figures"');
  });

  it('extract with no files is a usage error', async () => {
    const io = memoryIo();
    expect(await main(['extract', '--json'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/no files given/);
  });

  it('extract reports a missing file and a binary, still prints the good pages, and exits 1', async () => {
    const io = memoryIo();
    const files = [join(FIX, 'plain-note.txt'), join(FIX, 'missing.html'), join(FIX, 'not-a-page.png'), join(FIX, 'latin1-page.html')];
    expect(await main(['extract', '--json', ...files], io)).toBe(1);
    const docs = io.stdout.map((l) => JSON.parse(l));
    expect(docs.map((d) => d.file)).toEqual([files[0], files[3]]);
    expect(io.stderr).toEqual([
      `clipbrief extract: ${files[1]}: no such file`,
      `clipbrief extract: ${files[2]}: not an HTML or text page (binary data)`,
    ]);
    expect(docs[1].source.title).toBe('Café report');
    expect(docs[1].source.url).toBe('https://news.test/cafe');
    expect(docs[0].figures.map((f: { value: number }) => f.value)).toEqual([312, 4]);
  });

  it('runs as npm run --silent clipbrief, with stdout kept to JSON lines', () => {
    const r = spawnSync('npm', ['run', '--silent', 'clipbrief', '--', 'extract', '--json', join(FIX, 'plain-note.txt'), join(FIX, 'nope.txt')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).file).toContain('plain-note.txt');
    expect(r.stderr).toContain('nope.txt: no such file');
  });
});

describe('decoding saved pages', () => {
  it('spots binaries by NUL bytes or control characters', () => {
    expect(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00]))).toBe(true);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 ? 65 : 3))))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('<p>2,041 incidents</p>\n\t'))).toBe(false);
  });

  it('honours a UTF-8 BOM and a declared charset', () => {
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, 0xc2, 0xa3, 0x35]))).toBe('£5');
    const latin1 = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><p>'), 0xa3, 0x35]);
    expect(decodePage(latin1)).toContain('£5');
  });
});
