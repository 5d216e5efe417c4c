// The one parse-and-restore path: every record read from IndexedDB, received from the other
// store, or imported goes through here. It fills defaults for fields that older records lack
// and refuses anything invalid with an error naming the field.
import { z } from 'zod';
import { BriefSchema, FigureSchema, describeIssues, type Brief, type Figure } from '../model.ts';

export class InvalidRecordError extends Error {
  constructor(message: string, readonly issues: z.core.$ZodIssue[] = []) {
    super(message);
    this.name = 'InvalidRecordError';
  }
}

export const TABLES = { figures: FigureSchema, briefs: BriefSchema } as const;
export type TableName = keyof typeof TABLES;
export interface RecordOf {
  figures: Figure;
  briefs: Brief;
}

/** Storage-only fields that never leave a database. */
const LOCAL_FIELDS = ['seq', 'words'] as const;

export function restoreRecord<T extends TableName>(table: T, raw: unknown): RecordOf[T] {
  let input = raw;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const copy: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
    for (const f of LOCAL_FIELDS) delete copy[f];
    input = copy;
  }
  const result = TABLES[table].safeParse(input);
  if (!result.success) {
    const what = table === 'figures' ? 'figure' : 'brief';
    throw new InvalidRecordError(describeIssues(result.error, what), result.error.issues);
  }
  return result.data as RecordOf[T];
}

export const ChangeSchema = z.discriminatedUnion('table', [
  z.object({ table: z.literal('figures'), record: z.unknown() }),
  z.object({ table: z.literal('briefs'), record: z.unknown() }),
]);

export type Change = { table: 'figures'; record: Figure } | { table: 'briefs'; record: Brief };

/** Parse a batch of changes from elsewhere; any invalid entry refuses the whole batch. */
export function restoreChanges(batch: unknown): Change[] {
  const list = z.array(ChangeSchema).max(10000).safeParse(batch);
  if (!list.success) throw new InvalidRecordError(describeIssues(list.error, 'change batch'), list.error.issues);
  return list.data.map((c, i) => {
    try {
      return c.table === 'figures'
        ? { table: 'figures', record: restoreRecord('figures', c.record) }
        : { table: 'briefs', record: restoreRecord('briefs', c.record) };
    } catch (e) {
      if (e instanceof InvalidRecordError) throw new InvalidRecordError(`change ${i}: ${e.message}`, e.issues);
      throw e;
    }
  });
}
