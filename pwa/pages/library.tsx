// The library: every figure in this browser's store, searchable and filterable, live, paged so a
// library of 50,000 figures opens as fast as one of fifty.
import { useMemo, useState } from 'preact/hooks';
import { formatFigure } from '../../shared/format.ts';
import type { Figure } from '../../shared/model.ts';
import type { FigureSort, Repository } from '../../shared/store/repository.ts';
import { attempt, notify } from '../notices.ts';
import { hrefFor, linkHandler } from '../router.ts';
import { useLiveQuery } from '../use-live-query.ts';

const PAGE = 100;
type GroupBy = 'none' | 'area' | 'source';

function FigureItem({ f, onDelete }: { f: Figure; onDelete: (f: Figure) => void }) {
  const href = hrefFor({ name: 'figure', id: f.id });
  return (
    <li class="figure" data-figure-id={f.id}>
      <div class="figure-head">
        <a class="value" href={href} onClick={linkHandler(href)}>
          {formatFigure(f)}
        </a>
        <span class="measure">{f.measure}</span>
        {f.verified ? <span class="tag ok" title="Checked against the source">Verified</span> : null}
        <button class="quiet" aria-label={`Delete ${formatFigure(f)} ${f.measure}`} onClick={() => onDelete(f)}>
          Delete
        </button>
      </div>
      <div class="meta">{[f.area, f.period?.label, f.source.publisher || f.source.title].filter(Boolean).join(' · ')}</div>
      {f.sentence ? <blockquote>{f.sentence}</blockquote> : null}
    </li>
  );
}

function FilterSelect({ label, name, all, value, set, options, show = (o) => o }: {
  label: string; name: string; all: string; value: string; set: (v: string) => void; options: string[]; show?: (o: string) => string;
}) {
  return (
    <label>
      {label}
      <select aria-label={`Filter by ${name}`} value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">{all}</option>
        {options.map((o) => <option key={o} value={o}>{show(o)}</option>)}
      </select>
    </label>
  );
}

function groupsOf(figures: Figure[], by: GroupBy): [string, Figure[]][] {
  if (by === 'none') return [['', figures]];
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = by === 'area' ? f.area || 'No area' : f.source.title || f.source.url || 'No source';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

export function Library({ repo }: { repo: Repository }) {
  const [query, setQuery] = useState('');
  const [area, setArea] = useState('');
  const [metric, setMetric] = useState('');
  const [source, setSource] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<FigureSort>('newest');
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [limit, setLimit] = useState(PAGE);
  const filtered = !!(query.trim() || area || metric || source || from || to);
  const { value: figures, error } = useLiveQuery(
    () =>
      repo.queryFigures({
        text: query, area: area || undefined, metric: metric || undefined, sourceUrl: source || undefined,
        periodFrom: from || undefined, periodTo: to || undefined, sort, limit: limit + 1,
      }),
    [repo, query, area, metric, source, from, to, sort, limit],
  );
  // Choices for the filters come straight from the indexes: no scan of the records.
  const { value: choices } = useLiveQuery(
    async () => ({
      areas: ((await repo.db.figures.orderBy('area').uniqueKeys()) as string[]).filter(Boolean),
      metrics: ((await repo.db.figures.orderBy('metric').uniqueKeys()) as string[]).filter(Boolean),
      sources: ((await repo.db.figures.orderBy('source.url').uniqueKeys()) as string[]).filter(Boolean).slice(0, 300),
    }),
    [repo],
  );
  const shown = figures?.slice(0, limit) ?? [];
  const more = (figures?.length ?? 0) > limit;
  const groups = useMemo(() => groupsOf(shown, groupBy), [shown, groupBy]);

  const remove = (f: Figure) =>
    void attempt('Deleting the figure', async () => {
      await repo.figures.delete(f.id);
      notify(`Deleted ${formatFigure(f)} ${f.measure}.`, 'info', { label: 'Undo', run: () => void repo.figures.undelete(f.id) });
    });

  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">Library</h2>
      <div class="filters">
        <input
          class="search"
          type="search"
          placeholder="Search figures: measure, area, source…"
          aria-label="Search figures"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setLimit(PAGE);
          }}
        />
        <FilterSelect label="Area" name="area" all="All areas" value={area} set={setArea} options={choices?.areas ?? []} />
        <FilterSelect label="Metric" name="metric" all="All metrics" value={metric} set={setMetric} options={choices?.metrics ?? []} show={(m) => m.replace(/_/g, ' ')} />
        <FilterSelect label="Source" name="source" all="All sources" value={source} set={setSource} options={choices?.sources ?? []} show={(u) => u.replace(/^https?:\/\/(www\.)?/, '').slice(0, 60)} />
        <label>
          Period from
          <input type="date" aria-label="Period starts on or after" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          to
          <input type="date" aria-label="Period starts on or before" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label>
          Sort
          <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as FigureSort)}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="value">Largest value first</option>
            <option value="area">Area A–Z</option>
          </select>
        </label>
        <label>
          Group by
          <select aria-label="Group by" value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as GroupBy)}>
            <option value="none">Nothing</option>
            <option value="area">Area</option>
            <option value="source">Source</option>
          </select>
        </label>
      </div>
      {error ? <p class="error" role="alert">Could not read the library: {error}</p> : null}
      {figures?.length === 0 && !filtered ? (
        <div class="empty" data-testid="empty-library">
          <h2>Your library is empty</h2>
          <p>
            Clip figures from news stories and FOI responses with the ClipBrief extension, or{' '}
            <a href="/add" onClick={linkHandler('/add')}>add figures from a page or a file</a>. They arrive here with their
            source and quote, ready for a brief, and stay available with the network off.
          </p>
        </div>
      ) : null}
      {figures?.length === 0 && filtered ? <p class="empty">No figures match.</p> : null}
      {groups.map(([name, list]) => (
        <div key={name || 'all'}>
          {name ? <h3 class="group">{name} <span class="muted">({list.length})</span></h3> : null}
          <ul class="figures" aria-label={name ? `Figures: ${name}` : 'Figures'}>
            {list.map((f) => <FigureItem key={f.id} f={f} onDelete={remove} />)}
          </ul>
        </div>
      ))}
      {more ? (
        <button class="more" onClick={() => setLimit(limit + PAGE)}>
          Show more
        </button>
      ) : null}
    </section>
  );
}
