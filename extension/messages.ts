// Messages between the extension's contexts, one map per direction, parsed with zod where they
// are received (the background also checks who sent them: see background/router.ts).
import { z } from 'zod';
import { FoundFigureSchema, SourceSchema } from '../shared/model.ts';
import { MAX_BATCH } from '../shared/bridge-protocol.ts';

/** A figure as the clipper hands it over: the finder's fields, reviewed, plus its page. */
export const ClipDraftSchema = FoundFigureSchema.extend({
  measure: z.string().trim().min(1, 'measure is empty').max(300),
  source: SourceSchema,
});
export type ClipDraft = z.infer<typeof ClipDraftSchema>;

const url = z.string().min(1).max(4096);

/** Clipper content script (any page the user asked about) -> background. */
export const ClipperRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('save-clips'), clips: z.array(ClipDraftSchema).min(1).max(2000) }),
  z.object({ type: z.literal('page-clips'), urls: z.array(url).min(1).max(4) }),
  z.object({ type: z.literal('take-pending') }),
]);
export type ClipperRequest = z.infer<typeof ClipperRequestSchema>;

/** Bridge content script (PWA origins only) -> background. */
export const BridgeRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bridge-pull'), cursor: z.number().int().min(0), limit: z.number().int().min(1).max(MAX_BATCH) }),
  z.object({ type: z.literal('bridge-push'), changes: z.array(z.unknown()).max(MAX_BATCH) }),
]);
export type BridgeRequest = z.infer<typeof BridgeRequestSchema>;

/** A selection captured at the moment of the context-menu click, kept until the clipper takes it. */
export const PendingSelectionSchema = z.object({
  text: z.string().max(5000),
  pageUrl: url,
  title: z.string().max(1000).default(''),
  at: z.iso.datetime(),
});
export type PendingSelection = z.infer<typeof PendingSelectionSchema>;

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: string };
