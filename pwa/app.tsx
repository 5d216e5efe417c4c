import { useEffect, useState } from 'preact/hooks';
import type { Repository } from '../shared/store/repository.ts';
import type { ExtensionSync, SyncStatus } from './extension-sync.ts';
import { dismiss, useNotices } from './notices.ts';
import { lazyPage } from './lazy-page.tsx';
import { Library } from './pages/library.tsx';
import { registerServiceWorker, type UpdateHandle } from './register-sw.ts';
import { linkHandler, useRoute, type Route } from './router.ts';
import { useOnline } from './use-online.ts';

const AddFigures = lazyPage(() => import('./pages/add-figures.tsx').then((m) => m.AddFigures));
const FigureDetail = lazyPage(() => import('./pages/figure-detail.tsx').then((m) => m.FigureDetail));
const Briefs = lazyPage(() => import('./pages/briefs.tsx').then((m) => m.Briefs));
const BriefEditor = lazyPage(() => import('./pages/brief-editor.tsx').then((m) => m.BriefEditor));
const SharedBrief = lazyPage(() => import('./pages/shared-brief.tsx').then((m) => m.SharedBrief));
const DataPage = lazyPage(() => import('./pages/data.tsx').then((m) => m.DataPage));

const NAV: { href: string; label: string; active: (r: Route) => boolean }[] = [
  { href: '/', label: 'Library', active: (r) => r.name === 'library' || r.name === 'figure' },
  { href: '/add', label: 'Add figures', active: (r) => r.name === 'add' },
  { href: '/briefs', label: 'Briefs', active: (r) => r.name === 'briefs' || r.name === 'brief' },
  { href: '/data', label: 'Your data', active: (r) => r.name === 'data' },
];

function Page({ route, repo }: { route: Route; repo: Repository }) {
  switch (route.name) {
    case 'library':
      return <Library repo={repo} />;
    case 'figure':
      return <FigureDetail repo={repo} id={route.id} />;
    case 'add':
      return <AddFigures repo={repo} />;
    case 'briefs':
      return <Briefs repo={repo} />;
    case 'brief':
      return <BriefEditor repo={repo} id={route.id} />;
    case 'data':
      return <DataPage repo={repo} />;
    case 'shared':
      return <SharedBrief repo={repo} link={route.link} />;
    default:
      return (
        <section class="empty">
          <h2>Page not found</h2>
          <p>
            There is nothing at this address. <a href="/" onClick={linkHandler('/')}>Go to the library</a>.
          </p>
        </section>
      );
  }
}

export function App({ repo, sync, upgradedElsewhere }: { repo: Repository; sync: ExtensionSync; upgradedElsewhere: () => boolean }) {
  const online = useOnline();
  const route = useRoute();
  const notices = useNotices();
  const [link, setLink] = useState<SyncStatus | null>(null);
  const [update, setUpdate] = useState<UpdateHandle | null>(null);
  useEffect(() => sync.onStatus(setLink), [sync]);
  useEffect(() => registerServiceWorker(setUpdate), []);

  return (
    <>
      <header class="topbar">
        <img src="/icons/icon-192.png" alt="" />
        <h1>ClipBrief</h1>
        <nav aria-label="Main">
          {NAV.map((n) => (
            <a key={n.href} href={n.href} aria-current={n.active(route) ? 'page' : undefined} onClick={linkHandler(n.href)}>
              {n.label}
            </a>
          ))}
        </nav>
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
        <Page route={route} repo={repo} />
      </main>
      <div class="toasts" aria-live="polite">
        {upgradedElsewhere() ? (
          <div class="toast" role="alert">
            ClipBrief was updated in another tab. Reload this tab to carry on with the new version.
            <button class="primary" onClick={() => window.location.reload()}>Reload</button>
          </div>
        ) : null}
        {update ? (
          <div class="toast" role="alert">
            A new version of ClipBrief is ready.
            <button class="primary" onClick={() => update.apply()}>Reload for the new version</button>
            <button onClick={() => setUpdate(null)}>Later</button>
          </div>
        ) : null}
        {notices.map((n) => (
          <div key={n.id} class={`toast ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            {n.text}
            {n.action ? (
              <button
                onClick={() => {
                  n.action!.run();
                  dismiss(n.id);
                }}
              >
                {n.action.label}
              </button>
            ) : null}
            <button class="quiet" aria-label="Dismiss" onClick={() => dismiss(n.id)}>×</button>
          </div>
        ))}
      </div>
    </>
  );
}
