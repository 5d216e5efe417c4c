// Runs inside Chromium (served by Vite for bench/store-bench.ts): the ClipBrief repository over
// real IndexedDB, beside plain Dexie doing the same job on the same data in the same run.
import Dexie from 'dexie';
import { ClipBriefDatabase } from '../shared/store/db.ts';
import { Repository } from '../shared/store/repository.ts';
import { FigureSchema, type Figure } from '../shared/model.ts';

const AREAS = ['Northshire', 'Eastmoor', 'Westdale', 'Harbourford', 'Kestrel Vale', 'Southmarsh', 'Lowfield', 'Greyhaven'];
const MEASURES = [
  ['stalking incidents reported', 'incidents'],
  ['Stalking Protection Orders applied for', 'orders_applied'],
  ['Stalking Protection Orders granted', 'orders_granted'],
  ['people charged with stalking', 'charges'],
  ['breaches of protection orders', 'breaches'],
  ['arrests for harassment', 'arrests'],
] as const;

function makeFigures(n: number): Figure[] {
  const now = new Date('2026-01-01T00:00:00Z').getTime();
  const out: Figure[] = [];
  for (let i = 0; i < n; i++) {
    const [measure, metric] = MEASURES[i % MEASURES.length]!;
    const area = AREAS[(i * 7) % AREAS.length]!;
    const value = (i * 37) % 5000;
    const at = new Date(now + i * 1000).toISOString();
    out.push(
      FigureSchema.parse({
        id: `bench-${i}`, createdAt: at, updatedAt: at, text: value.toLocaleString('en-GB'), value, unit: 'count', measure, metric, area,
        period: { label: `${2015 + (i % 8)}-${16 + (i % 8)}`, start: `${2015 + (i % 8)}-04-01`, end: `${2016 + (i % 8)}-03-31` },
        quote: { exact: value.toLocaleString('en-GB'), prefix: `In ${area}, `, suffix: ` ${measure} were recorded` },
        sentence: `In ${area}, ${value.toLocaleString('en-GB')} ${measure} were recorded in the year, according to figures released under the Freedom of Information Act.`,
        source: { url: `https://news.example/${area.toLowerCase()}/${i % 500}`, title: `${area} police figures ${i % 500}`, publisher: 'Example News' },
      }),
    );
  }
  return out;
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

async function fresh(name: string): Promise<void> {
  await Dexie.delete(name);
}

export async function run(n: number) {
  const figures = makeFigures(n);
  await fresh('bench-clipbrief');
  await fresh('bench-plain');
  const repo = new Repository(new ClipBriefDatabase('bench-clipbrief'));
  // Baseline: plain Dexie, same rows, the same words index, no validation or change numbers.
  const plain = new Dexie('bench-plain');
  plain.version(1).stores({ figures: 'id, updatedAt, area, metric, *words' });
  const words = (f: Figure) => [...new Set(`${f.measure} ${f.area} ${f.sentence}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1))];

  const insertRepo = await time(() => repo.writeMany('figures', figures.map((f) => FigureSchema.parse(f))));
  const insertPlain = await time(() => plain.table('figures').bulkAdd(figures.map((f) => ({ ...f, words: words(f) }))));

  const searches = ['stalking prot', 'northshire breaches', 'harassment'];
  const searchRepo = await time(async () => {
    let found = 0;
    for (const q of searches) found += (await repo.queryFigures({ text: q, limit: 100 })).length;
    return found;
  });
  const searchPlain = await time(async () => {
    let found = 0;
    for (const q of searches) {
      const [first, ...rest] = q.split(' ');
      const rows = await plain.table('figures').where('words').startsWith(first!).distinct()
        .filter((r: { words: string[] }) => rest.every((w) => r.words.some((x) => x.startsWith(w)))).limit(100).toArray();
      found += rows.length;
    }
    return found;
  });
  const listRepo = await time(async () => (await repo.figures.list({ limit: 100 })).length);
  const listPlain = await time(async () => (await plain.table('figures').orderBy('updatedAt').reverse().limit(100).toArray()).length);
  const areaRepo = await time(async () => (await repo.queryFigures({ area: 'Northshire', metric: 'orders_granted', limit: 100 })).length);
  const areaPlain = await time(async () => (await plain.table('figures').where('area').equals('Northshire').filter((r: Figure) => r.metric === 'orders_granted').limit(100).toArray()).length);
  repo.db.close();
  plain.close();
  return {
    n,
    rows: [
      { task: `insert ${n.toLocaleString('en-GB')} figures`, clipbrief: insertRepo.ms, plain: insertPlain.ms },
      { task: `3 word searches (up to 100 results), found ${searchRepo.result}/${searchPlain.result}`, clipbrief: searchRepo.ms, plain: searchPlain.ms },
      { task: 'newest 100', clipbrief: listRepo.ms, plain: listPlain.ms },
      { task: `area + metric (up to 100), found ${areaRepo.result}/${areaPlain.result}`, clipbrief: areaRepo.ms, plain: areaPlain.ms },
    ],
  };
}

Object.assign(window, { storeBench: run });
