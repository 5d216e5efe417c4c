// Pages that bring heavy code (the finder, CSV parsing, brief rendering) load on first visit,
// keeping the app's first JavaScript small. The service worker precaches them, so this still
// works offline.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyPage(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState('');
    useEffect(() => {
      if (loaded) return;
      load()
        .then((c) => {
          loaded = c;
          setComponent(() => c);
        })
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    }, []);
    if (error) return <p class="error" role="alert">This part of ClipBrief could not be loaded: {error}. Reload to try again.</p>;
    return Component ? <Component {...props} /> : <p class="muted">Loading…</p>;
  };
}
