// Repositories over throwaway databases, deleted after each test.
import { afterEach } from 'vitest';
import { ClipBriefDatabase } from '../../../shared/store/db.ts';
import { Repository, type RepositoryOptions } from '../../../shared/store/repository.ts';
import { steppingClock, uniqueName } from './records.ts';

export function tempRepos(prefix: string): (options?: RepositoryOptions) => Repository {
  const open: ClipBriefDatabase[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return (options = {}) => {
    const db = new ClipBriefDatabase(uniqueName(prefix));
    open.push(db);
    return new Repository(db, { now: steppingClock(), ...options });
  };
}
