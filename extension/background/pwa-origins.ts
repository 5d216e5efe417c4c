// Which page origins may talk to the bridge: the local PWA (any port of 127.0.0.1 or localhost,
// where the bridge content script is declared) and the origin of the PWA address in the settings.
import type { Settings } from '../settings.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isPwaOrigin(origin: string, settings: Settings): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  if (u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname)) return true;
  return u.origin === new URL(settings.pwaUrl).origin;
}
