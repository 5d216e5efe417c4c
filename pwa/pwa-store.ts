// The PWA's own database (on the PWA's origin): same schema and repository as the extension's.
import { ClipBriefDatabase } from '../shared/store/db.ts';
import { Repository } from '../shared/store/repository.ts';

const db = new ClipBriefDatabase();
export const pwaRepository = new Repository(db);

let upgraded = false;
const listeners = new Set<() => void>();
// Another tab opened a newer schema: close this tab's connection so its upgrade can run, and ask
// the user to reload instead of failing on the next read.
db.on('versionchange', () => {
  db.close();
  upgraded = true;
  for (const fn of listeners) fn();
  return false;
});

export const upgradedElsewhere = () => upgraded;
export function onUpgradedElsewhere(fn: () => void): void {
  listeners.add(fn);
}
