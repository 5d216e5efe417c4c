// The library: every figure in this browser's store, newest first, searchable, live.
import { useState } from 'preact/hooks';
import { formatFigure } from '../shared/format.ts';
import type { Figure } from '../shared/model.ts';
import type { Repository } from '../shared/store/repository.ts';
import { useLiveQuery } from './use-live-query.ts';

export function Library({ repo }: { repo: Repository }) {
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<Figure | null>(null);
  const { value: figures, error } = useLiveQuery(
    () => (query.trim() ? repo.queryFigures({ text: query, limit: 500 }) : repo.figures.list({ limit: 500 })),
    [repo, query],
  );

  const remove = async (f: Figure) => {
    await repo.figures.delete(f.id);
    setDeleted(f);
  };
  const undo = async () => {
    if (deleted) await repo.figures.undelete(deleted.id);
    setDeleted(null);
  };

  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">Library</h2>
      <input
        class="search"
        type="search"
        placeholder="Search figures: measure, area, source…"
        aria-label="Search figures"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {error ? <p class="error" role="alert">Could not read the library: {error}</p> : null}
      {deleted ? (
        <p class="notice" role="status">
          Deleted {formatFigure(deleted)} {deleted.measure}.{' '}
          <button onClick={() => void undo()}>Undo</button>
        </p>
      ) : null}
      {figures?.length === 0 && !query ? (
        <div class="empty" data-testid="empty-library">
          <h2>Your library is empty</h2>
          <p>
            Clip figures from news stories and FOI responses with the ClipBrief extension. They arrive here with their
            source and quote, ready for a brief, and stay available with the network off.
          </p>
        </div>
      ) : null}
      {figures?.length === 0 && query ? <p class="empty">No figures match “{query}”.</p> : null}
      <ul class="figures" aria-label="Figures">
        {figures?.map((f) => (
          <li class="figure" key={f.id} data-figure-id={f.id}>
            <div class="figure-head">
              <span class="value">{formatFigure(f)}</span>
              <span class="measure">{f.measure}</span>
              <button class="quiet" aria-label={`Delete ${formatFigure(f)} ${f.measure}`} onClick={() => void remove(f)}>
                Delete
              </button>
            </div>
            <div class="meta">{[f.area, f.period?.label, f.source.publisher || f.source.title].filter(Boolean).join(' · ')}</div>
            {f.sentence ? <blockquote>{f.sentence}</blockquote> : null}
            {f.source.url ? (
              <a class="source" href={f.source.url} target="_blank" rel="noopener noreferrer">
                {f.source.title || f.source.url}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
