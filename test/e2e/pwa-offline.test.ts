import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, launch, type Browser } from './browser.ts';
import { servePwa, type Served } from './serve-pwa.ts';

let browser: Browser;
let pwa: Served;
beforeAll(async () => {
  pwa = await servePwa();
  browser = await launch();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await pwa?.close();
});

describe('the built PWA', () => {
  it('installs its service worker, then works with the network off', async () => {
    const page = await browser.context.newPage();
    await page.goto(pwa.url);
    await expect.poll(() => page.getByTestId('empty-library').isVisible()).toBe(true);
    // Wait until the service worker has precached the shell and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest.name).toBe('ClipBrief');
    expect(manifest.icons.length).toBeGreaterThan(0);

    await browser.context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'ClipBrief' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('network-status').textContent()).toContain('Offline');
    await expect.poll(() => page.getByTestId('empty-library').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'pwa-offline.png') });

    // A deep link that was never visited still opens offline (navigation fallback to the shell).
    const deep = await browser.context.newPage();
    await deep.goto(new URL('briefs/some-brief', pwa.url).href);
    await expect.poll(() => deep.getByRole('heading', { name: 'ClipBrief' }).isVisible()).toBe(true);
    await browser.context.setOffline(false);
  });
});
