// Driving the extension the way a person does, where headless Chromium allows it.
import type { Page } from 'playwright-core';
import type { Figure } from '../../shared/model.ts';
import type { ExtensionBrowser } from './browser.ts';

/**
 * Click the extension's toolbar button over a page (Chromium's DevTools protocol does exactly
 * what the click does: opens the popup and grants activeTab for that tab). Headless Chromium has
 * no toolbar or native menus to click, and without this grant the extension cannot read the page.
 */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; url: string }[] };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

/** Start the clipper on a page as the popup's button, the shortcut or the context menu does. */
export async function findFigures(browser: ExtensionBrowser, page: Page): Promise<void> {
  await clickToolbarButton(browser, page);
  await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const api = (globalThis as unknown as { clipbrief: { onMenuClick: (i: object, t: object) => Promise<void> } }).clipbrief;
    await api.onMenuClick({ menuItemId: 'clipbrief-find-figures' }, { id: tab!.id });
  });
  await page.locator('clipbrief-overlay').waitFor({ state: 'attached' });
}

/** "Clip figure" from the context menu, for the page's current selection. */
export async function clipSelection(browser: ExtensionBrowser, page: Page): Promise<void> {
  await clickToolbarButton(browser, page);
  const selectionText = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  await browser.worker.evaluate(async ({ selectionText, pageUrl }) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const api = (globalThis as unknown as { clipbrief: { onMenuClick: (i: object, t: object) => Promise<void> } }).clipbrief;
    await api.onMenuClick({ menuItemId: 'clipbrief-clip-selection', selectionText, pageUrl }, { id: tab!.id, title: 'x', url: pageUrl });
  }, { selectionText, pageUrl: page.url() });
}

/** Select the text of a page from one string to another (inclusive), as a drag would. */
export async function selectText(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ({ from, to }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        const a = t.data.indexOf(from);
        const b = t.data.indexOf(to, a);
        if (a >= 0 && b >= 0) {
          const r = document.createRange();
          r.setStart(t, a);
          r.setEnd(t, b + to.length);
          const sel = document.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(r);
          return;
        }
      }
      throw new Error(`text not found: ${from}`);
    },
    { from, to },
  );
}

/** Every figure row in an IndexedDB named clipbrief, read with the raw API from a page of that origin. */
export async function storedFigures(page: Page): Promise<Figure[]> {
  return storedRows(page, 'figures') as Promise<Figure[]>;
}

/** Every row of one table of the clipbrief database, read with the raw IndexedDB API. */
export async function storedRows(page: Page, table: 'figures' | 'briefs'): Promise<{ id: string; deleted: boolean; [k: string]: unknown }[]> {
  return page.evaluate(async (table) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('clipbrief');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    if (!db.objectStoreNames.contains(table)) {
      db.close();
      return [];
    }
    const rows = await new Promise<{ id: string; deleted: boolean }[]>((ok, fail) => {
      const req = db.transaction(table).objectStore(table).getAll();
      req.onsuccess = () => ok(req.result as { id: string; deleted: boolean }[]);
      req.onerror = () => fail(req.error);
    });
    db.close();
    return rows;
  }, table);
}
