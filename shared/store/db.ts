// The Dexie database: the only module that knows IndexedDB. Stored rows are the model's records
// plus two local fields (seq, words); restore.ts strips those on the way out.
import Dexie, { type Table } from 'dexie';
import type { Brief, Figure } from '../model.ts';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion, type StoredRow } from './schema.ts';

export interface LocalFields {
  seq: number;
  words: string[];
}
export type StoredFigure = Figure & LocalFields;
export type StoredBrief = Brief & LocalFields;
export interface MetaRow {
  key: string;
  value: unknown;
}

export class ClipBriefDatabase extends Dexie {
  figures!: Table<StoredFigure, string>;
  briefs!: Table<StoredBrief, string>;
  meta!: Table<MetaRow, string>;

  /** `versions` is for tests of future upgrades; the app always opens SCHEMA_VERSIONS. */
  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      const migrate = v.migrate;
      if (migrate) {
        declared.upgrade(async (tx) => {
          for (const [table, fn] of Object.entries(migrate)) {
            await tx.table(table).toCollection().modify((row: StoredRow, ref: { value: StoredRow }) => {
              ref.value = fn(row);
            });
          }
        });
      }
    }
  }
}
