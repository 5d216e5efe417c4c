// The extension's manifest, one source for both browsers. Permissions are the minimum the
// product needs: the finder is injected on demand (activeTab + scripting), never on every site.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';

export const LOCAL_PWA_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export function manifestFor(browser: Browser) {
  return defineManifest({
    manifest_version: 3,
    name: 'ClipBrief',
    version: pkg.version,
    description: 'Clip figures from news and FOI pages into a local library for campaign briefs.',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: 'ClipBrief: find figures on this page',
      default_popup: 'extension/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    // Only asked for, one origin at a time, when the user points the extension at a PWA served
    // somewhere other than this machine (options page).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The bridge runs only on the local PWA's origins (any port); never on other sites.
    content_scripts: [{ matches: LOCAL_PWA_MATCHES, js: ['extension/content/bridge.iife.ts'], run_at: 'document_start' }],
    commands: {
      'find-figures': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Find figures on this page' },
    },
    options_ui: { page: 'extension/options/index.html', open_in_tab: true },
    background:
      browser === 'firefox'
        ? { scripts: ['extension/background.ts'] }
        : { service_worker: 'extension/background.ts', type: 'module' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'clipbrief@clipbrief.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  });
}
