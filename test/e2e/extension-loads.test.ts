import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { servePwa } from './serve-pwa.ts';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

describe('the built extension in Chromium', () => {
  it('starts its service worker with the manifest we built', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('writes its default settings on install', async () => {
    const stored = await browser.worker.evaluate(async () => {
      for (let i = 0; i < 50; i++) {
        const s = await chrome.storage.local.get('settings');
        if (s.settings) return s.settings;
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(stored).toEqual({ pwaUrl: 'http://127.0.0.1:4173/' });
  });

  it('opens the popup, which shows an empty library, then the clips in the extension store', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html`);
    await expect.poll(() => page.getByText('No clips yet').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'popup-empty.png') });

    // Put a clip into the extension's own IndexedDB (the popup's origin), as the clipper will,
    // with nothing but the raw IndexedDB API: the popup must read what is really stored.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('clipbrief');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const now = new Date().toISOString();
      await new Promise((ok, fail) => {
        const tx = db.transaction('figures', 'readwrite');
        tx.objectStore('figures').put({
          id: 'e2e-1', seq: 1, words: ['stalking'], createdAt: now, updatedAt: now, deleted: false,
          text: 'six', value: 6, unit: 'count', qualifier: 'only', measure: 'stalking protection orders applied for',
          metric: 'orders_applied', area: 'Northshire', period: { label: 'nine months to December 2020', start: '2020-04-01', end: '2020-12-31' },
          quote: { exact: 'six', prefix: 'applied for only ', suffix: ' orders' },
          source: { url: 'https://news.test/a', title: 'Orders barely used', kind: 'news' },
        });
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    });
    await page.reload();
    await expect.poll(() => page.getByText('stalking protection orders applied for').isVisible()).toBe(true);
    expect(await page.getByTestId('clip-count').textContent()).toBe('(1)');
    expect(await page.getByText('only 6').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'popup-one-clip.png') });
    await page.close();
  });

  it('lets the user set where the PWA lives on the options page, refusing a bad address', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
    const input = page.getByLabel('Address of the ClipBrief app');
    await expect.poll(() => input.inputValue()).toBe('http://127.0.0.1:4173/');
    await input.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/full address/);
    await input.fill('http://localhost:5000/');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Saved/);
    expect(await browser.worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({ settings: { pwaUrl: 'http://localhost:5000/' } });
    await page.screenshot({ path: join(SCREENSHOTS, 'options.png') });
    await page.close();
  });

  it('opens the PWA from the popup, at the address set in its settings', async () => {
    const pwa = await servePwa();
    try {
      await browser.worker.evaluate((url) => chrome.storage.local.set({ settings: { pwaUrl: url } }), pwa.url);
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html`);
      const opened = browser.context.waitForEvent('page');
      await page.getByRole('button', { name: 'Open ClipBrief' }).click();
      const tab = await opened;
      await tab.waitForURL(pwa.url);
      await expect.poll(() => tab.getByRole('heading', { name: 'Library' }).isVisible()).toBe(true);
      await tab.close();
    } finally {
      await pwa.close();
    }
  });
});
