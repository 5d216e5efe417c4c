// `npm run bench`: the finder's throughput on a page of at least 1 MB built from the project's own
// fixtures, beside a floor measured in the same run (one pass of /\d[\d,.]*/g over the same text).
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../shared/extract/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'test', 'fixtures', 'pages');
const TARGET = 1024 * 1024;
const RUNS = 7;

/** The body of each fixture (HTML between <body> tags, or text wrapped in paragraphs). */
function bodies(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const raw = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.html')) {
      const m = /<main[\s\S]*<\/main>/i.exec(raw);
      out.push(m ? m[0].replace(/<\/?main[^>]*>/gi, '') : raw);
    } else if (f.endsWith('.txt')) {
      out.push(raw.split(/\n\s*\n/).map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('\n'));
    }
  }
  return out;
}

function buildPage(): string {
  const parts = bodies();
  const head = '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Bench page</title>' +
    '<meta property="article:published_time" content="2023-02-10T08:00:00Z"></head><body><main><article>\n';
  let body = '';
  let i = 0;
  while (head.length + body.length < TARGET) {
    body += `<section>${parts[i % parts.length]}</section>\n`;
    i++;
  }
  return `${head}${body}</article></main></body></html>`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const page = buildPage();
if (process.env.DUMP_PAGE) { (await import("node:fs")).writeFileSync(process.env.DUMP_PAGE, page); process.exit(0); }
const mb = Buffer.byteLength(page, 'utf8') / (1024 * 1024);
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

// Floor: the cheapest possible "find the numbers" pass.
const floorTimes: number[] = [];
let floorCount = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const re = /\d[\d,.]*/g;
  let n = 0;
  while (re.exec(page)) n++;
  floorTimes.push(performance.now() - t0);
  floorCount = n;
}

const finderTimes: number[] = [];
let figures = 0;
extractPage(page); // warm-up (JIT)
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const res = extractPage(page);
  finderTimes.push(performance.now() - t0);
  figures = res.figures.length;
  sample();
}

const floorMs = median(floorTimes);
const finderMs = median(finderTimes);
const floorMBs = mb / (floorMs / 1000);
const finderMBs = mb / (finderMs / 1000);
const ratio = floorMBs / finderMBs;
const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1);
console.log(`page: ${mb.toFixed(2)} MB built from ${bodies().length} fixtures; ${floorCount} digit runs; ${figures} figures found`);
console.log(`floor  /\\d[\\d,.]*/g : ${fmt(floorMBs)} MB/s (median ${floorMs.toFixed(1)} ms of ${RUNS})`);
console.log(`finder extractPage : ${fmt(finderMBs)} MB/s (median ${finderMs.toFixed(1)} ms of ${RUNS})`);
console.log(`ratio floor/finder : ${ratio.toFixed(1)}x (target: within 20x) ${ratio <= 20 ? 'OK' : 'SLOWER THAN TARGET'}`);
console.log(`peak memory        : rss ${(peakRss / 1048576).toFixed(0)} MB, heapUsed ${(peakHeap / 1048576).toFixed(0)} MB`);
