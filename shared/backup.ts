// The library backup: one versioned JSON file holding every figure and brief (tombstones too, so
// a restore merges deletions the same way replication does). Reading one back goes through the
// same parse-and-restore path as everything else; an invalid file is refused whole.
import { z } from 'zod';
import { describeIssues, type Brief, type Figure } from './model.ts';
import { InvalidRecordError, restoreChanges, type Change } from './store/restore.ts';

export const BACKUP_FORMAT = 'clipbrief-backup';
export const BACKUP_VERSION = 1;

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'this is not a ClipBrief backup' }),
  version: z.number().int().min(1),
  exportedAt: z.iso.datetime(),
  figures: z.array(z.unknown()).max(1_000_000),
  briefs: z.array(z.unknown()).max(100_000),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  figures: Figure[];
  briefs: Brief[];
}

export class BackupError extends Error {}

export function makeBackup(figures: Figure[], briefs: Brief[], now = new Date()): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), figures, briefs };
  return JSON.stringify(backup);
}

/** Parse a backup file's text into changes ready for Repository.applyChanges; refuses anything invalid. */
export function readBackup(text: string): { changes: Change[]; exportedAt: string; figures: number; briefs: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('This file is not a ClipBrief backup (it is not JSON).');
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new BackupError(`This file is not a ClipBrief backup we can read: ${describeIssues(envelope.error, 'backup')}`);
  if (envelope.data.version > BACKUP_VERSION) {
    throw new BackupError(`This backup was made by a newer ClipBrief (format ${envelope.data.version}); update ClipBrief to restore it.`);
  }
  try {
    const changes = restoreChanges([
      ...envelope.data.figures.map((record) => ({ table: 'figures', record })),
      ...envelope.data.briefs.map((record) => ({ table: 'briefs', record })),
    ]);
    return { changes, exportedAt: envelope.data.exportedAt, figures: envelope.data.figures.length, briefs: envelope.data.briefs.length };
  } catch (e) {
    if (e instanceof InvalidRecordError) throw new BackupError(`The backup is damaged, so nothing was imported: ${e.message}`);
    throw e;
  }
}

/** Read a backup back and check it holds exactly the records it was made from. */
export function verifyBackup(text: string, figures: Figure[], briefs: Brief[]): void {
  const back = readBackup(text);
  const ids = (xs: { id: string; updatedAt: string }[]) => xs.map((x) => `${x.id}@${x.updatedAt}`).sort().join('\n');
  const figs = back.changes.filter((c) => c.table === 'figures').map((c) => c.record);
  const brs = back.changes.filter((c) => c.table === 'briefs').map((c) => c.record);
  if (ids(figs) !== ids(figures) || ids(brs) !== ids(briefs)) throw new BackupError('The backup did not read back the same as the library; it was not saved.');
}
