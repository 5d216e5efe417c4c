// The toolbar popup: find figures on the page in front of you, the clips from this page and the
// most recent ones overall, and a way into the PWA.
import { useEffect, useState } from 'preact/hooks';
import { formatFigure } from '../../shared/format.ts';
import type { Figure } from '../../shared/model.ts';
import type { Repository } from '../../shared/store/repository.ts';
import type { BrowserApi } from '../browser-api.ts';

const RECENT = 6;

function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

function ClipList({ figures, label }: { figures: Figure[]; label: string }) {
  return (
    <ul aria-label={label}>
      {figures.map((f) => (
        <li key={f.id}>
          <div>
            <span class="value">{formatFigure(f)}</span> <span class="measure">{f.measure}</span>
          </div>
          <div class="meta">{[f.area, f.period?.label, f.source.title || f.source.url].filter(Boolean).join(' · ')}</div>
        </li>
      ))}
    </ul>
  );
}

export function Popup({ repo, api }: { repo: Repository; api: BrowserApi }) {
  const [recent, setRecent] = useState<Figure[] | null>(null);
  const [onPage, setOnPage] = useState<Figure[]>([]);
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState('');

  useEffect(() => {
    (async () => {
      const active = await api.activeTab();
      setTab(active);
      const [list, count, here] = await Promise.all([
        repo.figures.list({ limit: RECENT }),
        repo.figures.count(),
        active?.url ? repo.queryFigures({ sourceUrl: pageKey(active.url) }) : Promise.resolve([]),
      ]);
      setRecent(list);
      setTotal(count);
      setOnPage(here);
    })().catch((e: unknown) => setError(`Could not read your clips: ${e instanceof Error ? e.message : String(e)}`));
  }, [repo, api]);

  const canFind = !!tab && /^https?:|^file:/.test(tab.url || 'http:');
  const find = async () => {
    if (!tab) return;
    try {
      await api.injectClipper(tab.id);
      window.close();
    } catch (e) {
      setError(`ClipBrief cannot read this page (${e instanceof Error ? e.message : String(e)}).`);
    }
  };
  const openPwa = async () => {
    const { pwaUrl } = await api.getSettings();
    await api.openTab(pwaUrl);
    window.close();
  };

  return (
    <>
      <header>
        <img src="/icons/icon-32.png" alt="" />
        <h1>ClipBrief</h1>
      </header>
      <main>
        <button class="primary wide" disabled={!canFind} onClick={() => void find()}>
          Find figures on this page
        </button>
        <p class="hint">Or select a figure, right-click and choose “Clip figure”. Shortcut: Alt+Shift+F.</p>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        {onPage.length ? (
          <>
            <h2>On this page ({onPage.length})</h2>
            <ClipList figures={onPage} label="Clips from this page" />
          </>
        ) : null}
        <h2>Recent clips {recent ? <span data-testid="clip-count">({total})</span> : null}</h2>
        {recent === null && !error ? <p class="empty">Loading…</p> : null}
        {recent?.length === 0 ? <p class="empty">No clips yet. Figures you clip from news and FOI pages appear here.</p> : null}
        {recent?.length ? <ClipList figures={recent} label="Recent clips" /> : null}
        <div class="actions">
          <button onClick={() => void openPwa()}>Open ClipBrief</button>
        </div>
      </main>
    </>
  );
}
