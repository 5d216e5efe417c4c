// One config builds everything, switched by --mode: extension, extension-firefox, pwa.
// With no build mode (vitest), the default branch configures the unit tests.
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifestFor } from './extension/manifest.ts';

const here = import.meta.dirname;

/**
 * crxjs lists scripts imported with ?script&iife as web-accessible to every site. Ours are only
 * ever injected with chrome.scripting.executeScript, which needs no such entry, and an exposed
 * file lets any site detect the extension: drop those entries from the built manifest.
 */
function noExposedInjectedScripts(): Plugin {
  return {
    name: 'clipbrief:no-exposed-injected-scripts',
    enforce: 'post',
    // After crxjs has written the manifest (it finishes it late in the build).
    writeBundle(options) {
      const file = resolve(options.dir ?? '', 'manifest.json');
      if (!existsSync(file)) return;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
      const injected = (r: string) => r === 'extension/content/clipper.js';
      manifest.web_accessible_resources = (manifest.web_accessible_resources ?? [])
        .map((w) => ({ ...w, resources: w.resources.filter((r) => !injected(r)) }))
        .filter((w) => w.resources.length);
      if (!manifest.web_accessible_resources.length) delete manifest.web_accessible_resources;
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'extension' || mode === 'extension-firefox') {
    const browser = mode === 'extension' ? 'chrome' : 'firefox';
    return {
      root: here,
      publicDir: resolve(here, 'extension/public'),
      plugins: [preact(), crx({ manifest: manifestFor(browser), browser }), noExposedInjectedScripts()],
      build: { outDir: resolve(here, 'dist', mode), emptyOutDir: true, target: 'es2022', modulePreload: false },
      server: { cors: { origin: [/chrome-extension:\/\//] } },
    };
  }
  if (mode === 'pwa') {
    return {
      root: resolve(here, 'pwa'),
      base: '/',
      plugins: [
        preact(),
        VitePWA({
          strategies: 'generateSW',
          registerType: 'prompt',
          injectRegister: false, // registered by pwa/register-sw.ts through workbox-window
          includeAssets: ['icons/*.png', 'favicon.svg'],
          manifest: {
            name: 'ClipBrief',
            short_name: 'ClipBrief',
            description: 'Turn clipped figures into campaign briefs for MPs, offline.',
            start_url: '/',
            scope: '/',
            display: 'standalone',
            background_color: '#f7f5f0',
            theme_color: '#1d3557',
            icons: [
              { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
              { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
              { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
            ],
          },
          workbox: {
            globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
            navigateFallback: 'index.html',
            cleanupOutdatedCaches: true,
            // Take control of the first visit at once, so it already works offline. Updates still
            // wait (no skipWaiting) until the user accepts the prompt.
            clientsClaim: true,
          },
        }),
      ],
      build: { outDir: resolve(here, 'dist/pwa'), emptyOutDir: true, target: 'es2022' },
    };
  }
  if (mode === 'e2e') {
    // Real-browser tests: the built extension in Debian's Chromium, the built PWA served locally.
    // One file at a time: each launches a browser, and these machines have two cores.
    return {
      test: {
        include: ['test/e2e/**/*.test.ts'],
        environment: 'node',
        fileParallelism: false,
        testTimeout: 90_000,
        hookTimeout: 90_000,
      },
    };
  }
  return {
    plugins: [preact()],
    test: {
      include: ['test/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      setupFiles: ['test/unit/setup.ts'],
    },
  };
});
