// The seed-like brief's HTML in real Chromium: no axe-core violations, prints to A4 PDF without
// anything wider than the printable area, makes no network requests, and never runs page text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeBrief, renderHtml } from '../../shared/brief/index.ts';
import { NOW, fig, seedFigures } from '../fixtures/briefs/figures.ts';
import { runAxe } from './axe.ts';
import { ROOT, SCREENSHOTS, launch, type Browser } from './browser.ts';

const OUT = join(ROOT, 'test-results');
// A4 is 210 mm wide; the print stylesheet's margins are 15 mm each side: 180 mm = 680 CSS px.
const PRINTABLE_PX = Math.floor((180 / 25.4) * 96);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}


function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the seed-like brief as HTML', () => {
  const brief = composeBrief(seedFigures(), { template: 'spo-uptake', now: NOW });
  const html = renderHtml(brief);

  it('has no axe-core violations, on screen and in print', async () => {
    const { page, requests } = await open(html);
    const screen = await runAxe(page);
    expect(screen.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const print = await runAxe(page);
    expect(print.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await expect.poll(() => page.getByRole('img', { name: 'Incidents against orders applied for and granted' }).count()).toBe(1);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('prints to A4 with nothing wider than the printable area', async () => {
    const { page } = await open(html);
    await page.setViewportSize({ width: PRINTABLE_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide: string[] = [];
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const r = el.getBoundingClientRect();
        const clipped = el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
        if (r.width > 0 && (r.right > root.clientWidth + 0.5 || r.left < -0.5 || clipped)) wide.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 10) };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(OUT, 'brief-seed.pdf'), pdf);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.screenshot({ path: join(SCREENSHOTS, 'brief-seed.png'), fullPage: true });
    await page.close();
  });

  it('a four-force brief with a league table also passes axe and prints within the page', async () => {
    const library = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/briefs/four-forces-library.json'), 'utf8')).figures;
    const { page } = await open(renderHtml(composeBrief(library, { template: 'spo-uptake', now: '2021-06-10T00:00:00Z' })));
    expect((await runAxe(page)).violations.map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: PRINTABLE_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(OUT, 'brief-forces.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(5);
    await page.close();
  });

  it('shows hostile page text as text and never runs it', async () => {
    const evil = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const b = composeBrief(
      [...seedFigures(), fig({ value: 12, id: 'evil', measure: `arrests ${evil}`, metric: 'arrests', sentence: `Quote ${evil} 12 arrests`, quote: { exact: '12', prefix: '', suffix: '' } })],
      { template: 'blank', now: NOW, title: `Brief ${evil}` },
    );
    const { page, requests } = await open(renderHtml(b));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('h1').textContent()).toBe(`Brief ${evil}`);
    expect(await page.locator('script, img').count()).toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  });
});
