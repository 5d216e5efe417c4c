// The repository: the API both the extension and the PWA use over their own database.
// Every write is parsed first (nothing invalid is ever written), stamps a fresh updatedAt, and
// takes the next value of the database's change counter, which changesSince() reads.
import type { Table } from 'dexie';
import type { Brief, BriefInput, Figure, FigureInput } from '../model.ts';
import type { ClipBriefDatabase, LocalFields } from './db.ts';
import { InvalidRecordError, restoreChanges, restoreRecord, type Change, type RecordOf, type TableName } from './restore.ts';
import { indexWords, queryWords } from './words.ts';

export interface RepositoryOptions {
  now?: () => Date;
  newId?: () => string;
  /** Told about stored rows that no longer parse; they are skipped, never deleted. */
  onInvalid?: (table: TableName, id: unknown, error: InvalidRecordError) => void;
}

export interface FigureQuery {
  area?: string;
  metric?: string;
  sourceUrl?: string;
  /** Figures whose period starts within [periodFrom, periodTo] (ISO dates). */
  periodFrom?: string;
  periodTo?: string;
  /** Words that must all appear (each as a word prefix) in the figure's text fields. */
  text?: string;
  includeDeleted?: boolean;
  limit?: number;
  /** Newest first (the default), oldest first, largest value first, or by area name. */
  sort?: FigureSort;
}

export type FigureSort = 'newest' | 'oldest' | 'value' | 'area';

const SORTS: Record<FigureSort, { index: string; reverse: boolean; compare: (a: Figure, b: Figure) => number }> = {
  newest: { index: 'updatedAt', reverse: true, compare: (a, b) => b.updatedAt.localeCompare(a.updatedAt) },
  oldest: { index: 'updatedAt', reverse: false, compare: (a, b) => a.updatedAt.localeCompare(b.updatedAt) },
  value: { index: 'value', reverse: true, compare: (a, b) => b.value - a.value },
  area: { index: 'area', reverse: false, compare: (a, b) => a.area.localeCompare(b.area) || b.updatedAt.localeCompare(a.updatedAt) },
};

export interface ChangeBatch {
  changes: Change[];
  /** Pass back to changesSince() to continue where this batch ended. */
  cursor: number;
  more: boolean;
}

export interface ApplyResult {
  applied: number;
  ignored: number;
}

const SEQ_KEY = 'seq';
const REPLICA_KEY = 'replica';

interface InputOf {
  figures: FigureInput;
  briefs: BriefInput;
}
type Stamped = 'id' | 'createdAt' | 'updatedAt';
/** What a caller supplies to create a record: id and times are filled in when absent. */
export type NewRecord<T extends TableName> = Omit<InputOf[T], Stamped> & Partial<Pick<InputOf[T], Stamped>>;

function searchWords(table: TableName, r: Figure | Brief): string[] {
  if (table === 'figures') {
    const f = r as Figure;
    return indexWords(f.text, f.measure, f.metric.replace(/_/g, ' '), f.area, f.topic, f.period?.label, f.qualifier,
      f.source.title, f.source.publisher, f.notes, f.sentence, f.tags.join(' '));
  }
  const b = r as Brief;
  return indexWords(b.title, b.audience, b.ask, b.caveats.join(' '), ...b.narrative.map((n) => n.text));
}

/** Last writer wins by updatedAt; an exact tie falls to a content comparison so every replica agrees. */
export function incomingWins(local: Figure | Brief | undefined, incoming: Figure | Brief): boolean {
  if (!local) return true;
  if (incoming.updatedAt !== local.updatedAt) return incoming.updatedAt > local.updatedAt;
  return JSON.stringify(incoming) > JSON.stringify(local);
}

export class RecordCollection<T extends TableName> {
  constructor(
    private readonly repo: Repository,
    readonly table: T,
  ) {}

  private get rows(): Table<RecordOf[T] & LocalFields, string> {
    return this.repo.db[this.table] as unknown as Table<RecordOf[T] & LocalFields, string>;
  }

  /** Create a record from input; id, createdAt and updatedAt are filled in when absent. */
  async add(input: NewRecord<T>): Promise<RecordOf[T]> {
    const now = this.repo.stamp();
    const record = restoreRecord(this.table, { id: this.repo.newId(), createdAt: now, updatedAt: now, ...input });
    return this.repo.write(this.table, record);
  }

  /** Change fields of a live record; its id and createdAt are kept. */
  async update(id: string, patch: Partial<RecordOf[T]>): Promise<RecordOf[T]> {
    return this.repo.db.transaction('rw', [this.rows, this.repo.db.meta], async () => {
      const current = await this.get(id);
      if (!current) throw new Error(`no ${this.table === 'figures' ? 'figure' : 'brief'} with id ${id}`);
      const record = restoreRecord(this.table, {
        ...current,
        ...patch,
        id: current.id,
        createdAt: current.createdAt,
        updatedAt: this.repo.stamp(current.updatedAt),
      });
      return this.repo.write(this.table, record);
    });
  }

  /** Delete by tombstone: the record stays, marked deleted, so the deletion replicates. */
  async delete(id: string): Promise<void> {
    await this.repo.db.transaction('rw', [this.rows, this.repo.db.meta], async () => {
      const current = await this.get(id);
      if (!current) return;
      const record = restoreRecord(this.table, { ...current, deleted: true, updatedAt: this.repo.stamp(current.updatedAt) });
      await this.repo.write(this.table, record);
    });
  }

  async get(id: string, { includeDeleted = false } = {}): Promise<RecordOf[T] | undefined> {
    const raw = await this.rows.get(id);
    if (!raw) return undefined;
    const record = this.repo.restoreOrReport(this.table, raw);
    if (!record || (record.deleted && !includeDeleted)) return undefined;
    return record;
  }

  /** Newest first. */
  async list({ includeDeleted = false, limit = Infinity } = {}): Promise<RecordOf[T][]> {
    const out: RecordOf[T][] = [];
    await this.rows.orderBy('updatedAt').reverse().until(() => out.length >= limit).each((raw) => {
      const r = this.repo.restoreOrReport(this.table, raw);
      if (r && (includeDeleted || !r.deleted)) out.push(r);
    });
    return out;
  }

  /** Bring back a deleted record (undo). */
  async undelete(id: string): Promise<RecordOf[T] | undefined> {
    return this.repo.db.transaction('rw', [this.rows, this.repo.db.meta], async () => {
      const current = await this.get(id, { includeDeleted: true });
      if (!current || !current.deleted) return current;
      const record = restoreRecord(this.table, { ...current, deleted: false, updatedAt: this.repo.stamp(current.updatedAt) });
      return this.repo.write(this.table, record);
    });
  }

  /** Live records (tombstones left out), counted without parsing each one. */
  async count(): Promise<number> {
    return this.rows.filter((r) => !r.deleted).count();
  }
}

export class Repository {
  readonly figures: RecordCollection<'figures'>;
  readonly briefs: RecordCollection<'briefs'>;
  private readonly now: () => Date;
  readonly newId: () => string;
  private readonly onInvalid: NonNullable<RepositoryOptions['onInvalid']>;

  constructor(
    readonly db: ClipBriefDatabase,
    options: RepositoryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.onInvalid = options.onInvalid ?? ((table, id, e) => console.warn(`ClipBrief: skipped a stored ${table} row (${String(id)}): ${e.message}`));
    this.figures = new RecordCollection(this, 'figures');
    this.briefs = new RecordCollection(this, 'briefs');
  }

  /** A timestamp for a write: now, but always later than the version it replaces. */
  stamp(previous?: string): string {
    let t = this.now().getTime();
    if (previous) t = Math.max(t, Date.parse(previous) + 1);
    return new Date(t).toISOString();
  }

  restoreOrReport<T extends TableName>(table: T, raw: unknown): RecordOf[T] | undefined {
    try {
      return restoreRecord(table, raw);
    } catch (e) {
      if (!(e instanceof InvalidRecordError)) throw e;
      this.onInvalid(table, (raw as { id?: unknown } | null)?.id, e);
      return undefined;
    }
  }

  /** Write a parsed record with the next change number. Runs inside the caller's transaction when there is one. */
  async write<T extends TableName>(table: T, record: RecordOf[T]): Promise<RecordOf[T]> {
    const rows = this.db[table] as unknown as Table<RecordOf[T] & LocalFields, string>;
    return this.db.transaction('rw', [rows, this.db.meta], async () => {
      const seq = await this.nextSeq();
      await rows.put({ ...record, seq, words: searchWords(table, record) });
      return record;
    });
  }

  async getMeta(key: string): Promise<unknown> {
    return (await this.db.meta.get(key))?.value;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    if (key === SEQ_KEY || key === REPLICA_KEY) throw new Error(`${key} is managed by the repository`);
    await this.db.meta.put({ key, value });
  }

  /** This database's identity, made on first use: replicas keep their cursors per identity, so a wiped database is synced afresh. */
  async replicaId(): Promise<string> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const row = await this.db.meta.get(REPLICA_KEY);
      if (typeof row?.value === 'string') return row.value;
      const id = this.newId();
      await this.db.meta.put({ key: REPLICA_KEY, value: id });
      return id;
    });
  }

  private async nextSeq(): Promise<number> {
    const row = await this.db.meta.get(SEQ_KEY);
    const seq = (typeof row?.value === 'number' ? row.value : 0) + 1;
    await this.db.meta.put({ key: SEQ_KEY, value: seq });
    return seq;
  }

  async queryFigures(q: FigureQuery = {}): Promise<Figure[]> {
    const t = this.db.figures;
    const words = q.text ? queryWords(q.text) : [];
    // Narrow with the most selective index the query offers, then filter the rest in memory.
    let base;
    if (q.sourceUrl) base = t.where('source.url').equals(q.sourceUrl);
    else if (q.metric) base = t.where('metric').equals(q.metric);
    else if (q.area) base = t.where('area').equals(q.area);
    else if (q.periodFrom || q.periodTo) base = t.where('period.start').between(q.periodFrom ?? '', q.periodTo ?? '\uffff', true, true);
    else if (words[0]) base = t.where('words').startsWith(words[0]).distinct();
    else {
      // No filter: walk the sort's own index, so the first page costs the same at 50 or 50,000 figures.
      const sort = SORTS[q.sort ?? 'newest'];
      base = sort.reverse ? t.orderBy(sort.index).reverse() : t.orderBy(sort.index);
    }
    const out: Figure[] = [];
    const limit = q.limit ?? Infinity;
    await base.until(() => out.length >= limit).each((raw) => {
      const f = this.restoreOrReport('figures', raw);
      if (!f || (f.deleted && !q.includeDeleted)) return;
      if (q.area && f.area !== q.area) return;
      if (q.metric && f.metric !== q.metric) return;
      if (q.sourceUrl && f.source.url !== q.sourceUrl) return;
      const start = f.period?.start;
      if (q.periodFrom && (!start || start < q.periodFrom)) return;
      if (q.periodTo && (!start || start > q.periodTo)) return;
      if (words.length && !words.every((w) => raw.words.some((x) => x.startsWith(w)))) return;
      out.push(f);
    });
    return out.sort(SORTS[q.sort ?? 'newest'].compare);
  }

  /**
   * Save figures clipped from pages, all or none. The same quote from the same page is the same
   * figure: saving it again (a second "save all", a re-import) returns the existing one.
   */
  async addClips(clips: NewRecord<'figures'>[]): Promise<{ ids: string[]; added: number }> {
    let added = 0;
    const ids = await this.db.transaction('rw', [this.db.figures, this.db.meta], async () => {
      const out: string[] = [];
      const byUrl = new Map<string, Figure[]>();
      for (const clip of clips) {
        const url = clip.source.url;
        let existing = byUrl.get(url);
        if (!existing) {
          existing = await this.queryFigures({ sourceUrl: url });
          byUrl.set(url, existing);
        }
        const q = clip.quote;
        const twin = existing.find((f) => f.quote.exact === q.exact && f.quote.prefix === (q.prefix ?? '') && f.quote.suffix === (q.suffix ?? ''));
        if (twin) {
          out.push(twin.id);
          continue;
        }
        const saved = await this.figures.add(clip);
        existing.push(saved);
        out.push(saved.id);
        added++;
      }
      return out;
    });
    return { ids, added };
  }

  /** Everything written to this database after `cursor` (0 for all), in write order, tombstones included. */
  async changesSince(cursor: number, limit = 500): Promise<ChangeBatch> {
    const [figs, briefs] = await this.db.transaction('r', [this.db.figures, this.db.briefs], () =>
      Promise.all([
        this.db.figures.where('seq').above(cursor).limit(limit + 1).toArray(),
        this.db.briefs.where('seq').above(cursor).limit(limit + 1).toArray(),
      ]),
    );
    const rows = [
      ...figs.map((raw) => ({ table: 'figures' as const, raw })),
      ...briefs.map((raw) => ({ table: 'briefs' as const, raw })),
    ].sort((a, b) => a.raw.seq - b.raw.seq);
    const page = rows.slice(0, limit);
    const changes: Change[] = [];
    for (const { table, raw } of page) {
      const record = this.restoreOrReport(table, raw);
      if (!record) continue;
      changes.push(table === 'figures' ? { table, record: record as Figure } : { table, record: record as Brief });
    }
    const last = page[page.length - 1];
    return { changes, cursor: last ? last.raw.seq : cursor, more: rows.length > limit };
  }

  /**
   * Apply changes from another replica. Idempotent and order-independent: a record is written
   * only when it is newer than the local one. An invalid entry refuses the whole batch.
   */
  async applyChanges(batch: unknown): Promise<ApplyResult> {
    const changes = restoreChanges(batch);
    let applied = 0;
    await this.db.transaction('rw', [this.db.figures, this.db.briefs, this.db.meta], async () => {
      for (const table of ['figures', 'briefs'] as const) {
        // Last write per id within the batch, then one bulk read and one bulk write per table.
        const incoming = new Map<string, Figure | Brief>();
        for (const c of changes) {
          if (c.table !== table) continue;
          const seen = incoming.get(c.record.id);
          if (incomingWins(seen, c.record)) incoming.set(c.record.id, c.record);
        }
        if (!incoming.size) continue;
        const ids = [...incoming.keys()];
        const locals = await this.db[table].bulkGet(ids);
        const winners = ids.flatMap((id, i) => {
          const raw = locals[i];
          const local = raw ? this.restoreOrReport(table, raw) : undefined;
          const record = incoming.get(id)!;
          return incomingWins(local, record) ? [record] : [];
        });
        await this.writeMany(table, winners as RecordOf[typeof table][]);
        applied += winners.length;
      }
    });
    return { applied, ignored: changes.length - applied };
  }

  /** Write many parsed records in one transaction, reserving their change numbers at once. */
  async writeMany<T extends TableName>(table: T, records: RecordOf[T][]): Promise<void> {
    if (!records.length) return;
    const rows = this.db[table] as unknown as Table<RecordOf[T] & LocalFields, string>;
    await this.db.transaction('rw', [rows, this.db.meta], async () => {
      const row = await this.db.meta.get(SEQ_KEY);
      const first = (typeof row?.value === 'number' ? row.value : 0) + 1;
      await this.db.meta.put({ key: SEQ_KEY, value: first + records.length - 1 });
      await rows.bulkPut(records.map((r, i) => ({ ...r, seq: first + i, words: searchWords(table, r) })));
    });
  }
}
