// The overlay's views: highlights over the figures, a panel, and the review card. Rendered with
// Preact into a shadow root; every page-derived string is a text node, never markup.
import { useEffect, useRef } from 'preact/hooks';
import { formatFigure } from '../../shared/format.ts';
import { UNITS, type Figure, type FoundFigure, type Source } from '../../shared/model.ts';
import type { DraftForm } from './drafts.ts';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Item {
  key: string;
  figure: FoundFigure;
  state: 'found' | 'clipped' | 'changed';
  /** One box per line the figure's text runs over (a figure can wrap); empty when it is hidden. */
  boxes: Box[];
  savedId?: string;
  /** For a saved clip whose number differs on the page now. */
  now?: { text: string; value: number };
}

export interface CardState {
  key: string;
  form: DraftForm;
  figure: FoundFigure;
  error: string;
  saving: boolean;
  fromSelection: boolean;
}

export interface OverlayState {
  items: Item[];
  orphans: Figure[];
  card: CardState | null;
  status: string;
  source: Source;
  busy: boolean;
}

export interface OverlayActions {
  open: (key: string) => void;
  edit: (field: keyof DraftForm, value: string) => void;
  save: () => void;
  cancel: () => void;
  saveAll: () => void;
  close: () => void;
}

const UNIT_LABELS: Record<(typeof UNITS)[number], string> = {
  count: 'count', percent: 'per cent', GBP: '£ (GBP)', ratio: 'ratio', rate: 'rate', other: 'other',
};

function label(item: Item): string {
  const f = item.figure;
  const what = `${formatFigure(f)} ${f.measure}`.trim();
  if (item.state === 'clipped') return `Clipped: ${what}`;
  if (item.state === 'changed') return `Figure changed: clipped as ${f.text}, now ${item.now?.text ?? ''}. ${f.measure}`;
  return `Figure: ${what}. Review and clip`;
}

function Highlights({ items, active, open }: { items: Item[]; active: string | undefined; open: (k: string) => void }) {
  return (
    <div class="layer" role="group" aria-label="Figures ClipBrief found on this page">
      {items.map((item) =>
        item.boxes.map((box, i) => {
          const style = { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` };
          const cls = `hl ${item.state}${active === item.key ? ' active' : ''}`;
          // The first line is the control; further lines of a wrapped figure only echo it.
          return i === 0 ? (
            <button key={item.key} type="button" data-key={item.key} class={cls} style={style} aria-label={label(item)} title={label(item)} onClick={() => open(item.key)} />
          ) : (
            <span key={`${item.key}:${i}`} class={cls} style={style} aria-hidden="true" onClick={() => open(item.key)} />
          );
        }),
      )}
    </div>
  );
}

function Panel({ state, actions }: { state: OverlayState; actions: OverlayActions }) {
  const found = state.items.filter((i) => i.state === 'found').length;
  const clipped = state.items.filter((i) => i.state !== 'found').length;
  const changed = state.items.filter((i) => i.state === 'changed');
  return (
    <section class="panel" role="region" aria-label="ClipBrief">
      <h2>
        <span aria-hidden="true">▮</span> ClipBrief
      </h2>
      <p data-testid="found-summary">
        {state.items.length === 0
          ? 'No figures found on this page.'
          : `${state.items.length} figure${state.items.length === 1 ? '' : 's'} on this page · ${clipped} in your library`}
      </p>
      <p class="muted">Click or Tab to a highlighted figure to review and clip it. Esc closes.</p>
      {state.status ? (
        <p class="status" role="status">
          {state.status}
        </p>
      ) : null}
      {changed.length || state.orphans.length ? (
        <ul class="notes" aria-label="Clips that need a look">
          {changed.map((i) => (
            <li key={i.key}>
              <span class="badge changed">Figure changed</span> {i.figure.measure}: clipped as <strong>{i.figure.text}</strong>, the page now says{' '}
              <strong>{i.now?.text}</strong>
            </li>
          ))}
          {state.orphans.map((f) => (
            <li key={f.id}>
              <span class="badge orphan">Not on the page now</span> {formatFigure(f)} {f.measure}: “{f.sentence || f.quote.exact}”
            </li>
          ))}
        </ul>
      ) : null}
      <div class="row">
        <button type="button" class="btn primary" disabled={!found || state.busy} onClick={actions.saveAll}>
          Save all {found ? found : ''}
        </button>
        <button type="button" class="btn" onClick={actions.close}>
          Close
        </button>
      </div>
    </section>
  );
}

function Field({ name, label: text, value, wide, invalid, onInput }: {
  name: keyof DraftForm; label: string; value: string; wide?: boolean; invalid?: boolean; onInput: (v: string) => void;
}) {
  return (
    <label class={wide ? 'wide' : ''}>
      {text}
      <input name={name} value={value} aria-invalid={invalid ? 'true' : 'false'} onInput={(e) => onInput(e.currentTarget.value)} />
    </label>
  );
}

function ReviewCard({ card, source, actions }: { card: CardState; source: Source; actions: OverlayActions }) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    root.current?.querySelector('input')?.focus();
  }, [card.key]);
  const f = card.form;
  const badValue = /value/i.test(card.error);
  const badMeasure = /measure/i.test(card.error);
  const edit = (field: keyof DraftForm) => (v: string) => actions.edit(field, v);
  return (
    <section class="card" role="dialog" aria-modal="false" aria-labelledby="cb-card-title" ref={root}>
      <h2 id="cb-card-title">{card.fromSelection ? 'Clip selected figure' : 'Review figure'}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          actions.save();
        }}
      >
        <Field name="value" label="Value" value={f.value} invalid={badValue} onInput={edit('value')} />
        <label>
          Unit
          <select name="unit" value={f.unit} onChange={(e) => actions.edit('unit', e.currentTarget.value)}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {UNIT_LABELS[u]}
              </option>
            ))}
          </select>
        </label>
        <Field name="measure" label="Measure (what it counts)" value={f.measure} wide invalid={badMeasure} onInput={edit('measure')} />
        <Field name="metric" label="Metric" value={f.metric} onInput={edit('metric')} />
        <Field name="qualifier" label="Qualifier" value={f.qualifier} onInput={edit('qualifier')} />
        <Field name="area" label="Area" value={f.area} onInput={edit('area')} />
        <Field name="period" label="Period" value={f.period} onInput={edit('period')} />
        {card.error ? (
          <p class="error" role="alert">
            {card.error}
          </p>
        ) : null}
        <div class="row wide" style={{ gridColumn: '1 / -1', marginTop: '2px' }}>
          <button type="submit" class="btn primary" disabled={card.saving}>
            {card.saving ? 'Saving…' : 'Save clip'}
          </button>
          <button type="button" class="btn" onClick={actions.cancel}>
            Cancel
          </button>
        </div>
      </form>
      <blockquote aria-label="Quote">
        {card.figure.quote.prefix ? '…' + card.figure.quote.prefix : ''}
        <mark>{card.figure.quote.exact}</mark>
        {card.figure.quote.suffix ? card.figure.quote.suffix + '…' : ''}
      </blockquote>
      <p class="source">
        {source.title || source.url}
        {source.publisher ? ` · ${source.publisher}` : ''}
        {source.published ? ` · ${source.published}` : ''}
      </p>
    </section>
  );
}

export function Overlay({ state, actions }: { state: OverlayState; actions: OverlayActions }) {
  return (
    <>
      <Highlights items={state.items} active={state.card?.key} open={actions.open} />
      {state.card ? <ReviewCard card={state.card} source={state.source} actions={actions} /> : <Panel state={state} actions={actions} />}
    </>
  );
}

