// Adding figures without the extension: paste a page's text or saved HTML, or upload saved pages,
// text files or CSVs; the same finder runs here, the user reviews, and saves what they want.
import { useState } from 'preact/hooks';
import { csvToHtml } from '../../shared/csv-page.ts';
import { extractPage } from '../../shared/extract/index.ts';
import { formatFigure } from '../../shared/format.ts';
import type { FoundFigure, Source } from '../../shared/model.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { attempt, notify } from '../notices.ts';
import { navigate } from '../router.ts';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface Found {
  key: string;
  figure: FoundFigure;
  source: Source;
  keep: boolean;
}

interface PageResult {
  name: string;
  source: Source;
  count: number;
  error?: string;
}

function readPage(name: string, text: string, url: string): { source: Source; figures: FoundFigure[] } {
  const html = /\.csv$/i.test(name) ? csvToHtml(text, name.replace(/\.csv$/i, '')) : text;
  const result = extractPage(html, { url });
  if (!result.source.title) result.source.title = name;
  return result;
}

export function AddFigures({ repo }: { repo: Repository }) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  const [pages, setPages] = useState<PageResult[]>([]);
  const [busy, setBusy] = useState(false);

  const take = (results: { name: string; source: Source; figures: FoundFigure[]; error?: string }[]) => {
    setPages(results.map((r) => ({ name: r.name, source: r.source, count: r.figures.length, ...(r.error ? { error: r.error } : {}) })));
    setFound(results.flatMap((r, p) => r.figures.map((figure, i) => ({ key: `${p}:${i}`, figure, source: r.source, keep: true }))));
  };

  const fromText = () => {
    const source = url.trim();
    const r = readPage('Pasted text', text, /^https?:\/\//.test(source) ? source : '');
    take([{ name: 'Pasted text', ...r }]);
  };

  const fromFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    const results = [];
    for (const file of Array.from(files).slice(0, 50)) {
      const empty: Source = extractPage('').source;
      if (file.size > MAX_FILE_BYTES) {
        results.push({ name: file.name, source: empty, figures: [], error: `too large (${Math.round(file.size / 1048576)} MB; the limit is 20 MB)` });
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.subarray(0, 4096).includes(0)) {
        results.push({ name: file.name, source: empty, figures: [], error: 'not a web page, text or CSV file' });
        continue;
      }
      const content = new TextDecoder().decode(bytes);
      results.push({ name: file.name, ...readPage(file.name, content, '') });
    }
    take(results);
    setBusy(false);
  };

  const kept = found.filter((f) => f.keep);
  const save = async () => {
    const now = new Date().toISOString();
    const clips = kept.map((f) => ({ ...f.figure, source: { ...f.source, capturedAt: now } }));
    const bad = clips.filter((c) => !c.measure.trim()).length;
    if (bad) {
      notify(`${bad} figure${bad === 1 ? ' has' : 's have'} no measure: untick ${bad === 1 ? 'it' : 'them'} or add one after saving the rest.`, 'error');
      return;
    }
    const r = await attempt('Saving the figures', () => repo.addClips(clips));
    if (!r) return;
    notify(`Saved ${r.added} figure${r.added === 1 ? '' : 's'} to your library${r.added < clips.length ? ` (${clips.length - r.added} were already there)` : ''}.`);
    navigate('/');
  };

  return (
    <section aria-labelledby="add-title" class="add">
      <h2 id="add-title">Add figures</h2>
      <p class="muted">Paste an article or an FOI reply, or upload saved pages (.html), text files or spreadsheets (.csv). ClipBrief finds the figures; you choose which to keep.</p>
      <div class="add-inputs">
        <div class="card-box">
          <h3>Paste</h3>
          <label class="stack">
            Text or HTML of the page
            <textarea rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <label class="stack">
            Address of the page (for the source)
            <input type="url" placeholder="https://…" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          </label>
          <button class="primary" disabled={!text.trim()} onClick={fromText}>Find figures</button>
        </div>
        <div class="card-box">
          <h3>Upload</h3>
          <label class="stack">
            Saved pages, text or CSV files
            <input type="file" multiple accept=".html,.htm,.txt,.csv,text/html,text/plain,text/csv" onChange={(e) => void fromFiles(e.currentTarget.files)} />
          </label>
          {busy ? <p role="status">Reading…</p> : null}
        </div>
      </div>
      {pages.length ? (
        <ul class="pages" aria-label="Pages read">
          {pages.map((p) => (
            <li key={p.name}>
              <strong>{p.source.title || p.name}</strong>{' '}
              {p.error ? <span class="error">: {p.error}</span> : <span class="muted">{p.count} figure{p.count === 1 ? '' : 's'} found</span>}
            </li>
          ))}
        </ul>
      ) : null}
      {found.length ? (
        <>
          <table class="review" aria-label="Figures found">
            <thead>
              <tr><th scope="col">Keep</th><th scope="col">Figure</th><th scope="col">Measure</th><th scope="col">Area</th><th scope="col">Period</th></tr>
            </thead>
            <tbody>
              {found.map((f) => (
                <tr key={f.key}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Keep ${formatFigure(f.figure)} ${f.figure.measure}`}
                      checked={f.keep}
                      onChange={(e) => {
                        const keep = e.currentTarget.checked;
                        setFound((all) => all.map((x) => (x.key === f.key ? { ...x, keep } : x)));
                      }}
                    />
                  </td>
                  <td class="num">{formatFigure(f.figure)}</td>
                  <td>
                    <input
                      class="cell"
                      aria-label={`Measure of ${f.figure.text}`}
                      value={f.figure.measure}
                      onInput={(e) => {
                        const measure = e.currentTarget.value;
                        setFound((all) => all.map((x) => (x.key === f.key ? { ...x, figure: { ...x.figure, measure } } : x)));
                      }}
                    />
                  </td>
                  <td>{f.figure.area}</td>
                  <td>{f.figure.period?.label ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="row">
            <button class="primary" disabled={!kept.length} onClick={() => void save()}>
              Save {kept.length} figure{kept.length === 1 ? '' : 's'}
            </button>
          </div>
        </>
      ) : pages.length ? (
        <p class="empty">No figures found.</p>
      ) : null}
    </section>
  );
}
