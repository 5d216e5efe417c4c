import { describe, expect, it } from 'vitest';
import { BridgeToPageSchema, PageToBridgeSchema, fromBridge, type BridgeMessage } from '../../shared/bridge-protocol.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { ExtensionSync } from '../../pwa/extension-sync.ts';
import { figureInput } from './helpers/records.ts';
import { tempRepos } from './helpers/temp-repos.ts';

const repos = tempRepos('sync');
const ORIGIN = 'http://127.0.0.1:4173';

/**
 * A window whose postMessage reaches a fake bridge, which answers from an extension repository the
 * way the bridge content script and the background do.
 */
function fakeWindow(getExt: () => Repository) {
  const listeners = new Set<(e: MessageEvent) => void>();
  const win = {
    location: { origin: ORIGIN },
    addEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.delete(fn),
    postMessage: (data: unknown) => {
      const deliver = (d: unknown) => setTimeout(() => listeners.forEach((fn) => fn({ data: d, source: win, origin: ORIGIN } as unknown as MessageEvent)), 0);
      deliver(data);
      const m = PageToBridgeSchema.safeParse(data);
      if (!m.success) return;
      const reply = (r: BridgeMessage) => deliver(BridgeToPageSchema.parse(fromBridge(r)));
      void (async () => {
        const ext = getExt();
        if (m.data.type === 'hello') reply({ type: 'ready' });
        else if (m.data.type === 'pull') reply({ type: 'pulled', id: m.data.id, ...(await ext.changesSince(m.data.cursor, 500)), replica: await ext.replicaId() });
        else if (m.data.type === 'push') reply({ type: 'pushed', id: m.data.id, ...(await ext.applyChanges(m.data.changes)), replica: await ext.replicaId() });
      })();
    },
  };
  return win as unknown as Window;
}

const live = async (r: Repository) => (await r.figures.list()).map((f) => f.text).sort();

describe('the PWA side of the bridge', () => {
  it('pulls the extension’s clips, pushes its own, and starts afresh with a new extension database', async () => {
    const pwa = repos();
    let ext = repos();
    await ext.figures.add(figureInput({ text: 'from extension', value: 1 }));
    await pwa.figures.add(figureInput({ text: 'from pwa', value: 2 }));
    const sync = new ExtensionSync(pwa, fakeWindow(() => ext));
    sync.start();
    await expect.poll(() => live(pwa)).toEqual(['from extension', 'from pwa']);
    await expect.poll(() => live(ext)).toEqual(['from extension', 'from pwa']);

    // The extension is reinstalled: its database is new and empty. Everything goes over again.
    ext = repos();
    await ext.figures.add(figureInput({ text: 'after reinstall', value: 3 }));
    await sync.schedule();
    await expect.poll(() => live(ext)).toEqual(['after reinstall', 'from extension', 'from pwa']);
    await expect.poll(() => live(pwa)).toEqual(['after reinstall', 'from extension', 'from pwa']);
    sync.stop();
  });
});
