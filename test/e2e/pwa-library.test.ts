import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SCREENSHOTS, launch, type Browser } from './browser.ts';
import { servePwa, type Served } from './serve-pwa.ts';
import { storedFigures } from './extension-helpers.ts';
import { describeViolations, runAxe } from './axe.ts';

let pwa: Served;
let first: Browser;
let page: Page;
const TMP = join(ROOT, 'test-results/tmp');

async function openOffline(b: Browser): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(pwa.url);
  await p.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await b.context.setOffline(true);
  await p.reload();
  await p.waitForFunction(() => document.querySelector('[data-testid=network-status]')?.textContent?.includes('Offline'));
  return p;
}

const nav = (p: Page, name: string) => p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
const values = (p: Page) => p.locator('li.figure .value').allTextContents();

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(TMP, { recursive: true });
  pwa = await servePwa();
  first = await launch();
  page = await openOffline(first);
});
afterAll(async () => {
  await first?.close();
  await pwa?.close();
});

describe('the PWA library, offline', () => {
  it('adds figures from an uploaded saved page: review, untick, save', async () => {
    await nav(page, 'Add figures').click();
    await page.locator('input[type=file]').first().setInputFiles(join(ROOT, 'test/fixtures/site/northshire-stalking.html'));
    const table = page.getByRole('table', { name: 'Figures found' });
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    const found = await table.locator('tbody tr').count();
    await page.getByRole('checkbox', { name: /^Keep 1 in 3/ }).uncheck();
    await page.getByLabel('Measure of 2,041').fill('stalking incidents reported to Northshire Police');
    await page.screenshot({ path: join(SCREENSHOTS, 'pwa-add-review.png'), fullPage: true });
    await page.getByRole('button', { name: `Save ${found - 1} figures` }).click();
    await expect.poll(async () => (await values(page)).length).toBe(found - 1);
    expect(await values(page)).not.toContain('1 in 3');
    await expect.poll(() => page.getByText('stalking incidents reported to Northshire Police').count()).toBe(1);
  });

  it('saving the same page again adds nothing twice', async () => {
    await nav(page, 'Add figures').click();
    await page.locator('input[type=file]').first().setInputFiles(join(ROOT, 'test/fixtures/site/northshire-stalking.html'));
    await expect.poll(() => page.getByRole('table', { name: 'Figures found' }).locator('tbody tr').count()).toBeGreaterThan(0);
    const before = (await storedFigures(page)).length;
    await page.getByRole('checkbox', { name: /^Keep 1 in 3/ }).uncheck();
    await page.getByRole('button', { name: /^Save \d+ figures$/ }).click();
    await expect.poll(() => page.getByText(/already there/).count()).toBe(1);
    expect((await storedFigures(page)).length).toBe(before);
  });

  it('filters by area and words, and opens a figure to verify and edit it', async () => {
    await page.getByLabel('Filter by area').selectOption('England');
    await expect.poll(() => values(page)).toEqual(['249']);
    await page.getByLabel('Filter by area').selectOption('');
    await page.getByLabel('Sort').selectOption('value');
    await expect.poll(async () => (await values(page))[0]).toBe('2,041');
    await page.getByLabel('Sort').selectOption('newest');
    await page.getByLabel('Period starts on or after').fill('2020-04-01');
    await expect.poll(async () => (await values(page)).includes('1,426')).toBe(false);
    await page.getByLabel('Period starts on or after').fill('');
    await page.getByLabel('Filter by metric').selectOption('charge_rate');
    await expect.poll(async () => (await values(page)).sort()).toEqual(['5%', '7.71%']);
    await page.getByLabel('Filter by metric').selectOption('');
    // Words match the measure, the quote's sentence and the source, as prefixes.
    await page.getByLabel('Search figures').fill('helpl');
    await expect.poll(() => values(page)).toEqual(['312']);
    await page.getByLabel('Search figures').fill('');
    await page.getByRole('link', { name: '1,426' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toMatch(/1,426/);
    await expect.poll(() => page.locator('.provenance blockquote').textContent()).toMatch(/previous year there were 1,426 incidents/);
    await page.getByLabel('I checked this figure against its source').check();
    await page.getByLabel('Measure').fill('stalking incidents in Northshire');
    await page.getByLabel('Value').fill('many');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Value must be a number/);
    await page.getByLabel('Value').fill('1,426');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'pwa-figure-detail.png'), fullPage: true });
    await page.getByRole('link', { name: '← Library' }).click();
    const item = page.locator('li.figure', { hasText: 'stalking incidents in Northshire' });
    await expect.poll(() => item.getByText('Verified').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'pwa-library-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'pwa-library-phone.png') });
    await page.setViewportSize({ width: 1200, height: 800 });
  });

  it('builds a brief from the Stalking Protection Orders template, edited live and saved as it goes', async () => {
    await nav(page, 'Briefs').click();
    await page.getByLabel('Template').selectOption('spo-uptake');
    await page.getByRole('button', { name: 'New brief' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Edit brief' }).count()).toBe(1);
    const preview = page.frameLocator('iframe[title="Preview of the brief"]');
    await expect.poll(() => preview.locator('body').textContent()).toMatch(/2\.9 per 1,000/);
    const text = (await preview.locator('body').textContent()) ?? '';
    expect(text).toMatch(/83%/);
    expect(text).toMatch(/\+43%/);
    expect(text).toMatch(/7\.71%.*checks out/);
    expect(text).toMatch(/covers nine months/);
    await page.getByLabel('Title').fill('Northshire: six orders for 2,041 stalking incidents');
    await expect.poll(() => preview.locator('h1').textContent()).toBe('Northshire: six orders for 2,041 stalking incidents');
    // Unpair a figure for this brief only: the grant rate goes; pair it again and it is back.
    await page.getByLabel('Count 5 Stalking Protection Orders granted as').selectOption('');
    await expect.poll(async () => /83%/.test((await preview.locator('body').textContent()) ?? '')).toBe(false);
    await page.getByLabel('Count 5 Stalking Protection Orders granted as').selectOption('orders_granted');
    await expect.poll(() => preview.locator('body').textContent()).toMatch(/83%/);
    await page.getByRole('button', { name: 'Move Caveats up' }).click();
    await expect.poll(() => preview.locator('h2').allTextContents()).toContain('Caveats');
    const order = await preview.locator('h2').allTextContents();
    expect(order.indexOf('Caveats')).toBeLessThan(order.indexOf('Checks on stated figures'));
    await page.getByRole('button', { name: 'Undo last change' }).click();
    await expect.poll(async () => {
      const o = await preview.locator('h2').allTextContents();
      return o.indexOf('Caveats') > o.indexOf('Checks on stated figures');
    }).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'pwa-brief-editor-desktop.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'pwa-brief-editor-phone.png'), fullPage: true });
    await page.locator('iframe[title="Preview of the brief"]').screenshot({ path: join(SCREENSHOTS, 'pwa-brief-preview-phone.png') });
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.reload();
    await expect.poll(() => page.frameLocator('iframe[title="Preview of the brief"]').locator('h1').textContent()).toBe('Northshire: six orders for 2,041 stalking incidents');
  });

  it('has no axe-core violations on any page, at desktop and phone widths', async () => {
    const pages = ['/', '/add', '/briefs', '/data'];
    await nav(page, 'Library').click();
    const firstFigure = await page.locator('li.figure a.value').first().getAttribute('href');
    const firstBrief = await (async () => {
      await nav(page, 'Briefs').click();
      return page.locator('ul.briefs a').first().getAttribute('href');
    })();
    pages.push(firstFigure!, firstBrief!);
    for (const width of [1200, 390]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of pages) {
        await page.goto(new URL(path, pwa.url).href);
        await page.locator('main h2').first().waitFor();
        expect(describeViolations(await runAxe(page)), `${path} at ${width}px`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 1200, height: 800 });
  });

  it('a second tab sees new figures at once, without reloading', async () => {
    const second = await first.context.newPage();
    await second.goto(pwa.url);
    await second.locator('li.figure').first().waitFor();
    const before = (await values(second)).length;
    await nav(page, 'Add figures').click();
    await page.getByLabel('Text or HTML of the page').fill('Eastmoor Police made 48 arrests for stalking in 2023.');
    await page.getByRole('button', { name: 'Find figures' }).click();
    await page.getByRole('button', { name: 'Save 1 figure' }).click();
    await expect.poll(async () => (await values(second)).length).toBe(before + 1);
    expect(await values(second)).toContain('48');
    await second.close();
  });

  it('survives closing and reopening with the network still off', async () => {
    const before = (await values(page)).sort();
    await page.close();
    page = await first.context.newPage();
    await page.goto(pwa.url);
    await expect.poll(async () => (await values(page)).sort()).toEqual(before);
  });

  it('exports a backup that restores the same library into a fresh profile, once', async () => {
    await nav(page, 'Your data').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    const file = join(TMP, 'backup.json');
    await (await downloading).saveAs(file);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Backup saved and checked' }).count()).toBe(1);
    const originals = (await storedFigures(page)).map((f) => ({ ...f, seq: undefined })).sort((a, b) => a.id.localeCompare(b.id));

    const fresh = await launch();
    try {
      await fresh.context.setOffline(false);
      const other = await fresh.context.newPage();
      await other.goto(new URL('data', pwa.url).href);
      await other.locator('input[type=file]').setInputFiles(file);
      await expect.poll(() => other.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toMatch(/Imported backup\.json: \d+ records added/);
      const restored = (await storedFigures(other)).map((f) => ({ ...f, seq: undefined })).sort((a, b) => a.id.localeCompare(b.id));
      expect(restored).toEqual(originals);
      await other.locator('input[type=file]').setInputFiles([]);
      await other.locator('input[type=file]').setInputFiles(file);
      await expect.poll(() => other.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toMatch(/0 records added or updated/);

      // A damaged backup is refused and nothing changes.
      const damaged = JSON.parse(readFileSync(file, 'utf8'));
      damaged.figures[0].value = 'lots';
      writeFileSync(join(TMP, 'damaged.json'), JSON.stringify(damaged));
      await other.locator('input[type=file]').setInputFiles(join(TMP, 'damaged.json'));
      await expect.poll(() => other.getByRole('alert').textContent()).toMatch(/damaged, so nothing was imported/);
      const after = (await storedFigures(other)).map((f) => ({ ...f, seq: undefined })).sort((a, b) => a.id.localeCompare(b.id));
      expect(after).toEqual(restored);
      await other.screenshot({ path: join(SCREENSHOTS, 'pwa-data.png'), fullPage: true });
    } finally {
      await fresh.close();
    }
  });
  it('a schema upgrade opened in another tab makes this one offer a clean reload, not fail', async () => {
    const other = await first.context.newPage();
    await other.goto(pwa.url);
    // Another tab (a newer ClipBrief) opens the database at a higher version.
    const upgraded = await other.evaluate(
      () =>
        new Promise<number>((ok, fail) => {
          const probe = indexedDB.open('clipbrief');
          probe.onsuccess = () => {
            const next = probe.result.version + 10;
            probe.result.close();
            const req = indexedDB.open('clipbrief', next);
            req.onsuccess = () => {
              req.result.close();
              ok(next);
            };
            req.onerror = () => fail(req.error);
            req.onblocked = () => fail(new Error('blocked by the old tab'));
          };
        }),
    );
    expect(upgraded).toBeGreaterThan(20);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'updated in another tab' }).count()).toBe(1);
    await other.close();
  });
});
