// The page <-> bridge protocol between the PWA and the extension's bridge content script, over
// window.postMessage. Both sides parse every message with these schemas and ignore anything else.
// It carries replication and nothing more.
import { z } from 'zod';

export const BRIDGE_VERSION = 1;
/** Most records in one message: bounds what a hostile page can make either side parse. */
export const MAX_BATCH = 500;
/** Largest serialised batch the bridge forwards (a brief with its snapshots is well under this). */
export const MAX_BATCH_BYTES = 8 * 1024 * 1024;

const id = z.string().min(1).max(64);
const cursor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const changes = z.array(z.unknown()).max(MAX_BATCH);

export const PageToBridgeSchema = z.discriminatedUnion('type', [
  z.object({ channel: z.literal('clipbrief-page'), v: z.literal(BRIDGE_VERSION), type: z.literal('hello') }),
  z.object({ channel: z.literal('clipbrief-page'), v: z.literal(BRIDGE_VERSION), type: z.literal('pull'), id, cursor }),
  z.object({ channel: z.literal('clipbrief-page'), v: z.literal(BRIDGE_VERSION), type: z.literal('push'), id, changes }),
]);
export type PageToBridge = z.infer<typeof PageToBridgeSchema>;

export const BridgeToPageSchema = z.discriminatedUnion('type', [
  z.object({ channel: z.literal('clipbrief-bridge'), v: z.literal(BRIDGE_VERSION), type: z.literal('ready') }),
  /** The extension's store changed: pull now. */
  z.object({ channel: z.literal('clipbrief-bridge'), v: z.literal(BRIDGE_VERSION), type: z.literal('changed') }),
  z.object({
    channel: z.literal('clipbrief-bridge'), v: z.literal(BRIDGE_VERSION), type: z.literal('pulled'), id,
    changes, cursor, more: z.boolean(),
    replica: z.string().min(1).max(64), // the extension database's identity: a new one means start again from 0
  }),
  z.object({
    channel: z.literal('clipbrief-bridge'), v: z.literal(BRIDGE_VERSION), type: z.literal('pushed'), id,
    applied: z.number().int().min(0), replica: z.string().min(1).max(64),
  }),
  z.object({ channel: z.literal('clipbrief-bridge'), v: z.literal(BRIDGE_VERSION), type: z.literal('failed'), id, error: z.string().max(2000) }),
]);
export type BridgeToPage = z.infer<typeof BridgeToPageSchema>;

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type PageMessage = Without<PageToBridge, 'channel' | 'v'>;
export type BridgeMessage = Without<BridgeToPage, 'channel' | 'v'>;

export function fromPage(m: PageMessage): PageToBridge {
  return { channel: 'clipbrief-page', v: BRIDGE_VERSION, ...m } as PageToBridge;
}
export function fromBridge(m: BridgeMessage): BridgeToPage {
  return { channel: 'clipbrief-bridge', v: BRIDGE_VERSION, ...m } as BridgeToPage;
}
