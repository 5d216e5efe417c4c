// The library's speed in real Chromium IndexedDB: ClipBrief's repository beside plain Dexie on
// the same data in the same run (printed, not asserted: these machines are noisy).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const N = Number(process.env.BENCH_FIGURES ?? 50_000);

// A production build of the bench page (no dev-server reloads mid-run), served locally.
const out = mkdtempSync(join(tmpdir(), 'clipbrief-store-bench-'));
await build({ root: ROOT, configFile: false, logLevel: 'warn', base: '/', build: { outDir: out, emptyOutDir: true, rollupOptions: { input: join(ROOT, 'bench/store-page.html') } } });
const server = await preview({ root: ROOT, configFile: false, logLevel: 'warn', build: { outDir: out }, preview: { host: '127.0.0.1', port: 0 } });
const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('no port');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${address.port}/bench/store-page.html`);
  await page.waitForFunction(() => 'storeBench' in window, undefined, { timeout: 60_000 });
  type Row = { task: string; clipbrief: number; plain: number };
  const result = await page.evaluate((n) => (window as unknown as { storeBench: (n: number) => Promise<{ rows: Row[] }> }).storeBench(n), N);
  console.log(`\nLibrary store in Chromium IndexedDB (${N.toLocaleString('en-GB')} figures), ClipBrief repository vs plain Dexie baseline`);
  console.log('task'.padEnd(58) + 'clipbrief'.padStart(12) + 'plain dexie'.padStart(14) + 'ratio'.padStart(8));
  for (const r of result.rows) {
    console.log(r.task.padEnd(58) + `${r.clipbrief.toFixed(1)} ms`.padStart(12) + `${r.plain.toFixed(1)} ms`.padStart(14) + `${(r.clipbrief / r.plain).toFixed(2)}×`.padStart(8));
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
