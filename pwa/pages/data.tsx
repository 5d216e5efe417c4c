// Keeping the library safe: persistent storage, space used, and a backup that is checked by
// reading it back before it is offered, and restored by merging (nothing duplicated, nothing lost).
import { useEffect, useState } from 'preact/hooks';
import { BackupError, makeBackup, readBackup, verifyBackup } from '../../shared/backup.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { attempt, notify } from '../notices.ts';
import { download } from '../download.ts';
import { askToPersist, formatBytes, storageStatus, type StorageStatus } from '../storage-status.ts';

export function DataPage({ repo }: { repo: Repository }) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const refresh = () => void storageStatus().then(setStatus);
  useEffect(refresh, []);

  const exportBackup = () =>
    void attempt('Making the backup', async () => {
      const [figures, briefs] = await Promise.all([repo.figures.list({ includeDeleted: true }), repo.briefs.list({ includeDeleted: true })]);
      const text = makeBackup(figures, briefs);
      verifyBackup(text, figures, briefs);
      const live = figures.filter((f) => !f.deleted).length;
      download(`clipbrief-backup-${new Date().toISOString().slice(0, 10)}.json`, text, 'application/json');
      setResult({ kind: 'ok', text: `Backup saved and checked: ${live} figures and ${briefs.filter((b) => !b.deleted).length} briefs.` });
    });

  const importBackup = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const parsed = readBackup(await file.text());
      const r = await repo.applyChanges(parsed.changes);
      setResult({ kind: 'ok', text: `Imported ${file.name}: ${r.applied} records added or updated, ${r.ignored} already up to date.` });
      refresh();
    } catch (e) {
      const text = e instanceof BackupError ? e.message : `The backup could not be imported, and nothing was changed: ${e instanceof Error ? e.message : String(e)}`;
      setResult({ kind: 'error', text });
    }
  };

  const persist = async () => {
    const granted = await askToPersist();
    notify(granted ? 'Your browser will keep ClipBrief’s data.' : 'Your browser did not promise to keep the data: install ClipBrief and keep backups.', granted ? 'info' : 'error');
    refresh();
  };

  return (
    <section aria-labelledby="data-title" class="data">
      <h2 id="data-title">Your data</h2>
      <div class="card-box">
        <h3>Storage on this device</h3>
        <p data-testid="persist-status">
          {status?.persisted === true
            ? 'This browser has promised to keep ClipBrief’s data.'
            : status?.persisted === false
              ? 'This browser may clear ClipBrief’s data when space is short or after weeks without a visit (Safari does). Install ClipBrief and keep a backup.'
              : 'This browser does not say whether it will keep the data. Keep a backup.'}
        </p>
        <p class="muted">Space used: {formatBytes(status?.usage ?? null)} of {formatBytes(status?.quota ?? null)} available.</p>
        {status?.persisted === false ? <button onClick={() => void persist()}>Ask the browser to keep it</button> : null}
      </div>
      <div class="card-box">
        <h3>Backup</h3>
        <p class="muted">One file with every figure and brief. Importing it merges: records already here are not duplicated, newer edits win.</p>
        <div class="row">
          <button class="primary" onClick={exportBackup}>Export backup</button>
          <label class="button">
            Import backup…
            <input class="visually-hidden" type="file" accept=".json,application/json" onChange={(e) => void importBackup(e.currentTarget.files)} />
          </label>
        </div>
        {result ? <p class={result.kind === 'ok' ? 'ok' : 'error'} role={result.kind === 'ok' ? 'status' : 'alert'}>{result.text}</p> : null}
      </div>
    </section>
  );
}
