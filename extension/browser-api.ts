// The one module that touches chrome.*: everything else takes a BrowserApi, so tests can fake it.
import clipperScript from './content/clipper.ts?script&iife';
import { PendingSelectionSchema, type PendingSelection } from './messages.ts';
import { parseSettings, type Settings } from './settings.ts';

export interface BrowserApi {
  getSettings(): Promise<Settings>;
  setSettings(s: Partial<Settings>): Promise<void>;
  openTab(url: string): Promise<void>;
  /** Inject the finder and clipper into a tab (allowed because the user just asked, via activeTab). */
  injectClipper(tabId: number): Promise<void>;
  /** Keep a context-menu selection until the clipper in that tab takes it (survives a worker restart). */
  setPending(tabId: number, pending: PendingSelection): Promise<void>;
  takePending(tabId: number): Promise<PendingSelection | null>;
  /** Tell bridges on PWA pages that the extension's store changed. */
  announceStoreChange(seq: number): Promise<void>;
  /** The tab the popup was opened over (its address is readable thanks to activeTab). */
  activeTab(): Promise<{ id: number; url: string } | null>;
  /**
   * Run the bridge on a PWA origin other than the local ones: asks the user for that one origin,
   * then registers the bridge there (and drops any earlier registration). Resolves false if refused.
   */
  connectPwaOrigin(origin: string): Promise<boolean>;
}

const CUSTOM_BRIDGE_ID = 'clipbrief-bridge-custom';

const pendingKey = (tabId: number) => `pending:${tabId}`;

export const chromeApi: BrowserApi = {
  async getSettings() {
    const stored = await chrome.storage.local.get('settings');
    return parseSettings(stored.settings);
  },
  async setSettings(s) {
    const current = await chromeApi.getSettings();
    await chrome.storage.local.set({ settings: parseSettings({ ...current, ...s }) });
  },
  async openTab(url) {
    await chrome.tabs.create({ url });
  },
  async injectClipper(tabId) {
    await chrome.scripting.executeScript({ target: { tabId }, files: [clipperScript] });
  },
  async setPending(tabId, pending) {
    await chrome.storage.session.set({ [pendingKey(tabId)]: pending });
  },
  async takePending(tabId) {
    const key = pendingKey(tabId);
    const stored = await chrome.storage.session.get(key);
    await chrome.storage.session.remove(key);
    const parsed = PendingSelectionSchema.safeParse(stored[key]);
    return parsed.success ? parsed.data : null;
  },
  async announceStoreChange(seq) {
    await chrome.storage.local.set({ storeChange: { seq, at: Date.now() } });
  },
  async activeTab() {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  },
  async connectPwaOrigin(origin) {
    const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [CUSTOM_BRIDGE_ID] });
    if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [CUSTOM_BRIDGE_ID] });
    const origins = [`${origin}/*`];
    if (!(await chrome.permissions.contains({ origins })) && !(await chrome.permissions.request({ origins }))) return false;
    // The same built bridge the manifest declares for the local PWA.
    const js = chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    await chrome.scripting.registerContentScripts([
      { id: CUSTOM_BRIDGE_ID, matches: origins, js, runAt: 'document_start', persistAcrossSessions: true },
    ]);
    return true;
  },
};
