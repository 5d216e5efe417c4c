import { afterEach, describe, expect, it } from 'vitest';
import { ClipBriefDatabase } from '../../shared/store/db.ts';
import { Repository } from '../../shared/store/repository.ts';
import { SCHEMA_VERSIONS, type SchemaVersion, type StoredRow } from '../../shared/store/schema.ts';
import { figureInput, steppingClock, uniqueName } from './helpers/records.ts';

// A test-only version 2, shaped like a real future upgrade: a new index, and a migration that
// rewrites a field (area names to their canonical spelling) on every figure row.
const canonicalArea = (row: StoredRow): StoredRow => ({ ...row, area: row.area === 'Northshire Police' ? 'Northshire' : row.area });
const V2: SchemaVersion = {
  version: 2,
  stores: { figures: 'id, seq, updatedAt, area, metric, source.url, period.start, *words, *tags' },
  migrate: { figures: canonicalArea },
};

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await new ClipBriefDatabase(n).delete();
});

describe('schema versions', () => {
  it('are appended in increasing order, starting at 1', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('the version 2 migration is a pure row function', () => {
    const row = { id: 'x', area: 'Northshire Police', value: 3 };
    expect(canonicalArea(row)).toEqual({ id: 'x', area: 'Northshire', value: 3 });
    expect(row.area).toBe('Northshire Police');
  });

  it('opening a filled version 1 database with version 2 loses nothing', async () => {
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

    const v2 = new ClipBriefDatabase(name, [...SCHEMA_VERSIONS, V2]);
    await v2.open();
    expect(v2.verno).toBe(2);
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
