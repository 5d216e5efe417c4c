import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SCREENSHOTS, launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { clipSelection, findFigures, selectText, storedFigures } from './extension-helpers.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

let browser: ExtensionBrowser;
let site: StaticServer;
let page: Page;
let extPage: Page;
const ARTICLE = 'northshire-stalking.html';
const CANONICAL = 'https://gazette.example/news/northshire-stalking-orders';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serveStatic(join(ROOT, 'test/fixtures/site'));
  browser = await launchWithExtension();
  extPage = await browser.context.newPage();
  await extPage.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html`);
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const overlay = () => page.locator('clipbrief-overlay');
const highlight = (name: RegExp) => overlay().getByRole('button', { name });

describe('clipping figures from a news page', () => {
  it('highlights the figures of the article, and nothing from the page furniture', async () => {
    await page.goto(site.url + ARTICLE);
    const before = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight, html: document.body.innerText }));
    await findFigures(browser, page);
    const labels = await overlay().locator('button.hl').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels.length).toBeGreaterThanOrEqual(10);
    expect(labels.join('\n')).toMatch(/2,041 stalking incidents reported/);
    for (const trap of ['0808', 'A59', 'Top 10', '34', '17 comments', '4 min']) expect(labels.join('\n')).not.toContain(trap);
    // The overlay does not reflow the page or change its text.
    const after = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight, html: document.body.innerText }));
    expect(after).toEqual(before);
    await expect.poll(() => overlay().getByTestId('found-summary').textContent()).toMatch(/figures on this page · 0 in your library/);
    await page.screenshot({ path: join(SCREENSHOTS, 'clipper-highlights.png') });
  });

  it('clips a figure with one click through the review card', async () => {
    await highlight(/^Figure: 2,041 stalking incidents reported/).click();
    const card = overlay().getByRole('dialog');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('input[name="value"]').inputValue()).toBe('2041');
    expect(await card.locator('input[name="area"]').inputValue()).toBe('Northshire');
    expect(await card.locator('input[name="period"]').inputValue()).toMatch(/nine months to December 2020/);
    expect(await card.getByLabel('Quote').textContent()).toContain('2,041');
    await page.screenshot({ path: join(SCREENSHOTS, 'clipper-review-card.png') });
    await card.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => overlay().getByRole('status').textContent()).toMatch(/Saved 2,041/);
    await expect.poll(async () => (await storedFigures(extPage)).length).toBe(1);
  });

  it('refuses an invalid edit with a message in the card, and saves nothing', async () => {
    await highlight(/^Figure: only 6 Stalking Protection Orders applied for/).click();
    const card = overlay().getByRole('dialog');
    await card.locator('input[name="value"]').fill('lots');
    await card.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => card.getByRole('alert').textContent()).toMatch(/not a number/);
    await card.locator('input[name="value"]').fill('6');
    await card.locator('input[name="measure"]').fill('  ');
    await card.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => card.getByRole('alert').textContent()).toMatch(/measure/);
    expect(await storedFigures(extPage)).toHaveLength(1);
    // A corrected edit goes through, with the user's wording.
    await card.locator('input[name="measure"]').fill('Stalking Protection Orders applied for by Northshire Police');
    await card.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(async () => (await storedFigures(extPage)).length).toBe(2);
  });

  it('clips a text selection from the context menu, captured at the click', async () => {
    await selectText(page, 'a third of them', 'followed home');
    await clipSelection(browser, page);
    const card = overlay().getByRole('dialog');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('h2').textContent()).toBe('Clip selected figure');
    expect(await card.locator('input[name="value"]').inputValue()).toMatch(/^0\.333/);
    await card.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(async () => (await storedFigures(extPage)).length).toBe(3);

    const figures = await storedFigures(extPage);
    for (const f of figures) {
      expect(f.source.url).toBe(CANONICAL);
      expect(f.source.publisher).toBe('Eastmoor Gazette');
      expect(f.source.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(f.sentence.length).toBeGreaterThan(20);
      expect(f.quote.exact.length).toBeGreaterThan(0);
    }
    expect(figures.map((f) => f.text).sort()).toEqual(['2,041', 'a third', 'six']);
    expect(figures.find((f) => f.text === 'six')?.measure).toBe('Stalking Protection Orders applied for by Northshire Police');
  });

  it('Esc closes the card, then the overlay, leaving the page as it was', async () => {
    await highlight(/^Figure: 1,426/).click();
    await page.keyboard.press('Escape');
    expect(await overlay().getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('clipbrief-overlay').count()).toBe(0);
  });

  it('re-highlights the clips after a reload, and flags a figure that changed', async () => {
    await page.reload();
    await findFigures(browser, page);
    await expect.poll(() => overlay().locator('button.hl.clipped').count()).toBe(3);
    await expect.poll(() => overlay().getByTestId('found-summary').textContent()).toMatch(/· 3 in your library/);

    // The publisher corrects the article: 2,041 becomes 2,141, and a sentence is dropped.
    const original = await page.evaluate(() => fetch(location.href).then((r) => r.text()));
    site.override('/' + ARTICLE, original.replace('2,041', '2,141').replace(/<p>The charity Safe Steps[^<]*<\/p>/, ''));
    await page.reload();
    await findFigures(browser, page);
    await expect.poll(() => overlay().locator('button.hl.changed').count()).toBe(1);
    const notes = overlay().getByRole('list', { name: 'Clips that need a look' });
    await expect.poll(() => notes.textContent()).toMatch(/Figure changed.*clipped as 2,041.*now says 2,141/);
    await expect.poll(() => notes.textContent()).toMatch(/Not on the page now.*a third/);
    await page.screenshot({ path: join(SCREENSHOTS, 'clipper-changed-orphaned.png') });
    // Both values are kept: the saved clip still says 2,041.
    expect((await storedFigures(extPage)).find((f) => f.text === '2,041')?.value).toBe(2041);
  });

  it('reaches every highlight from the keyboard, in reading order', async () => {
    await page.goto(site.url + ARTICLE);
    await findFigures(browser, page);
    await overlay().getByRole('button', { name: /^Figure: 1,426/ }).focus();
    await page.keyboard.press('Tab');
    const focused = await overlay().evaluate((h) => h.shadowRoot!.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Figure: 110 people charged/);
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay().getByRole('dialog').isVisible()).toBe(true);
    expect(await overlay().evaluate((h) => (h.shadowRoot!.activeElement as HTMLInputElement | null)?.name)).toBe('value');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  it('follows a page that changes address without reloading (history navigation)', async () => {
    await page.goto(site.url + 'spa.html');
    await findFigures(browser, page);
    const labels = () => overlay().locator('button.hl').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    await expect.poll(async () => (await labels()).join('|')).toMatch(/812/);
    await page.click('#next');
    await expect.poll(async () => (await labels()).join('|'), { timeout: 5000 }).toMatch(/57 people charged/);
    expect((await labels()).join('|')).not.toMatch(/812/);
    await page.keyboard.press('Escape');
  });

  it('shows the clips of the page in the popup', async () => {
    await extPage.reload();
    await expect.poll(() => extPage.getByTestId('clip-count').textContent()).toBe('(3)');
    await extPage.setViewportSize({ width: 360, height: 520 });
    await extPage.screenshot({ path: join(SCREENSHOTS, 'popup-with-clips.png') });
  });
});
