// Everything the background does in answer to a message, with the sender checked first.
// Kept apart from chrome.* (it takes a BrowserApi and a Repository) so unit tests can drive it.
import type { Figure } from '../../shared/model.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { describeIssues } from '../../shared/model.ts';
import type { BrowserApi } from '../browser-api.ts';
import { BridgeRequestSchema, ClipperRequestSchema, type ClipDraft } from '../messages.ts';
import { isPwaOrigin } from './pwa-origins.ts';

export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RouterDeps {
  api: BrowserApi;
  repo: Repository;
  extensionId: string;
  now?: () => Date;
}

type Reply = Record<string, unknown> & { ok: boolean };
const fail = (error: string): Reply => ({ ok: false, error });

function senderOrigin(sender: Sender): string {
  if (sender.origin) return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : '';
  } catch {
    return '';
  }
}

export async function saveClips(deps: RouterDeps, clips: ClipDraft[]): Promise<{ ids: string[]; added: number }> {
  const capturedAt = (deps.now?.() ?? new Date()).toISOString();
  const result = await deps.repo.addClips(clips.map((clip) => ({ ...clip, source: { ...clip.source, capturedAt } })));
  if (result.added) await deps.api.announceStoreChange((await deps.repo.changesSince(0, 1)).cursor);
  return result;
}

export async function route(message: unknown, sender: Sender, deps: RouterDeps): Promise<Reply> {
  if (sender.id !== deps.extensionId) return fail('unknown sender');
  const type = (message as { type?: unknown } | null)?.type;
  const origin = senderOrigin(sender);
  const tabId = sender.tab?.id;

  if (type === 'bridge-pull' || type === 'bridge-push') {
    if (tabId === undefined || !isPwaOrigin(origin, await deps.api.getSettings())) return fail('not a ClipBrief PWA page');
    const m = BridgeRequestSchema.safeParse(message);
    if (!m.success) return fail(describeIssues(m.error, 'bridge request'));
    if (m.data.type === 'bridge-pull') {
      const batch = await deps.repo.changesSince(m.data.cursor, m.data.limit);
      return { ok: true, ...batch, replica: await deps.repo.replicaId() };
    }
    try {
      const result = await deps.repo.applyChanges(m.data.changes);
      if (result.applied) await deps.api.announceStoreChange((await deps.repo.changesSince(0, 1)).cursor);
      return { ok: true, ...result, replica: await deps.repo.replicaId() };
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
  }

  // The rest come from the clipper, injected in the top frame of a tab the user asked about.
  if (tabId === undefined || sender.frameId !== 0) return fail('not a clipper');
  const m = ClipperRequestSchema.safeParse(message);
  if (!m.success) return fail(describeIssues(m.error, 'clipper request'));
  switch (m.data.type) {
    case 'save-clips': {
      const { ids, added } = await saveClips(deps, m.data.clips);
      return { ok: true, ids, added };
    }
    case 'page-clips': {
      const seen = new Map<string, Figure>();
      for (const url of m.data.urls) for (const f of await deps.repo.queryFigures({ sourceUrl: url })) seen.set(f.id, f);
      return { ok: true, figures: [...seen.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
    }
    case 'take-pending':
      return { ok: true, pending: await deps.api.takePending(tabId) };
  }
}
