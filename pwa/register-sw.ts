// Service worker registration through workbox-window: a new version waits until the user agrees,
// so a brief being edited is never reloaded away underneath them.
import { Workbox } from 'workbox-window';

export interface UpdateHandle {
  /** Activate the waiting version and reload once it controls the page. */
  apply: () => void;
}

export function registerServiceWorker(onUpdate: (handle: UpdateHandle) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    onUpdate({
      apply: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  void wb.register();
}
