// Launch Debian's Chromium with the built extension loaded, the way a person would have it.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, 'dist/extension');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  return path;
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export interface ExtensionBrowser extends Browser {
  worker: Worker;
  extensionId: string;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launch({ extension = false } = {}): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'clipbrief-e2e-'));
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/extension is missing: run npm run build first');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...ARGS] : ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const browser = await launch({ extension: true });
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { ...browser, worker, extensionId };
}
