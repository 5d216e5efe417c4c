// `npm run bench`: the figure finder's throughput on a page of at least 1 MB, beside a floor measured
// in the same run on the same text (one pass of /\d[\d,.]*/g), with peak memory.
//
// Two pages are built from the project's own fixtures (test/fixtures/pages):
// - "news/FOI pages" (the target): the saved HTML fixture pages whole (a long news article with a CMS's
//   usual markup: head with meta, JSON-LD, inline style and scripts; cookie banner, nav, share bar,
//   ad slots, teasers, most-read, footer; a short news story; an FOI reply with a table), one after
//   another, repeated until the page is at least 1 MB.
// - "dense" (a stress case): only the fixtures' <main> bodies (and the text bulletin), back to back:
//   almost all figure-dense prose and tables, nearly no markup.
// Each is timed as the median of RUNS runs after WARMUP warm-up runs; floor and finder alternate so
// both see the same machine load.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../shared/extract/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'test', 'fixtures', 'pages');
const TARGET = 1024 * 1024;
const WARMUP = Number(process.env.BENCH_WARMUP) || 20; // V8 needs 10–20 passes over 1 MB to reach its optimised code
const RUNS = Number(process.env.BENCH_RUNS) || 21;

interface Fixture {
  name: string;
  main: string; // the inner HTML of its <main> (text fixtures: paragraphs in an <article>)
}

function fixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const f of readdirSync(dir).sort()) {
    const raw = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.html')) {
      const m = /<main[^>]*>([\s\S]*)<\/main>/i.exec(raw);
      out.push({ name: f, main: m ? m[1]! : raw });
    } else if (f.endsWith('.txt')) {
      const ps = raw.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
      out.push({ name: f, main: `<article class="bulletin">\n${ps.join('\n')}\n</article>` });
    }
  }
  return out;
}

function repeatTo(head: string, units: string[], tail: string): string {
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < TARGET; i++) {
    const u = units[i % units.length]!;
    parts.push(u);
    size += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

function newsPage(): string {
  // Whole saved pages, as a browser gets them, one after another: each keeps its head (meta, JSON-LD,
  // inline style and scripts), cookie banner, site header and nav, asides and footer around its <main>.
  const pages: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const raw = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.html')) pages.push(raw);
  }
  return repeatTo('', pages, '');
}

function densePage(fx: Fixture[]): string {
  const head = '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Bench page</title>' +
    '<meta property="article:published_time" content="2023-02-10T08:00:00Z"></head><body><main><article>\n';
  return repeatTo(head, fx.map((f) => `<section>${f.main.replace(/<\/?(?:main|article)\b[^>]*>/gi, '')}</section>\n`), '</article></main></body></html>');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

let peakRss = 0;
let peakHeap = 0;
function sample(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}

function floorPass(page: string): number {
  const re = /\d[\d,.]*/g;
  let n = 0;
  while (re.exec(page)) n++;
  return n;
}

function bench(label: string, page: string): number {
  const mb = Buffer.byteLength(page, 'utf8') / (1024 * 1024);
  let digitRuns = 0;
  let figures = 0;
  const floorTimes: number[] = [];
  const finderTimes: number[] = [];
  let coldMs = 0;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    let t0 = performance.now();
    digitRuns = floorPass(page);
    const tf = performance.now() - t0;
    t0 = performance.now();
    const res = extractPage(page);
    const tx = performance.now() - t0;
    figures = res.figures.length;
    if (r === 0) coldMs = tx;
    sample();
    if (r >= WARMUP) {
      floorTimes.push(tf);
      finderTimes.push(tx);
    }
  }
  const floorMs = median(floorTimes);
  const finderMs = median(finderTimes);
  const floorMBs = mb / (floorMs / 1000);
  const finderMBs = mb / (finderMs / 1000);
  const ratio = floorMBs / finderMBs;
  const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1);
  console.log(`${label}: ${mb.toFixed(2)} MB; ${digitRuns} digit runs; ${figures} figures found`);
  console.log(`  floor  /\\d[\\d,.]*/g : ${fmt(floorMBs).padStart(7)} MB/s (median ${floorMs.toFixed(2)} ms of ${RUNS}, after ${WARMUP} warm-up)`);
  console.log(`  finder extractPage : ${fmt(finderMBs).padStart(7)} MB/s (median ${finderMs.toFixed(1)} ms of ${RUNS})`);
  console.log(`  finder, first run  : ${fmt(mb / (coldMs / 1000)).padStart(7)} MB/s (${coldMs.toFixed(0)} ms, before the JIT has optimised anything)`);
  console.log(`  ratio floor/finder : ${ratio.toFixed(1)}x (target: within 20x) ${ratio <= 20 ? 'OK' : 'SLOWER THAN TARGET'}`);
  // On a shared, loaded machine the medians wander; the fastest runs of each are the least disturbed.
  const best = Math.min(...finderTimes) / Math.min(...floorTimes);
  console.log(`  best runs          : floor ${Math.min(...floorTimes).toFixed(2)} ms, finder ${Math.min(...finderTimes).toFixed(1)} ms, ratio ${best.toFixed(1)}x`);
  return ratio;
}

const fx = fixtures();
sample();
const baseRss = peakRss;
console.log(`fixtures: ${fx.map((f) => f.name).join(', ')}`);
const ratio = bench('news/FOI pages (target)', newsPage());
bench('dense page (stress: main bodies only)', densePage(fx));
console.log(`peak memory: rss ${(peakRss / 1048576).toFixed(0)} MB (${(baseRss / 1048576).toFixed(0)} MB before), heapUsed ${(peakHeap / 1048576).toFixed(0)} MB`);
if (process.env.BENCH_STRICT && ratio > 20) process.exitCode = 1;
