import { useEffect, useState } from 'preact/hooks';
import type { Repository } from '../shared/store/repository.ts';
import type { ExtensionSync, SyncStatus } from './extension-sync.ts';
import { Library } from './library.tsx';
import { registerServiceWorker, type UpdateHandle } from './register-sw.ts';
import { useOnline } from './use-online.ts';

export function App({ repo, sync }: { repo: Repository; sync: ExtensionSync }) {
  const online = useOnline();
  const [link, setLink] = useState<SyncStatus | null>(null);
  useEffect(() => sync.onStatus(setLink), [sync]);
  const [update, setUpdate] = useState<UpdateHandle | null>(null);
  useEffect(() => registerServiceWorker(setUpdate), []);

  return (
    <>
      <header class="topbar">
        <img src="/icons/icon-192.png" alt="" />
        <h1>ClipBrief</h1>
        <span class={online ? 'status' : 'status offline'} role="status" data-testid="network-status">
          {online ? 'Online' : 'Offline: everything still works'}
        </span>
        {link?.connected ? (
          <span class="status linked" data-testid="extension-status" title={link.error || 'Clips from the extension arrive here'}>
            {link.error ? 'Extension: sync problem' : 'Extension connected'}
          </span>
        ) : null}
      </header>
      <main>
        <Library repo={repo} />
      </main>
      {update ? (
        <div class="toast" role="alert">
          A new version of ClipBrief is ready.
          <button class="primary" onClick={() => update.apply()}>
            Reload
          </button>
          <button onClick={() => setUpdate(null)}>Later</button>
        </div>
      ) : null}
    </>
  );
}
