// Briefs: the list, and a new brief from a template (which suggests figures from the library).
import { useState } from 'preact/hooks';
import { composeBrief, suggestFigures } from '../../shared/brief/index.ts';
import { TEMPLATES } from '../../shared/brief/templates.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { attempt } from '../notices.ts';
import { hrefFor, linkHandler, navigate } from '../router.ts';
import { useLiveQuery } from '../use-live-query.ts';

export function Briefs({ repo }: { repo: Repository }) {
  const { value: briefs } = useLiveQuery(() => repo.briefs.list(), [repo]);
  const [template, setTemplate] = useState('spo-uptake');

  const create = () =>
    void attempt('Creating the brief', async () => {
      const library = await repo.figures.list({ limit: 5000 });
      const composed = composeBrief(suggestFigures(library, template), { template, now: new Date(), id: repo.newId() });
      const saved = await repo.briefs.add(composed);
      navigate(hrefFor({ name: 'brief', id: saved.id }));
    });

  return (
    <section aria-labelledby="briefs-title">
      <h2 id="briefs-title">Briefs</h2>
      <div class="card-box row">
        <label>
          Template{' '}
          <select aria-label="Template" value={template} onChange={(e) => setTemplate(e.currentTarget.value)}>
            {Object.values(TEMPLATES).map((t) => (
              <option key={t.name} value={t.name}>{t.label}</option>
            ))}
          </select>
        </label>
        <button class="primary" onClick={create}>New brief</button>
        <span class="muted">A template picks the figures it is about from your library; you can change them.</span>
      </div>
      {briefs?.length === 0 ? <p class="empty">No briefs yet.</p> : null}
      <ul class="briefs">
        {briefs?.map((b) => {
          const href = hrefFor({ name: 'brief', id: b.id });
          return (
            <li key={b.id}>
              <a href={href} onClick={linkHandler(href)}>{b.title}</a>
              <span class="muted"> · {TEMPLATES[b.template]?.label ?? b.template} · {b.figures.length} figures · edited {b.updatedAt.slice(0, 10)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
