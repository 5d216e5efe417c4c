// One figure: where it came from (the quote in its context, the link, when it was captured) and
// its fields, editable; "verified" records that a person checked it against the source.
import { useEffect, useState } from 'preact/hooks';
import { formatFigure } from '../../shared/format.ts';
import { resolvePeriod } from '../../shared/extract/periods.ts';
import { UNITS, describeIssues, FigureSchema, type Figure } from '../../shared/model.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { attempt, notify } from '../notices.ts';
import { linkHandler, navigate } from '../router.ts';
import { useLiveQuery } from '../use-live-query.ts';

interface Form {
  value: string;
  unit: Figure['unit'];
  qualifier: string;
  measure: string;
  metric: string;
  area: string;
  period: string;
  notes: string;
  tags: string;
}

const formOf = (f: Figure): Form => ({
  value: String(f.value), unit: f.unit, qualifier: f.qualifier, measure: f.measure, metric: f.metric, area: f.area,
  period: f.period?.label ?? '', notes: f.notes, tags: f.tags.join(', '),
});

function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function FigureDetail({ repo, id }: { repo: Repository; id: string }) {
  const { value: figure } = useLiveQuery(() => repo.figures.get(id, { includeDeleted: true }).then((f) => f ?? null), [repo, id]);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState('');
  // The form is filled when a figure opens and after each save; changes made meanwhile elsewhere
  // (another tab, the verified box) never overwrite what the user is typing.
  useEffect(() => {
    if (figure) setForm(formOf(figure));
  }, [figure?.id]);

  if (figure === undefined) return <p class="muted">Loading…</p>;
  if (figure === null) return <p class="empty">This figure is not in your library. <a href="/" onClick={linkHandler('/')}>Back to the library</a></p>;
  const f = figure;
  const href = safeHref(f.source.url);
  const set = (k: keyof Form) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    // Functional update: two quick edits before a re-render must both survive.
    setForm((prev) => (prev ? { ...prev, [k]: value } : prev));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!form) return;
    const value = Number(form.value.replace(/,/g, ''));
    if (!form.value.trim() || !Number.isFinite(value)) {
      setError('Value must be a number, like 2041 or 7.71.');
      return;
    }
    const patch = {
      value, unit: form.unit, qualifier: form.qualifier.trim(), measure: form.measure.trim(), metric: form.metric.trim(), area: form.area.trim(),
      period: form.period.trim() ? resolvePeriod(form.period.trim(), f.source.published) : null,
      notes: form.notes, tags: form.tags.split(',').map((t) => t.trim()).filter(Boolean),
    };
    const check = FigureSchema.safeParse({ ...f, ...patch });
    if (!check.success) {
      setError(describeIssues(check.error, 'figure'));
      return;
    }
    setError('');
    const saved = await attempt('Saving the figure', () => repo.figures.update(f.id, patch));
    if (saved) {
      setForm(formOf(saved));
      notify('Saved.');
    }
  };

  return (
    <article class="detail" aria-labelledby="figure-title">
      <p><a href="/" onClick={linkHandler('/')}>← Library</a></p>
      <h2 id="figure-title">
        <span class="value">{formatFigure(f)}</span> {f.measure}
      </h2>
      {f.deleted ? <p class="error" role="status">This figure was deleted. <button onClick={() => void repo.figures.undelete(f.id)}>Restore it</button></p> : null}
      <section class="provenance" aria-label="Where it came from">
        <blockquote>
          {f.quote.prefix ? `…${f.quote.prefix}` : ''}
          <mark>{f.quote.exact}</mark>
          {f.quote.suffix ? `${f.quote.suffix}…` : ''}
        </blockquote>
        {f.sentence ? <p class="sentence">“{f.sentence}”</p> : null}
        <dl>
          <dt>Source</dt>
          <dd>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{f.source.title || href}</a> : f.source.title || 'Not recorded'}</dd>
          {f.source.publisher ? <><dt>Publisher</dt><dd>{f.source.publisher}</dd></> : null}
          {f.source.published ? <><dt>Published</dt><dd>{f.source.published}</dd></> : null}
          {f.source.capturedAt ? <><dt>Captured</dt><dd>{f.source.capturedAt.slice(0, 10)}</dd></> : null}
          <dt>Checked</dt>
          <dd>
            <label class="inline">
              <input
                type="checkbox"
                checked={f.verified}
                onChange={(e) => void attempt('Saving', () => repo.figures.update(f.id, { verified: e.currentTarget.checked }))}
              />{' '}
              I checked this figure against its source
            </label>
          </dd>
        </dl>
      </section>
      {form ? (
        <form class="edit" onSubmit={(e) => void save(e)}>
          <label>Value<input name="value" value={form.value} onInput={set('value')} /></label>
          <label>
            Unit
            <select name="unit" value={form.unit} onChange={set('unit')}>
              {UNITS.map((u) => <option key={u} value={u}>{u}</option>)}
            </select>
          </label>
          <label>Qualifier<input name="qualifier" value={form.qualifier} onInput={set('qualifier')} /></label>
          <label class="wide">Measure<input name="measure" value={form.measure} onInput={set('measure')} /></label>
          <label>Metric<input name="metric" value={form.metric} onInput={set('metric')} /></label>
          <label>Area<input name="area" value={form.area} onInput={set('area')} /></label>
          <label>Period<input name="period" value={form.period} onInput={set('period')} /></label>
          <label class="wide">Tags (comma-separated)<input name="tags" value={form.tags} onInput={set('tags')} /></label>
          <label class="wide">Notes<textarea name="notes" rows={3} value={form.notes} onInput={set('notes')} /></label>
          {error ? <p class="error wide" role="alert">{error}</p> : null}
          <div class="wide row">
            <button class="primary" type="submit">Save changes</button>
            <button
              type="button"
              onClick={() =>
                void attempt('Deleting', async () => {
                  await repo.figures.delete(f.id);
                  notify(`Deleted ${formatFigure(f)} ${f.measure}.`, 'info', { label: 'Undo', run: () => void repo.figures.undelete(f.id) });
                  navigate('/');
                })
              }
            >
              Delete
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
