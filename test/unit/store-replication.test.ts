import { describe, expect, it } from 'vitest';
import { Repository } from '../../shared/store/repository.ts';
import { figureInput, steppingClock } from './helpers/records.ts';
import { tempRepos } from './helpers/temp-repos.ts';

const repos = tempRepos('repl');
const makeRepo = (clock = steppingClock()) => repos({ now: clock });

async function everything(repo: Repository) {
  const figures = await repo.figures.list({ includeDeleted: true });
  const briefs = await repo.briefs.list({ includeDeleted: true });
  return { figures: figures.sort((a, b) => a.id.localeCompare(b.id)), briefs };
}

/** One-way sync of everything after the cursor, the way the bridge does it. */
async function pull(from: Repository, to: Repository, cursor = 0) {
  let batch;
  do {
    batch = await from.changesSince(cursor, 2);
    await to.applyChanges(batch.changes);
    cursor = batch.cursor;
  } while (batch.more);
  return cursor;
}

describe('replication', () => {
  it('changesSince pages through every write in order, tombstones included', async () => {
    const repo = makeRepo();
    const a = await repo.figures.add(figureInput({ text: 'one', value: 1 }));
    const b = await repo.figures.add(figureInput({ text: 'two', value: 2 }));
    const brief = await repo.briefs.add({ title: 'Brief for the MP' });
    await repo.figures.delete(a.id);
    // a's tombstone is its latest write, so a now comes last.
    const first = await repo.changesSince(0, 2);
    expect(first.changes.map((c) => c.record.id)).toEqual([b.id, brief.id]);
    expect(first.more).toBe(true);
    const rest = await repo.changesSince(first.cursor, 10);
    expect(rest.more).toBe(false);
    expect(rest.changes.at(-1)).toMatchObject({ table: 'figures', record: { id: a.id, deleted: true } });
    expect((await repo.changesSince(rest.cursor)).changes).toEqual([]);
  });

  it('applying the same batch twice gives the same state', async () => {
    const src = makeRepo();
    const dst = makeRepo();
    await src.figures.add(figureInput());
    await src.briefs.add({ title: 'Stalking orders: the gap' });
    const { changes } = await src.changesSince(0);
    expect(await dst.applyChanges(changes)).toEqual({ applied: 2, ignored: 0 });
    const once = await everything(dst);
    expect(await dst.applyChanges(changes)).toEqual({ applied: 0, ignored: 2 });
    expect(await everything(dst)).toEqual(once);
    expect(once).toEqual(await everything(src));
  });

  it('a newer edit wins over an older one whichever arrives first', async () => {
    const src = makeRepo();
    const f = await src.figures.add(figureInput());
    const older = (await src.changesSince(0)).changes;
    const cursor = (await src.changesSince(0)).cursor;
    await src.figures.update(f.id, { value: 2141, text: '2,141' });
    const newer = (await src.changesSince(cursor)).changes;

    const inOrder = makeRepo();
    await inOrder.applyChanges(older);
    await inOrder.applyChanges(newer);
    const reversed = makeRepo();
    await reversed.applyChanges(newer);
    await reversed.applyChanges(older);
    expect((await inOrder.figures.get(f.id))?.value).toBe(2141);
    expect((await reversed.figures.get(f.id))?.value).toBe(2141);
    expect(await everything(reversed)).toEqual(await everything(inOrder));
  });

  it('concurrent edits with the same timestamp converge to the same winner on both sides', async () => {
    const t = Date.parse('2026-02-02T00:00:00Z');
    const a = makeRepo(() => new Date(t));
    const b = makeRepo(() => new Date(t));
    const f = await a.figures.add(figureInput({ id: 'same' }));
    await pull(a, b);
    await a.figures.update(f.id, { notes: 'from A' });
    await b.figures.update(f.id, { notes: 'from B' });
    await pull(a, b);
    await pull(b, a);
    expect((await a.figures.get('same'))?.notes).toBe((await b.figures.get('same'))?.notes);
  });

  it('a tombstone survives replication and is not revived by an older copy', async () => {
    const ext = makeRepo();
    const pwa = makeRepo();
    const f = await ext.figures.add(figureInput());
    const cursor = await pull(ext, pwa);
    const stale = (await pwa.changesSince(0)).changes;
    await pwa.figures.delete(f.id);
    await pull(pwa, ext);
    expect(await ext.figures.get(f.id)).toBeUndefined();
    await ext.applyChanges(stale); // the pre-delete copy arrives late
    expect(await ext.figures.get(f.id)).toBeUndefined();
    expect((await ext.figures.get(f.id, { includeDeleted: true }))?.deleted).toBe(true);
    expect((await ext.changesSince(cursor)).changes.some((c) => c.record.id === f.id && c.record.deleted)).toBe(true);
  });

  it('a record received from one replica is passed on to a third (cursor is local, not a timestamp)', async () => {
    const pwaA = makeRepo(steppingClock(Date.parse('2020-01-01T00:00:00Z'))); // its clock runs behind
    const ext = makeRepo();
    const pwaB = makeRepo();
    await ext.figures.add(figureInput({ text: 'one', value: 1 }));
    const cursorB = await pull(ext, pwaB);
    await pwaA.figures.add(figureInput({ text: 'old clock', value: 7 }));
    await pull(pwaA, ext);
    await pull(ext, pwaB, cursorB);
    expect((await pwaB.figures.list()).map((f) => f.value).sort()).toEqual([1, 7]);
  });

  it('refuses a batch with one invalid change and applies none of it', async () => {
    const src = makeRepo();
    const dst = makeRepo();
    await src.figures.add(figureInput());
    const { changes } = await src.changesSince(0);
    const bad = [...changes, { table: 'figures', record: { ...changes[0]!.record, id: '', value: null } }];
    await expect(dst.applyChanges(bad)).rejects.toThrow(/change 1: invalid figure: .*id: Too small/);
    await expect(dst.applyChanges([{ table: 'users', record: {} }])).rejects.toThrow(/table/);
    await expect(dst.applyChanges('nonsense')).rejects.toThrow(/change batch/);
    expect(await dst.db.figures.count()).toBe(0);
  });
});
