// The MV3 service worker. It can stop at any moment: every listener is registered here, at the
// top level, on every start; state lives in IndexedDB and chrome.storage, never only in memory.
import { chromeApi } from './browser-api.ts';
import { COMMAND_FIND_FIGURES, createMenus, onMenuClick } from './background/menus.ts';
import { route, type RouterDeps } from './background/router.ts';
import { extensionRepository } from './extension-store.ts';

const deps: RouterDeps = { api: chromeApi, repo: extensionRepository(), extensionId: chrome.runtime.id };

chrome.runtime.onInstalled.addListener(() => {
  createMenus();
  // Write the defaults so the options page and the bridge read the same settings.
  void chromeApi.getSettings().then((s) => chromeApi.setSettings(s));
});
chrome.runtime.onStartup.addListener(createMenus);

chrome.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(chromeApi, info, tab).catch((e: unknown) => console.error('ClipBrief: could not start the clipper', e));
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === COMMAND_FIND_FIGURES && tab?.id !== undefined) {
    chromeApi.injectClipper(tab.id).catch((e: unknown) => console.error('ClipBrief: could not start the clipper', e));
  }
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  route(message, sender, deps)
    .then(sendResponse)
    .catch((e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  return true; // the answer comes asynchronously
});

// For the real-browser tests, which cannot click native menus headless: the same handlers.
Object.assign(globalThis, { clipbrief: { onMenuClick: (info: Parameters<typeof onMenuClick>[1], tab: Parameters<typeof onMenuClick>[2]) => onMenuClick(chromeApi, info, tab) } });
