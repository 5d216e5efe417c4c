// Context menus and the keyboard shortcut: each starts the clipper in the tab the user is on.
// Menus are (re)created at install and at browser start, because the worker can stop at any time.
import type { BrowserApi } from '../browser-api.ts';

export const MENU_CLIP_SELECTION = 'clipbrief-clip-selection';
export const MENU_FIND_FIGURES = 'clipbrief-find-figures';
export const COMMAND_FIND_FIGURES = 'find-figures';

export function createMenus(): void {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: MENU_CLIP_SELECTION, title: 'Clip figure', contexts: ['selection'] });
    chrome.contextMenus.create({ id: MENU_FIND_FIGURES, title: 'Find figures on this page', contexts: ['page'] });
  });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

/** The selection and page are captured now, at the click, and saved before anything else runs. */
export async function onMenuClick(api: BrowserApi, info: MenuClick, tab: { id?: number; title?: string; url?: string } | undefined, now = new Date()): Promise<void> {
  if (tab?.id === undefined || tab.id < 0) return;
  if (info.menuItemId === MENU_CLIP_SELECTION && info.selectionText) {
    await api.setPending(tab.id, {
      text: info.selectionText.slice(0, 5000),
      pageUrl: info.pageUrl ?? tab.url ?? 'about:blank',
      title: (tab.title ?? '').slice(0, 1000),
      at: now.toISOString(),
    });
  }
  if (info.menuItemId === MENU_CLIP_SELECTION || info.menuItemId === MENU_FIND_FIGURES) await api.injectClipper(tab.id);
}
