import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SCREENSHOTS, launch, type Browser } from './browser.ts';
import { storedRows } from './extension-helpers.ts';
import { servePwa, type Served } from './serve-pwa.ts';

let pwa: Served;
let author: Browser;
let page: Page;
let link = '';
const TMP = join(ROOT, 'test-results/tmp');
const ARTICLE = `In the nine months to December 2020, 2,041 stalking incidents were reported in Northshire, yet the police applied for only six Stalking Protection Orders, of which five were granted.

The previous year there were 1,426 incidents. In 2019-20, 110 people were charged, a charge rate of 7.71 per cent.`;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(TMP, { recursive: true });
  pwa = await servePwa();
  author = await launch();
  await author.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(pwa.url).origin });
  page = await author.context.newPage();
});
afterAll(async () => {
  await author?.close();
  await pwa?.close();
});

const nav = (p: Page, name: string) => p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

describe('sharing a brief with an MP', () => {
  it('copies a short share link for a brief built from pasted text', async () => {
    await page.goto(new URL('add', pwa.url).href);
    await page.getByLabel('Text or HTML of the page').fill(ARTICLE);
    await page.getByLabel('Address of the page (for the source)').fill('https://news.example/northshire-stalking');
    await page.getByRole('button', { name: 'Find figures' }).click();
    await page.getByRole('button', { name: /^Save \d+ figures$/ }).click();
    await page.getByRole('status').filter({ hasText: /^Saved \d+ figures to your library/ }).waitFor();
    await nav(page, 'Briefs').click();
    await page.getByLabel('Template').selectOption('spo-uptake');
    await page.getByRole('button', { name: 'New brief' }).click();
    await page.getByLabel('Title').fill('Northshire stalking orders <script>alert(1)</script>');
    await expect.poll(() => page.frameLocator('iframe[title="Preview of the brief"]').locator('h1').textContent()).toContain('<script>');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Share link copied' }).count()).toBe(1);
    link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(pwa.url + '#b=1.')).toBe(true);
    expect(link.length).toBeLessThanOrEqual(2000);
  });

  it('downloads the brief as a self-contained HTML file', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'HTML (opens anywhere)' }).click();
    const file = join(TMP, 'brief.html');
    await (await downloading).saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<link[^>]+href=|src="http/i);
  });

  it('opens in a fresh profile with the network off, read-only, and saves on request', async () => {
    const reader = await launch();
    try {
      const p = await reader.context.newPage();
      await p.goto(pwa.url); // the first visit installs the app
      await p.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      });
      await reader.context.setOffline(true);
      await p.goto(link);
      await expect.poll(() => p.getByRole('heading', { name: /Brief shared with you/ }).count()).toBe(1);
      const preview = p.frameLocator('iframe[title="The shared brief"]');
      await expect.poll(() => preview.locator('h1').textContent()).toBe('Northshire stalking orders <script>alert(1)</script>');
      expect(await preview.locator('body').textContent()).toMatch(/2\.9 per 1,000/);
      expect(await storedRows(p, 'briefs')).toEqual([]);
      await p.screenshot({ path: join(SCREENSHOTS, 'pwa-shared-brief.png') });
      await p.getByRole('button', { name: 'Save to my library' }).click();
      await expect.poll(() => p.getByRole('status').filter({ hasText: 'Saved to your library' }).count()).toBe(1);
      await p.getByRole('button', { name: 'Open it in the editor' }).click();
      await nav(p, 'Briefs').click();
      await expect.poll(() => p.locator('ul.briefs a').allTextContents()).toEqual(['Northshire stalking orders <script>alert(1)</script>']);

      // A tampered link shows the error page and saves nothing.
      const before = await storedRows(p, 'briefs');
      const payload = link.slice(link.indexOf('#b=1.') + 5);
      const flipped = payload.slice(0, 40) + (payload[40] === 'A' ? 'B' : 'A') + payload.slice(41);
      await p.goto(`${pwa.url}#b=1.${flipped}`);
      await expect.poll(() => p.getByRole('heading', { name: 'This share link cannot be opened' }).count()).toBe(1);
      await p.screenshot({ path: join(SCREENSHOTS, 'pwa-shared-brief-damaged.png') });
      await p.goto(`${pwa.url}#b=1.${payload.slice(0, payload.length / 2)}`);
      await expect.poll(() => p.getByRole('heading', { name: 'This share link cannot be opened' }).count()).toBe(1);
      expect(await storedRows(p, 'briefs')).toEqual(before);
    } finally {
      await reader.close();
    }
  });
});
