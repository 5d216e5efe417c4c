import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SCREENSHOTS, launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { findFigures, storedFigures } from './extension-helpers.ts';
import { servePwa, type Served } from './serve-pwa.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

let browser: ExtensionBrowser;
let site: StaticServer;
let pwa: Served;
let news: Page;
let extPage: Page;
let app: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serveStatic(join(ROOT, 'test/fixtures/site'));
  pwa = await servePwa();
  browser = await launchWithExtension();
  extPage = await browser.context.newPage();
  await extPage.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html`);
  news = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await pwa?.close();
});

async function clip(name: RegExp) {
  const overlay = news.locator('clipbrief-overlay');
  if (!(await overlay.count())) await findFigures(browser, news);
  await overlay.getByRole('button', { name }).click();
  await overlay.getByRole('dialog').getByRole('button', { name: 'Save clip' }).click();
  await expect.poll(() => overlay.getByRole('dialog').count()).toBe(0);
}

const libraryValues = () => app.locator('li.figure .value').allTextContents();
const live = <T extends { deleted: boolean }>(figures: T[]) => figures.filter((f) => !f.deleted);

describe('the bridge between the extension and the PWA', () => {
  it('clips made while the PWA is closed arrive when it opens', async () => {
    await news.goto(site.url + 'northshire-stalking.html');
    await clip(/^Figure: 2,041/);
    await clip(/^Figure: 1,426/);
    expect(await storedFigures(extPage)).toHaveLength(2);

    app = await browser.context.newPage();
    await app.goto(pwa.url);
    await expect.poll(() => app.getByTestId('extension-status').textContent()).toBe('Extension connected');
    await expect.poll(async () => (await libraryValues()).sort()).toEqual(['1,426', '2,041']);
    expect((await storedFigures(app)).map((f) => f.quote.exact).sort()).toEqual(['1,426', '2,041']);
  });

  it('a clip made while the PWA is open arrives too, and syncing again changes nothing', async () => {
    await clip(/^Figure: 249/);
    await expect.poll(async () => (await libraryValues()).sort()).toEqual(['1,426', '2,041', '249']);
    const before = await storedFigures(app);
    await app.reload();
    await expect.poll(() => app.getByTestId('extension-status').textContent()).toBe('Extension connected');
    await app.waitForTimeout(500);
    expect(await storedFigures(app)).toEqual(before);
    await app.screenshot({ path: join(SCREENSHOTS, 'pwa-library-synced.png') });
  });

  it('deleting a figure in the PWA deletes it from the extension store too', async () => {
    await app.getByRole('button', { name: /^Delete 249/ }).click();
    await expect.poll(async () => (await libraryValues()).sort()).toEqual(['1,426', '2,041']);
    await expect.poll(async () => live(await storedFigures(extPage)).map((f) => f.text).sort()).toEqual(['1,426', '2,041']);
    const tomb = (await storedFigures(extPage)).find((f) => f.text === '249');
    expect(tomb?.deleted).toBe(true);
  });

  it('forged bridge messages change nothing and break nothing', async () => {
    const extBefore = await storedFigures(extPage);
    const appBefore = await storedFigures(app);
    const answers: unknown[] = await app.evaluate(async () => {
      const replies: unknown[] = [];
      window.addEventListener('message', (e) => {
        if ((e.data as { channel?: string })?.channel === 'clipbrief-bridge' && (e.data as { type?: string }).type === 'failed') replies.push(e.data);
      });
      const post = (m: unknown) => window.postMessage(m, location.origin);
      post({ channel: 'clipbrief-page', v: 1, type: 'push', id: 'bad-1', changes: 'not a list' });
      post({ channel: 'clipbrief-page', v: 1, type: 'pull', id: 'bad-2', cursor: -5 });
      post({ channel: 'clipbrief-page', v: 1, type: 'drop-tables', id: 'bad-3' });
      post({ channel: 'clipbrief-page', v: 1, type: 'push', id: 'bad-4', changes: [{ table: 'figures', record: { id: 'forged', value: 'x' } }] });
      post({ channel: 'clipbrief-page', v: 1, type: 'push', id: 'huge', changes: [{ table: 'figures', record: { id: 'forged-huge', measure: 'x'.repeat(20_000_000) } }] });
      post({ channel: 'clipbrief-page', v: 1, type: 'push', id: 'many', changes: Array.from({ length: 5000 }, () => ({})) });
      post(null);
      post('clipbrief');
      await new Promise((r) => setTimeout(r, 1500));
      return replies;
    });
    const failed = (answers as { id: string; error: string }[]).map((a) => a.id).sort();
    expect(failed).toEqual(['bad-1', 'bad-2', 'bad-3', 'bad-4', 'huge', 'many']);

    // A frame from another origin posting into the PWA window is ignored outright.
    const other = site.url.replace('127.0.0.1', 'localhost');
    site.override('/forge.html', `<!doctype html><script>
      parent.postMessage({ channel: 'clipbrief-page', v: 1, type: 'pull', id: 'from-frame', cursor: 0 }, '*');
      parent.postMessage({ channel: 'clipbrief-page', v: 1, type: 'push', id: 'from-frame-2', changes: [] }, '*');
    </script>`);
    const frameReplies = await app.evaluate(async (src) => {
      const seen: string[] = [];
      window.addEventListener('message', (e) => {
        const d = e.data as { channel?: string; id?: string };
        if (d?.channel === 'clipbrief-bridge' && d.id) seen.push(d.id);
      });
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
      await new Promise((r) => setTimeout(r, 1500));
      f.remove();
      return seen;
    }, other + 'forge.html');
    expect(frameReplies).toEqual([]);

    expect(await storedFigures(extPage)).toEqual(extBefore);
    expect(await storedFigures(app)).toEqual(appBefore);
    // ...and the bridge still works.
    await clip(/^Figure: 110 people charged/);
    await expect.poll(async () => (await libraryValues()).sort()).toEqual(['1,426', '110', '2,041']);
  });
});
