import { describe, expect, it } from 'vitest';
import { BackupError, makeBackup, readBackup, verifyBackup } from '../../shared/backup.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { figureInput } from './helpers/records.ts';
import { tempRepos } from './helpers/temp-repos.ts';

const repo = tempRepos('backup');

async function snapshot(r: Repository) {
  return {
    figures: (await r.figures.list({ includeDeleted: true })).sort((a, b) => a.id.localeCompare(b.id)),
    briefs: await r.briefs.list({ includeDeleted: true }),
  };
}

describe('library backups', () => {
  it('restore into an empty library gives the same library; restoring twice changes nothing', async () => {
    const a = repo();
    const f1 = await a.figures.add(figureInput());
    const f2 = await a.figures.add(figureInput({ text: 'six', value: 6 }));
    await a.figures.delete(f2.id);
    await a.briefs.add({ title: 'Orders against incidents', figures: [f1] });
    const { figures, briefs } = await snapshot(a);
    const text = makeBackup(figures, briefs, new Date('2026-05-01T00:00:00Z'));
    expect(() => verifyBackup(text, figures, briefs)).not.toThrow();

    const b = repo();
    const { changes } = readBackup(text);
    expect(await b.applyChanges(changes)).toEqual({ applied: 3, ignored: 0 });
    expect(await snapshot(b)).toEqual(await snapshot(a));
    expect(await b.applyChanges(readBackup(text).changes)).toEqual({ applied: 0, ignored: 3 });
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('refuses files that are not backups, damaged ones, and ones from a newer version, with a clear message', () => {
    expect(() => readBackup('not json')).toThrow(/not JSON/);
    expect(() => readBackup('{"format":"something-else"}')).toThrow(/not a ClipBrief backup/);
    const ok = JSON.parse(makeBackup([], [], new Date('2026-05-01T00:00:00Z')));
    expect(() => readBackup(JSON.stringify({ ...ok, version: 99 }))).toThrow(/newer ClipBrief/);
    expect(() => readBackup(JSON.stringify({ ...ok, figures: [{ id: 'x', value: 'NaN' }] }))).toThrow(BackupError);
    expect(() => readBackup(JSON.stringify({ ...ok, figures: [{ id: 'x', value: 'NaN' }] }))).toThrow(/damaged.*change 0: invalid figure/);
  });

  it('verification notices a backup that does not match the library', () => {
    const text = makeBackup([], []);
    expect(() => verifyBackup(text, [{ id: 'a', updatedAt: '2026-01-01T00:00:00.000Z' } as never], [])).toThrow(/did not read back/);
  });
});
