// The brief editor: template, words, figures and section order on the left; on the right the
// brief exactly as the reader will see it. Every change recomposes the comparisons, checks and
// caveats and is saved at once; "Undo" restores the version before the last change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { composeBrief, editorChoices, renderHtml } from '../../shared/brief/index.ts';
import { SECTION_TITLES, TEMPLATES, type SectionName } from '../../shared/brief/templates.ts';
import { formatFigure } from '../../shared/format.ts';
import type { Brief, Figure } from '../../shared/model.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { attempt, notify } from '../notices.ts';
import { SharePanel } from '../share-panel.tsx';
import { linkHandler, navigate } from '../router.ts';
import { useLiveQuery } from '../use-live-query.ts';

interface Inputs {
  title: string;
  audience: string;
  ask: string;
  template: string;
  intro: string;
  sections: SectionName[];
  figures: Figure[];
}

const inputsOf = (b: Brief): Inputs => ({
  title: b.title, audience: b.audience, ask: b.ask, template: b.template, figures: b.figures, ...editorChoices(b),
});

/** Recompose a brief from the editor's inputs, keeping its identity and creation time. */
function recompose(b: Brief, i: Inputs): Brief {
  const composed = composeBrief(i.figures, {
    template: i.template, now: new Date(), id: b.id, title: i.title, audience: i.audience, ask: i.ask, sections: i.sections, intro: i.intro,
  });
  return { ...composed, createdAt: b.createdAt };
}

const PAIRING_METRICS = ['incidents', 'orders_applied', 'orders_granted', 'charges', 'charge_rate', 'arrests', 'convictions', 'breaches'];

/**
 * The brief's own copies of its figures, and what each counts as when pairing them for
 * comparisons. Changing it here re-keys the brief's snapshot only; the library is untouched.
 */
function Pairing({ figures, setMetric }: { figures: Figure[]; setMetric: (id: string, metric: string) => void }) {
  if (!figures.length) return null;
  return (
    <fieldset class="picker">
      <legend>How figures are paired</legend>
      <ul>
        {figures.map((f) => (
          <li key={f.id} class="pairing">
            <span><strong>{formatFigure(f)}</strong> {f.measure}</span>
            <select aria-label={`Count ${formatFigure(f)} ${f.measure} as`} value={f.metric} onChange={(e) => setMetric(f.id, e.currentTarget.value)}>
              <option value="">not paired</option>
              {[...new Set([...PAIRING_METRICS, f.metric].filter(Boolean))].map((m) => <option key={m} value={m}>{m.replace(/_/g, ' ')}</option>)}
            </select>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function FigurePicker({ repo, chosen, toggle }: { repo: Repository; chosen: Set<string>; toggle: (f: Figure) => void }) {
  const [query, setQuery] = useState('');
  const { value: library } = useLiveQuery(() => (query.trim() ? repo.queryFigures({ text: query, limit: 200 }) : repo.figures.list({ limit: 200 })), [repo, query]);
  return (
    <fieldset class="picker">
      <legend>Figures in this brief</legend>
      <input class="search" type="search" aria-label="Find figures to add" placeholder="Find figures…" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <ul>
        {library?.map((f) => (
          <li key={f.id}>
            <label class="inline">
              <input type="checkbox" checked={chosen.has(f.id)} onChange={() => toggle(f)} />
              <span><strong>{formatFigure(f)}</strong> {f.measure} <span class="muted">{[f.area, f.period?.label].filter(Boolean).join(' · ')}</span></span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function BriefEditor({ repo, id }: { repo: Repository; id: string }) {
  const { value: brief } = useLiveQuery(() => repo.briefs.get(id).then((b) => b ?? null), [repo, id]);
  const [inputs, setInputs] = useState<Inputs | null>(null);
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<Brief | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const frame = useRef<HTMLIFrameElement>(null);
  const loadedId = useRef('');

  useEffect(() => {
    if (brief && loadedId.current !== brief.id) {
      loadedId.current = brief.id;
      setInputs(inputsOf(brief));
    }
  }, [brief]);

  if (brief === undefined || (brief && !inputs)) return <p class="muted">Loading…</p>;
  if (brief === null || !inputs) return <p class="empty">This brief is not in your library. <a href="/briefs" onClick={linkHandler('/briefs')}>All briefs</a></p>;

  const save = (next: Inputs, { debounce = false } = {}) => {
    setInputs(next);
    window.clearTimeout(timer.current);
    const run = () =>
      void attempt('Saving the brief', async () => {
        let composed: Brief;
        try {
          composed = recompose(brief, next);
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
          return;
        }
        setError('');
        const before = await repo.briefs.get(brief.id);
        await repo.briefs.update(brief.id, composed);
        if (before) setUndo(before);
      });
    if (debounce) timer.current = window.setTimeout(run, 400);
    else run();
  };

  const text = (k: 'title' | 'audience' | 'ask' | 'intro') => (e: Event) =>
    save({ ...inputs, [k]: (e.currentTarget as HTMLInputElement).value }, { debounce: true });
  const chosen = new Set(inputs.figures.map((f) => f.id));
  const toggle = (f: Figure) =>
    save({ ...inputs, figures: chosen.has(f.id) ? inputs.figures.filter((x) => x.id !== f.id) : [...inputs.figures, f] });
  const sections = inputs.sections.length ? inputs.sections : (TEMPLATES[inputs.template]?.sections ?? []);
  const move = (i: number, by: number) => {
    const next = [...sections];
    const [s] = next.splice(i, 1);
    next.splice(i + by, 0, s!);
    save({ ...inputs, sections: next });
  };
  const undoLast = () =>
    void attempt('Undoing', async () => {
      if (!undo) return;
      const current = await repo.briefs.get(brief.id);
      await repo.briefs.update(brief.id, { ...undo });
      setInputs(inputsOf(undo));
      setUndo(current ?? null);
      notify('Undone.');
    });

  return (
    <div class="editor">
      <div class="editor-side">
        <p><a href="/briefs" onClick={linkHandler('/briefs')}>← Briefs</a></p>
        <h2>Edit brief</h2>
        <label class="stack">
          Template
          <select value={inputs.template} onChange={(e) => save({ ...inputs, template: e.currentTarget.value, sections: [] })}>
            {Object.values(TEMPLATES).map((t) => <option key={t.name} value={t.name}>{t.label}</option>)}
          </select>
        </label>
        <label class="stack">Title<input value={inputs.title} onInput={text('title')} /></label>
        <label class="stack">For<input value={inputs.audience} onInput={text('audience')} /></label>
        <label class="stack">The ask<textarea rows={3} value={inputs.ask} onInput={text('ask')} /></label>
        <label class="stack">Opening paragraph (optional)<textarea rows={4} value={inputs.intro} onInput={text('intro')} /></label>
        {error ? <p class="error" role="alert">This change could not be saved: {error}</p> : null}
        <fieldset>
          <legend>Order of sections</legend>
          <ol class="sections">
            {sections.map((s, i) => (
              <li key={s}>
                <span>{SECTION_TITLES[s]}</span>
                <button class="quiet" aria-label={`Move ${SECTION_TITLES[s]} up`} disabled={i === 0} onClick={() => move(i, -1)}>↑</button>
                <button class="quiet" aria-label={`Move ${SECTION_TITLES[s]} down`} disabled={i === sections.length - 1} onClick={() => move(i, 1)}>↓</button>
              </li>
            ))}
          </ol>
        </fieldset>
        <SharePanel brief={brief} print={() => frame.current?.contentWindow?.print()} />
        <Pairing figures={inputs.figures} setMetric={(fid, metric) => save({ ...inputs, figures: inputs.figures.map((f) => (f.id === fid ? { ...f, metric } : f)) })} />
        <FigurePicker repo={repo} chosen={chosen} toggle={toggle} />
        <div class="row">
          <button disabled={!undo} onClick={undoLast}>Undo last change</button>
          <button
            onClick={() =>
              void attempt('Deleting the brief', async () => {
                await repo.briefs.delete(brief.id);
                notify(`Deleted “${brief.title}”.`, 'info', { label: 'Undo', run: () => void repo.briefs.undelete(brief.id) });
                navigate('/briefs');
              })
            }
          >
            Delete brief
          </button>
        </div>
        <p class="muted" role="status" aria-live="polite">Saved {brief.updatedAt.slice(11, 19)} UTC · {brief.comparisons.length} comparisons and checks · {brief.caveats.length} caveats</p>
      </div>
      <div class="editor-preview">
        {/* The rendered brief, exactly as sent. Sandboxed without scripts, so nothing in it can run;
            same-origin and modals only so that Print can reach it. */}
        <iframe ref={frame} title="Preview of the brief" sandbox="allow-same-origin allow-modals" srcdoc={renderHtml(brief)} />
      </div>
    </div>
  );
}
