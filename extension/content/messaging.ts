// The content scripts' side of chrome.runtime messaging: one typed helper, so they touch no
// other browser API.
import type { BridgeRequest, ClipperRequest } from '../messages.ts';

export type BackgroundReply = { ok: true; [k: string]: unknown } | { ok: false; error: string };

export async function sendToBackground(message: ClipperRequest | BridgeRequest): Promise<BackgroundReply> {
  try {
    const reply = (await chrome.runtime.sendMessage(message)) as BackgroundReply | undefined;
    return reply ?? { ok: false, error: 'no answer from the extension' };
  } catch (e) {
    // The extension was reloaded or removed while this page stayed open.
    return { ok: false, error: `ClipBrief is not available (${e instanceof Error ? e.message : String(e)}). Reload the page.` };
  }
}
