import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * A Dexie live query as Preact state: re-runs when the records it read change, in this tab or
 * another (so a second tab, or clips arriving from the extension, show up at once).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: string } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        setValue(v);
        setError('');
      },
      error: (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    });
    return () => sub.unsubscribe();
  }, deps);
  return { value, error };
}
