// The bridge: declared only for the PWA's origins. It relays replication between the PWA page
// (window.postMessage) and the extension's store (the background), and nothing else. Every page
// message is checked for its window and origin and parsed with zod; anything else is ignored.
import { MAX_BATCH, MAX_BATCH_BYTES, PageToBridgeSchema, fromBridge, type BridgeMessage } from '../../shared/bridge-protocol.ts';
import { sendToBackground } from './messaging.ts';

const ORIGIN = location.origin;
const MAX_IN_FLIGHT = 4; // a page flooding requests gets "busy", not a stalled extension
let inFlight = 0;

function post(m: BridgeMessage): void {
  window.postMessage(fromBridge(m), ORIGIN);
}

async function handle(data: unknown): Promise<void> {
  const parsed = PageToBridgeSchema.safeParse(data);
  if (!parsed.success) {
    const id = (data as { id?: unknown }).id;
    if (typeof id === 'string' && id.length <= 64) post({ type: 'failed', id, error: 'malformed request' });
    return;
  }
  const m = parsed.data;
  if (m.type === 'hello') {
    post({ type: 'ready' });
    return;
  }
  if (inFlight >= MAX_IN_FLIGHT) {
    post({ type: 'failed', id: m.id, error: 'busy: try again' });
    return;
  }
  inFlight++;
  try {
    if (m.type === 'pull') {
      const r = await sendToBackground({ type: 'bridge-pull', cursor: m.cursor, limit: MAX_BATCH });
      if (!r.ok) post({ type: 'failed', id: m.id, error: r.error });
      else post({ type: 'pulled', id: m.id, changes: r.changes as unknown[], cursor: r.cursor as number, more: r.more as boolean, replica: r.replica as string });
      return;
    }
    let size = 0;
    try {
      size = JSON.stringify(m.changes).length;
    } catch {
      size = Infinity; // cycles or values JSON cannot carry
    }
    if (size > MAX_BATCH_BYTES) {
      post({ type: 'failed', id: m.id, error: 'batch too large' });
      return;
    }
    const r = await sendToBackground({ type: 'bridge-push', changes: m.changes });
    if (!r.ok) post({ type: 'failed', id: m.id, error: r.error });
    else post({ type: 'pushed', id: m.id, applied: r.applied as number, replica: r.replica as string });
  } finally {
    inFlight--;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  // Only this window's own page, on this origin: never a frame, another tab or another site.
  if (event.source !== window || event.origin !== ORIGIN) return;
  const data: unknown = event.data;
  if (!data || typeof data !== 'object' || (data as { channel?: unknown }).channel !== 'clipbrief-page') return;
  void handle(data);
});

// The background writes storeChange after each change to the extension's store.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.storeChange) post({ type: 'changed' });
});

post({ type: 'ready' });
