// App-wide notices (saved, deleted, errors), and one wrapper for actions that write, so that a
// failure — storage full above all — is told to the user, never swallowed.
import { useEffect, useState } from 'preact/hooks';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; run: () => void };
}

let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<(n: Notice[]) => void>();

function emit() {
  for (const fn of listeners) fn(notices);
}

export function notify(text: string, kind: Notice['kind'] = 'info', action?: Notice['action']): void {
  const notice: Notice = { id: nextId++, kind, text, ...(action ? { action } : {}) };
  notices = [...notices.slice(-1), notice]; // two at most: newer news replaces older
  emit();
  if (kind === 'info') setTimeout(() => dismiss(notice.id), 8000);
}

export function dismiss(id: number): void {
  notices = notices.filter((n) => n.id !== id);
  emit();
}

export function useNotices(): Notice[] {
  const [list, setList] = useState(notices);
  useEffect(() => {
    listeners.add(setList);
    return () => void listeners.delete(setList);
  }, []);
  return list;
}

/** Explain a storage failure in words a person can act on. */
export function describeFailure(e: unknown): string {
  const name = (e as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your browser has no more room for ClipBrief’s data, so this was not saved. Export a backup, then delete old briefs or figures, or free space on this device.';
  }
  return e instanceof Error ? e.message : String(e);
}

/** Run a write; report failure in a notice and return undefined instead of throwing. */
export async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    notify(`${what} failed: ${describeFailure(e)}`, 'error');
    return undefined;
  }
}
