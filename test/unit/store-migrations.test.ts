import { afterEach, describe, expect, it } from 'vitest';
import { ClipBriefDatabase } from '../../shared/store/db.ts';
import { Repository } from '../../shared/store/repository.ts';
import { SCHEMA_VERSIONS, type SchemaVersion, type StoredRow } from '../../shared/store/schema.ts';
import { figureInput, steppingClock, uniqueName } from './helpers/records.ts';

// A test-only next version, shaped like a real future upgrade: a new index, and a migration that
// rewrites a field (area names to their canonical spelling) on every figure row.
const canonicalArea = (row: StoredRow): StoredRow => ({ ...row, area: row.area === 'Northshire Police' ? 'Northshire' : row.area });
const CURRENT = SCHEMA_VERSIONS.length;
const NEXT: SchemaVersion = {
  version: CURRENT + 1,
  stores: { figures: 'id, seq, updatedAt, area, metric, source.url, period.start, *words, value, *tags' },
  migrate: { figures: canonicalArea },
};
const V1_ONLY = SCHEMA_VERSIONS.slice(0, 1);

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await new ClipBriefDatabase(n).delete();
});

describe('schema versions', () => {
  it('are appended in increasing order, starting at 1', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('the next version’s migration is a pure row function', () => {
    const row = { id: 'x', area: 'Northshire Police', value: 3 };
    expect(canonicalArea(row)).toEqual({ id: 'x', area: 'Northshire', value: 3 });
    expect(row.area).toBe('Northshire Police');
  });

  it('opening a filled version 1 database with today’s schema loses nothing, and sorts by value', async () => {
    const name = uniqueName('migrate-real');
    names.push(name);
    const v1 = new ClipBriefDatabase(name, V1_ONLY);
    const repo1 = new Repository(v1, { now: steppingClock() });
    const written = [];
    for (const value of [30, 10, 20]) written.push(await repo1.figures.add(figureInput({ text: String(value), value })));
    v1.close();
    const now = new ClipBriefDatabase(name);
    await now.open();
    expect(now.verno).toBe(CURRENT);
    const repo = new Repository(now);
    expect((await repo.figures.list()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(written.sort((a, b) => a.id.localeCompare(b.id)));
    expect((await now.figures.orderBy('value').toArray()).map((f) => f.value)).toEqual([10, 20, 30]);
    now.close();
  });

  it('opening a filled database with a further version and a row migration loses nothing', async () => {
    const name = uniqueName('migrate');
    names.push(name);
    const v1 = new ClipBriefDatabase(name);
    const repo1 = new Repository(v1, { now: steppingClock() });
    const written = [];
    for (let i = 0; i < 50; i++) {
      written.push(await repo1.figures.add(figureInput({ text: String(i), value: i, tags: [`t${i % 3}`], area: i % 2 ? 'Northshire Police' : 'Eastmoor' })));
    }
    await repo1.figures.delete(written[7]!.id);
    const brief = await repo1.briefs.add({ title: 'Orders against incidents', figures: [written[1]!] });
    const cursorBefore = (await repo1.changesSince(0, 1000)).cursor;
    v1.close();

    const v2 = new ClipBriefDatabase(name, [...SCHEMA_VERSIONS, NEXT]);
    await v2.open();
    expect(v2.verno).toBe(CURRENT + 1);
    const repo2 = new Repository(v2);
    const after = await repo2.figures.list({ includeDeleted: true });
    expect(after).toHaveLength(50);
    const byId = new Map(after.map((f) => [f.id, f]));
    for (const w of written) {
      const expected = w.id === written[7]!.id ? { ...w, deleted: true, updatedAt: byId.get(w.id)!.updatedAt } : w;
      expect(byId.get(w.id)).toEqual({ ...expected, area: w.area === 'Northshire Police' ? 'Northshire' : w.area });
    }
    expect(await repo2.briefs.get(brief.id)).toEqual(brief);
    // the new index works, and the change counter carries on from where version 1 left it
    expect(await v2.figures.where('tags').equals('t1').count()).toBe(17);
    const next = await repo2.figures.add(figureInput());
    expect((await repo2.changesSince(cursorBefore)).changes.map((c) => c.record.id)).toEqual([next.id]);
    v2.close();
  });
});
