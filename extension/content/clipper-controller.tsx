// The clipper, injected into a page only when the user asks. It runs the finder over the page,
// places each figure on the live text, re-anchors clips saved from this page before, and lets the
// user review and clip. Everything it adds lives in one shadow root and goes away with Esc.
import { render } from 'preact';
import { anchorQuote } from '../../shared/anchor/anchor-quote.ts';
import { locateInOrder } from '../../shared/anchor/locate-in-order.ts';
import { extractPage } from '../../shared/extract/index.ts';
import { FigureSchema, type Figure, type FoundFigure, type Source } from '../../shared/model.ts';
import { ClipDraftSchema, PendingSelectionSchema, type ClipDraft } from '../messages.ts';
import { buildTextMap, offsetOf, rangeFor, type TextMap } from './dom-text.ts';
import { draftFromForm, figureFromSelection, formFromFigure, type DraftForm } from './drafts.ts';
import { sendToBackground } from './messaging.ts';
import { Overlay, type Box, type Item, type OverlayActions, type OverlayState } from './overlay.tsx';
import { OVERLAY_CSS } from './overlay-styles.ts';

const HOST_TAG = 'clipbrief-overlay';
const MAX_HIGHLIGHTS = 3000;

function pageUrl(): string {
  const u = new URL(location.href);
  u.hash = '';
  return u.href;
}

export class Clipper {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private map: TextMap | null = null;
  private ranges = new Map<string, Range>();
  private state: OverlayState | null = null;
  private watchedUrl = '';
  private urlTimer: number | undefined;
  private layoutQueued = false;

  private readonly actions: OverlayActions = {
    open: (key) => this.openCard(key),
    edit: (field, value) => this.editCard(field, value),
    save: () => void this.saveCard(),
    cancel: () => this.closeCard(),
    saveAll: () => void this.saveAll(),
    close: () => this.close(),
  };

  /** Called on every injection: the first runs the finder; later ones re-show it and take a pending selection. */
  async run(): Promise<void> {
    if (!this.host) await this.show();
    await this.takePendingSelection();
  }

  private async show(): Promise<void> {
    const { source, figures } = extractPage(document.documentElement.outerHTML, { url: pageUrl() });
    if (!source.url) source.url = pageUrl();
    this.createHost();
    this.map = buildTextMap(document.body ?? document.documentElement, (el) => el.tagName.toLowerCase() === HOST_TAG);
    const items = this.placeFound(figures);
    this.state = { items, orphans: [], card: null, status: '', source, busy: false };
    this.render();
    await this.placeSaved(source);
    this.layout();
    this.watchUrl();
  }

  private createHost(): void {
    const host = document.createElement(HOST_TAG);
    // Absolutely positioned at the document's origin, zero-sized: it never moves the page's layout.
    host.style.cssText = 'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    document.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    document.addEventListener('keydown', this.onKey, true);
    window.addEventListener('resize', this.queueLayout);
  }

  private placeFound(figures: FoundFigure[]): Item[] {
    const map = this.map!;
    const at = locateInOrder(map.text, figures.map((f) => f.quote));
    const items: Item[] = [];
    figures.forEach((figure, i) => {
      const start = at[i]!;
      const key = `f${i}`;
      if (start >= 0 && this.ranges.size < MAX_HIGHLIGHTS) {
        const exact = figure.quote.exact.replace(/\s+/g, ' ').trim();
        const range = rangeFor(map, start, start + exact.length);
        if (range) this.ranges.set(key, range);
      }
      items.push({ key, figure, state: 'found', boxes: [] });
    });
    return items;
  }

  /** Clips saved from this page before: re-anchored from their quotes, never silently dropped. */
  private async placeSaved(source: Source): Promise<void> {
    const urls = [...new Set([pageUrl(), source.url].filter(Boolean))];
    const reply = await sendToBackground({ type: 'page-clips', urls });
    if (!reply.ok || !this.state || !this.map) {
      if (!reply.ok) this.update({ status: reply.error });
      return;
    }
    const saved = (Array.isArray(reply.figures) ? reply.figures : []).flatMap((raw) => {
      const r = FigureSchema.safeParse(raw);
      return r.success ? [r.data] : [];
    });
    const items = [...this.state.items];
    const orphans: Figure[] = [];
    for (const clip of saved) {
      const anchor = anchorQuote(this.map.text, clip.quote, clip.value);
      if (anchor.status === 'orphaned') {
        orphans.push(clip);
        continue;
      }
      const range = rangeFor(this.map, anchor.start, anchor.end);
      const twin = items.find((i) => i.state === 'found' && this.ranges.get(i.key) && range && sameRange(this.ranges.get(i.key)!, range));
      const state = anchor.status === 'changed' ? 'changed' : 'clipped';
      const now = anchor.status === 'changed' ? { text: anchor.text, value: anchor.value } : undefined;
      if (twin) {
        Object.assign(twin, { state, savedId: clip.id, figure: clip, now });
      } else {
        const key = `s${clip.id}`;
        if (range) this.ranges.set(key, range);
        items.push({ key, figure: clip, state, savedId: clip.id, boxes: [], now });
      }
    }
    this.update({ items: sortByPosition(items, this.ranges), orphans });
  }

  private async takePendingSelection(): Promise<void> {
    const reply = await sendToBackground({ type: 'take-pending' });
    if (!reply.ok || !reply.pending || !this.state || !this.map) return;
    const pending = PendingSelectionSchema.safeParse(reply.pending);
    if (!pending.success) return;
    const map = this.map;
    // Prefer the live selection (exact position); fall back to the text captured at the click.
    let start = -1;
    let end = -1;
    const sel = document.getSelection();
    if (sel && sel.rangeCount && !sel.isCollapsed) {
      const r = sel.getRangeAt(0);
      start = offsetOf(map, r.startContainer, r.startOffset);
      end = offsetOf(map, r.endContainer, r.endOffset);
    }
    if (start < 0 || end <= start) {
      const wanted = pending.data.text.replace(/\s+/g, ' ').trim();
      start = map.text.indexOf(wanted);
      end = start + wanted.length;
    }
    if (start < 0) {
      this.update({ status: 'The selected text could not be found on the page; select it again and choose “Clip figure”.' });
      return;
    }
    // A finder figure inside the selection is the best draft; otherwise build one from the selection.
    const inside = this.state.items.find((i) => {
      const range = this.ranges.get(i.key);
      if (!range) return false;
      const s = offsetOf(map, range.startContainer, range.startOffset);
      return s >= start && s < end;
    });
    if (inside) {
      this.openCard(inside.key, true);
      return;
    }
    const { figure, start: numStart, end: numEnd } = figureFromSelection(map.text, start, end);
    const key = `sel${Date.now()}`;
    const range = rangeFor(map, numStart, numEnd);
    if (range) this.ranges.set(key, range);
    const item: Item = { key, figure, state: 'found', boxes: [] };
    this.update({ items: sortByPosition([...this.state.items, item], this.ranges) });
    this.layout();
    this.openCard(key, true);
  }

  private openCard(key: string, fromSelection = false): void {
    const item = this.state?.items.find((i) => i.key === key);
    if (!item) return;
    const form = formFromFigure(item.figure);
    if (Number.isNaN(item.figure.value)) form.value = '';
    this.update({ card: { key, form, figure: item.figure, error: '', saving: false, fromSelection } });
    this.ranges.get(key)?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  private editCard(field: keyof DraftForm, value: string): void {
    const card = this.state?.card;
    if (!card) return;
    this.update({ card: { ...card, form: { ...card.form, [field]: value } as DraftForm, error: '' } });
  }

  private closeCard(): void {
    const key = this.state?.card?.key;
    this.update({ card: null });
    if (key) (this.mount?.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null)?.focus();
  }

  private async saveCard(): Promise<void> {
    const card = this.state?.card;
    if (!card || !this.state) return;
    const result = draftFromForm(card.form, card.figure, this.state.source);
    if (!result.ok) {
      this.update({ card: { ...card, error: result.error } });
      return;
    }
    this.update({ card: { ...card, saving: true, error: '' } });
    const saved = await this.send([result.draft]);
    if (!saved.ok) {
      this.update({ card: { ...card, saving: false, error: saved.error } });
      return;
    }
    const id = saved.ids[0];
    this.markClipped([card.key], [id], result.draft);
    this.update({ status: `Saved ${result.draft.text} to your library.` });
    this.closeCard();
  }

  private async saveAll(): Promise<void> {
    if (!this.state) return;
    const pending = this.state.items.filter((i) => i.state === 'found');
    const drafts: { key: string; draft: ClipDraft }[] = [];
    let skipped = 0;
    for (const item of pending) {
      const r = ClipDraftSchema.safeParse({ ...item.figure, source: this.state.source });
      if (r.success) drafts.push({ key: item.key, draft: r.data });
      else skipped++;
    }
    if (!drafts.length) return;
    this.update({ busy: true, status: `Saving ${drafts.length} figures…` });
    const saved = await this.send(drafts.map((d) => d.draft));
    if (!saved.ok) {
      this.update({ busy: false, status: `Nothing was saved: ${saved.error}` });
      return;
    }
    this.markClipped(drafts.map((d) => d.key), saved.ids);
    const note = skipped ? ` ${skipped} need a measure before they can be saved: open them to fill it in.` : '';
    this.update({ busy: false, status: `Saved ${drafts.length} figure${drafts.length === 1 ? '' : 's'} to your library.${note}` });
  }

  private async send(clips: ClipDraft[]): Promise<{ ok: true; ids: (string | undefined)[] } | { ok: false; error: string }> {
    const reply = await sendToBackground({ type: 'save-clips', clips });
    if (!reply.ok) return reply;
    return { ok: true, ids: Array.isArray(reply.ids) ? (reply.ids as string[]) : [] };
  }

  private markClipped(keys: string[], ids: (string | undefined)[], draft?: ClipDraft): void {
    if (!this.state) return;
    const items = this.state.items.map((i) => {
      const at = keys.indexOf(i.key);
      if (at < 0) return i;
      return { ...i, state: 'clipped' as const, savedId: ids[at], figure: draft && keys.length === 1 ? draft : i.figure };
    });
    this.update({ items });
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (this.state?.card) this.closeCard();
    else this.close();
  };

  private readonly queueLayout = (): void => {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    requestAnimationFrame(() => {
      this.layoutQueued = false;
      this.layout();
    });
  };

  /** Boxes in document coordinates, so they scroll with the page without any work. */
  private layout(): void {
    if (!this.state) return;
    const sx = window.scrollX;
    const sy = window.scrollY;
    const items = this.state.items.map((item) => {
      const rects = this.ranges.get(item.key)?.getClientRects() ?? [];
      const boxes: Box[] = [];
      for (const r of rects) {
        if (r.width > 0 && r.height > 0) boxes.push({ left: r.left + sx - 1, top: r.top + sy - 1, width: r.width + 2, height: r.height + 2 });
      }
      return { ...item, boxes };
    });
    this.update({ items });
  }

  /** Pages that change address without reloading (history navigation): start again on the new content. */
  private watchUrl(): void {
    this.watchedUrl = location.href;
    this.urlTimer = window.setInterval(() => {
      if (location.href === this.watchedUrl) return;
      this.close();
      window.setTimeout(() => void this.run(), 400);
    }, 1000);
  }

  private update(patch: Partial<OverlayState>): void {
    if (!this.state) return;
    this.state = { ...this.state, ...patch };
    this.render();
  }

  private render(): void {
    if (this.mount && this.state) render(<Overlay state={this.state} actions={this.actions} />, this.mount);
  }

  close(): void {
    window.clearInterval(this.urlTimer);
    document.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('resize', this.queueLayout);
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.state = null;
    this.map = null;
    this.ranges.clear();
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
}

/** Reading order, so Tab moves through the highlights the way the page reads. */
function sortByPosition(items: Item[], ranges: Map<string, Range>): Item[] {
  return [...items].sort((a, b) => {
    const ra = ranges.get(a.key);
    const rb = ranges.get(b.key);
    if (!ra || !rb) return ra ? -1 : rb ? 1 : 0;
    return ra.compareBoundaryPoints(Range.START_TO_START, rb);
  });
}
