import { describe, expect, it } from 'vitest';
import { InvalidRecordError } from '../../shared/store/restore.ts';
import { figureInput } from './helpers/records.ts';
import { tempRepos } from './helpers/temp-repos.ts';

const makeRepo = tempRepos('repo');

describe('repository writes', () => {
  it('adds a figure with id and timestamps, and reads it back equal', async () => {
    const repo = makeRepo();
    const added = await repo.figures.add(figureInput());
    expect(added.id).toMatch(/[0-9a-f-]{36}/);
    expect(added.createdAt).toBe(added.updatedAt);
    expect(await repo.figures.get(added.id)).toEqual(added);
    expect(added.source.publisher).toBe(''); // defaults filled by the schema
  });

  it('refuses an invalid record with an error naming the field, and writes nothing', async () => {
    const repo = makeRepo();
    const bad = { ...figureInput(), value: 'lots' as unknown as number };
    await expect(repo.figures.add(bad)).rejects.toThrow(InvalidRecordError);
    await expect(repo.figures.add(bad)).rejects.toThrow(/value/);
    await expect(repo.figures.add({ ...figureInput(), measure: '   ' })).rejects.toThrow(/measure: measure is empty/);
    expect(await repo.db.figures.count()).toBe(0);
    expect(await repo.db.meta.count()).toBe(0);
  });

  it('refuses an invalid update and keeps the stored version', async () => {
    const repo = makeRepo();
    const f = await repo.figures.add(figureInput());
    await expect(repo.figures.update(f.id, { period: { label: 'x', start: '2021-01-01', end: '2020-01-01' } })).rejects.toThrow(/period.end/);
    expect(await repo.figures.get(f.id)).toEqual(f);
  });

  it('updates keep id and createdAt and move updatedAt forward', async () => {
    const repo = makeRepo();
    const f = await repo.figures.add(figureInput());
    const g = await repo.figures.update(f.id, { value: 2141, text: '2,141' });
    expect(g.id).toBe(f.id);
    expect(g.createdAt).toBe(f.createdAt);
    expect(g.updatedAt > f.updatedAt).toBe(true);
    expect((await repo.figures.get(f.id))?.value).toBe(2141);
  });

  it('deletes by tombstone: hidden from get and list, kept for replication', async () => {
    const repo = makeRepo();
    const f = await repo.figures.add(figureInput());
    await repo.figures.delete(f.id);
    expect(await repo.figures.get(f.id)).toBeUndefined();
    expect(await repo.figures.list()).toEqual([]);
    const tomb = await repo.figures.get(f.id, { includeDeleted: true });
    expect(tomb?.deleted).toBe(true);
    expect(tomb?.value).toBe(2041);
  });

  it('queries by area, metric, source, period and words', async () => {
    const repo = makeRepo();
    const a = await repo.figures.add(figureInput());
    const b = await repo.figures.add(
      figureInput({ text: 'six', value: 6, measure: 'stalking protection orders applied for', metric: 'orders_applied' }),
    );
    const c = await repo.figures.add(
      figureInput({
        text: '249', value: 249, measure: 'orders granted', metric: 'orders_granted', area: 'England',
        period: { label: '2021', start: '2021-01-01', end: '2021-12-31' },
        source: { url: 'https://other.test/a', title: 'National picture' },
      }),
    );
    const ids = (fs: { id: string }[]) => fs.map((f) => f.id).sort();
    expect(ids(await repo.queryFigures({ area: 'Northshire' }))).toEqual([a.id, b.id].sort());
    expect(ids(await repo.queryFigures({ metric: 'orders_granted' }))).toEqual([c.id]);
    expect(ids(await repo.queryFigures({ sourceUrl: 'https://news.test/northshire/stalking' }))).toEqual([a.id, b.id].sort());
    expect(ids(await repo.queryFigures({ periodFrom: '2021-01-01' }))).toEqual([c.id]);
    expect(ids(await repo.queryFigures({ text: 'protection ord' }))).toEqual([b.id]);
    expect(ids(await repo.queryFigures({ text: 'national' }))).toEqual([c.id]);
    expect(ids(await repo.queryFigures({ text: 'stalking', area: 'England' }))).toEqual([]);
    await repo.figures.delete(b.id);
    expect(ids(await repo.queryFigures({ metric: 'orders_applied' }))).toEqual([]);
  });

  it('skips a corrupt stored row without deleting it, and reports it', async () => {
    const seen: string[] = [];
    const repo = makeRepo({ onInvalid: (_t, id, e) => seen.push(`${String(id)}: ${e.message}`) });
    const db = repo.db;
    const good = await repo.figures.add(figureInput());
    await db.figures.put({ ...(await db.figures.get(good.id))!, id: 'broken', value: 'NaN' as unknown as number });
    expect((await repo.figures.list()).map((f) => f.id)).toEqual([good.id]);
    expect(seen[0]).toMatch(/^broken: invalid figure: value/);
    expect(await db.figures.get('broken')).toBeDefined();
  });
});

describe('library sorting', () => {
  it('sorts newest, oldest, by value and by area, with or without filters', async () => {
    const repo = makeRepo();
    const a = await repo.figures.add(figureInput({ text: '20', value: 20, area: 'Westdale' }));
    const b = await repo.figures.add(figureInput({ text: '500', value: 500, area: 'Eastmoor' }));
    const c = await repo.figures.add(figureInput({ text: '3', value: 3, area: 'Northshire' }));
    const ids = (fs: { id: string }[]) => fs.map((f) => f.id);
    expect(ids(await repo.queryFigures({}))).toEqual([c.id, b.id, a.id]);
    expect(ids(await repo.queryFigures({ sort: 'oldest' }))).toEqual([a.id, b.id, c.id]);
    expect(ids(await repo.queryFigures({ sort: 'value' }))).toEqual([b.id, a.id, c.id]);
    expect(ids(await repo.queryFigures({ sort: 'area' }))).toEqual([b.id, c.id, a.id]);
    expect(ids(await repo.queryFigures({ sort: 'value', limit: 1 }))).toEqual([b.id]);
    expect(ids(await repo.queryFigures({ text: 'stalking', sort: 'value' }))).toEqual([b.id, a.id, c.id]);
  });
});
