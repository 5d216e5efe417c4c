// Whether the browser has promised to keep ClipBrief's data, and how much room it takes.
export interface StorageStatus {
  persisted: boolean | null; // null: the browser cannot say
  usage: number | null;
  quota: number | null;
}

export async function storageStatus(): Promise<StorageStatus> {
  const s = navigator.storage;
  if (!s) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([s.persisted?.() ?? Promise.resolve(null), s.estimate?.() ?? Promise.resolve({} as StorageEstimate)]);
  return { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}

/** Ask once; browsers decide by their own rules (installed, bookmarked, engagement). */
export async function askToPersist(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

export function formatBytes(n: number | null): string {
  if (n === null) return 'unknown';
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
