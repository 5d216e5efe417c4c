import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { route, type RouterDeps, type Sender } from '../../extension/background/router.ts';
import { onMenuClick } from '../../extension/background/menus.ts';
import type { BrowserApi } from '../../extension/browser-api.ts';
import type { PendingSelection } from '../../extension/messages.ts';
import { DEFAULT_PWA_URL } from '../../extension/settings.ts';
import { ClipBriefDatabase } from '../../shared/store/db.ts';
import { Repository } from '../../shared/store/repository.ts';
import { figureInput, steppingClock, uniqueName } from './helpers/records.ts';

/** A BrowserApi that records what the background asked of the browser. */
function fakeApi() {
  const calls: string[] = [];
  const pending = new Map<number, PendingSelection>();
  const api: BrowserApi = {
    getSettings: async () => ({ pwaUrl: DEFAULT_PWA_URL }),
    setSettings: async () => {},
    openTab: async (url) => void calls.push(`open ${url}`),
    injectClipper: async (tabId) => void calls.push(`inject ${tabId}`),
    setPending: async (tabId, p) => void pending.set(tabId, p),
    takePending: async (tabId) => {
      const p = pending.get(tabId) ?? null;
      pending.delete(tabId);
      return p;
    },
    announceStoreChange: async (seq) => void calls.push(`changed ${seq}`),
    activeTab: async () => null,
    connectPwaOrigin: async () => true,
  };
  return { api, calls, pending };
}

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const clipper: Sender = { id: EXT, url: 'https://news.test/a', origin: 'https://news.test', tab: { id: 7 }, frameId: 0 };
const bridge: Sender = { id: EXT, url: 'http://127.0.0.1:4173/', origin: 'http://127.0.0.1:4173', tab: { id: 9 }, frameId: 0 };

let db: ClipBriefDatabase;
let deps: RouterDeps & { calls: string[] };
beforeEach(() => {
  db = new ClipBriefDatabase(uniqueName('router'));
  const { api, calls } = fakeApi();
  deps = { api, calls, repo: new Repository(db, { now: steppingClock() }), extensionId: EXT, now: () => new Date('2026-03-01T10:00:00Z') };
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const draft = (over = {}) => {
  const { source, ...rest } = figureInput(over);
  return { ...rest, quote: rest.quote, source: { ...source, url: 'https://news.test/a' } };
};

describe('background router', () => {
  it('saves clips with the capture time, once, and tells bridges', async () => {
    const r = await route({ type: 'save-clips', clips: [draft(), draft({ text: 'six', value: 6, quote: { exact: 'six', prefix: 'only ', suffix: ' orders' } })] }, clipper, deps);
    expect(r).toMatchObject({ ok: true, added: 2 });
    const saved = await deps.repo.figures.list();
    expect(saved.map((f) => f.source.capturedAt)).toEqual(['2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z']);
    expect(deps.calls.filter((c) => c.startsWith('changed'))).toHaveLength(1);
    // The same quote again (e.g. "Save all" after a single clip) is not a second figure.
    const again = await route({ type: 'save-clips', clips: [draft()] }, clipper, deps);
    expect(again).toMatchObject({ ok: true, added: 0, ids: [(r as unknown as { ids: string[] }).ids[0]] });
    expect(await deps.repo.figures.count()).toBe(2);
  });

  it('refuses an invalid clip, naming the field, and saves none of the batch', async () => {
    const r = await route({ type: 'save-clips', clips: [draft(), draft({ measure: '' })] }, clipper, deps);
    expect(r.ok).toBe(false);
    expect(String(r.error)).toMatch(/clips\.1\.measure/);
    expect(await deps.repo.figures.count()).toBe(0);
  });

  it('ignores messages from other extensions and from sub-frames', async () => {
    expect(await route({ type: 'take-pending' }, { ...clipper, id: 'another-extension' }, deps)).toEqual({ ok: false, error: 'unknown sender' });
    expect(await route({ type: 'save-clips', clips: [draft()] }, { ...clipper, frameId: 3 }, deps)).toMatchObject({ ok: false });
    expect(await deps.repo.figures.count()).toBe(0);
  });

  it('answers replication only to PWA origins', async () => {
    await deps.repo.figures.add(figureInput());
    const fromSite = await route({ type: 'bridge-pull', cursor: 0, limit: 10 }, clipper, deps);
    expect(fromSite).toEqual({ ok: false, error: 'not a ClipBrief PWA page' });
    const fromPwa = await route({ type: 'bridge-pull', cursor: 0, limit: 10 }, bridge, deps);
    expect(fromPwa).toMatchObject({ ok: true, more: false });
    expect((fromPwa as unknown as { changes: unknown[] }).changes).toHaveLength(1);
    expect(typeof (fromPwa as unknown as { replica: unknown }).replica).toBe('string');
    const push = await route({ type: 'bridge-push', changes: [{ table: 'figures', record: { id: 'x' } }] }, bridge, deps);
    expect(push).toMatchObject({ ok: false });
    expect(await deps.repo.figures.count()).toBe(1);
  });

  it('keeps a context-menu selection until the clipper in that tab takes it', async () => {
    const { api, calls } = fakeApi();
    await onMenuClick(api, { menuItemId: 'clipbrief-clip-selection', selectionText: '2,041 incidents', pageUrl: 'https://news.test/a' }, { id: 7, title: 'A' }, new Date('2026-03-01T10:00:00Z'));
    expect(calls).toEqual(['inject 7']);
    const d = { ...deps, api };
    expect(await route({ type: 'take-pending' }, clipper, d)).toEqual({
      ok: true,
      pending: { text: '2,041 incidents', pageUrl: 'https://news.test/a', title: 'A', at: '2026-03-01T10:00:00.000Z' },
    });
    expect(await route({ type: 'take-pending' }, clipper, d)).toEqual({ ok: true, pending: null });
  });
});
