// The PWA's side of the bridge: when the ClipBrief extension is installed, its bridge content
// script answers on this page, and the two stores replicate both ways. Without the extension
// nothing answers and the app simply works on its own.
import { liveQuery, type Subscription } from 'dexie';
import { z } from 'zod';
import { BridgeToPageSchema, MAX_BATCH, fromPage, type BridgeToPage, type PageMessage } from '../shared/bridge-protocol.ts';
import type { Repository } from '../shared/store/repository.ts';

const REPLY_TIMEOUT = 15_000;
const CURSORS_KEY = 'bridge:cursors';
/** How far this store has pulled from, and pushed to, one extension database. */
const CursorsSchema = z.object({ replica: z.string(), pulled: z.number().int().min(0), pushed: z.number().int().min(0) });

export type SyncStatus = { connected: boolean; lastSync: string | null; error: string };

export class ExtensionSync {
  private connected = false;
  private running: Promise<void> | null = null;
  private again = false;
  private waiting = new Map<string, (m: BridgeToPage) => void>();
  private subscription: Subscription | null = null;
  private status: SyncStatus = { connected: false, lastSync: null, error: '' };
  private listeners = new Set<(s: SyncStatus) => void>();

  constructor(
    private readonly repo: Repository,
    private readonly win: Window = window,
  ) {}

  start(): void {
    this.win.addEventListener('message', this.onMessage);
    this.post({ type: 'hello' });
    // Local writes (this tab or another) are pushed as they happen.
    let first = true;
    this.subscription = liveQuery(() => this.repo.db.meta.get('seq')).subscribe(() => {
      if (first) first = false;
      else this.schedule();
    });
  }

  stop(): void {
    this.win.removeEventListener('message', this.onMessage);
    this.subscription?.unsubscribe();
  }

  onStatus(fn: (s: SyncStatus) => void): () => void {
    this.listeners.add(fn);
    fn(this.status);
    return () => this.listeners.delete(fn);
  }

  private setStatus(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const fn of this.listeners) fn(this.status);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.source !== this.win || event.origin !== this.win.location.origin) return;
    const data: unknown = event.data;
    if (!data || typeof data !== 'object' || (data as { channel?: unknown }).channel !== 'clipbrief-bridge') return;
    const parsed = BridgeToPageSchema.safeParse(data);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.type === 'ready' || m.type === 'changed') {
      this.connected = true;
      this.setStatus({ connected: true });
      this.schedule();
      return;
    }
    this.waiting.get(m.id)?.(m);
  };

  private post(m: PageMessage): void {
    this.win.postMessage(fromPage(m), this.win.location.origin);
  }

  private request(m: PageMessage & { id: string }): Promise<BridgeToPage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(m.id);
        reject(new Error('the extension did not answer'));
      }, REPLY_TIMEOUT);
      this.waiting.set(m.id, (reply) => {
        clearTimeout(timer);
        this.waiting.delete(m.id);
        if (reply.type === 'failed') reject(new Error(reply.error));
        else resolve(reply);
      });
      this.post(m);
    });
  }

  /** Run a sync now, or once more after the one in progress. */
  schedule(): Promise<void> {
    if (!this.connected) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.syncOnce();
          this.setStatus({ lastSync: new Date().toISOString(), error: '' });
        } catch (e) {
          this.setStatus({ error: e instanceof Error ? e.message : String(e) });
        }
      } while (this.again);
      this.running = null;
    })();
    return this.running;
  }

  private async pull(cursor: number): Promise<Extract<BridgeToPage, { type: 'pulled' }>> {
    const reply = await this.request({ type: 'pull', id: crypto.randomUUID(), cursor });
    if (reply.type !== 'pulled') throw new Error('unexpected answer from the extension');
    return reply;
  }

  private async syncOnce(): Promise<void> {
    const saved = CursorsSchema.safeParse(await this.repo.getMeta(CURSORS_KEY));
    let cursors = saved.success ? saved.data : { replica: '', pulled: 0, pushed: 0 };
    let reply = await this.pull(cursors.pulled);
    if (reply.replica !== cursors.replica) {
      // A different extension database (new install, or wiped): exchange everything afresh.
      const pulledFrom = cursors.pulled;
      cursors = { replica: reply.replica, pulled: 0, pushed: 0 };
      if (pulledFrom !== 0) reply = await this.pull(0);
    }
    // Pull what the extension has that this store has not seen.
    for (;;) {
      await this.repo.applyChanges(reply.changes);
      cursors = { ...cursors, pulled: reply.cursor };
      await this.repo.setMeta(CURSORS_KEY, cursors);
      if (!reply.more) break;
      reply = await this.pull(cursors.pulled);
    }
    // Push what this store has that the extension has not been sent.
    for (;;) {
      const batch = await this.repo.changesSince(cursors.pushed, MAX_BATCH);
      if (!batch.changes.length) break;
      const pushed = await this.request({ type: 'push', id: crypto.randomUUID(), changes: batch.changes });
      if (pushed.type !== 'pushed') throw new Error('unexpected answer from the extension');
      cursors = { ...cursors, pushed: batch.cursor };
      await this.repo.setMeta(CURSORS_KEY, cursors);
      if (!batch.more) break;
    }
  }
}
