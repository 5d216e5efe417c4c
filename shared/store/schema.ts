// Schema versions of the one ClipBrief database (the extension's and the PWA's are two physical
// copies of it). Versions are only ever appended: never edit a published entry; add a new one
// below the last, with `migrate` functions (pure, row in, row out, each with its own test).

/** A stored row as the upgrade sees it: plain data, shape unknown until restore parses it. */
export type StoredRow = Record<string, unknown>;

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; null deletes a table. */
  stores: Record<string, string | null>;
  /** Per table, how to turn a row of the previous version into a row of this one. */
  migrate?: Record<string, (row: StoredRow) => StoredRow>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // seq: this database's own change counter (replication cursor), not part of the record.
      // words: a multi-entry index of the record's searchable words, derived on every write.
      figures: 'id, seq, updatedAt, area, metric, source.url, period.start, *words',
      briefs: 'id, seq, updatedAt, *words',
      meta: 'key',
    },
  },
  {
    version: 2,
    // Sorting the library by value. An added index needs no row migration: IndexedDB builds it.
    stores: { figures: 'id, seq, updatedAt, area, metric, source.url, period.start, *words, value' },
  },
];

export const DATABASE_NAME = 'clipbrief';
