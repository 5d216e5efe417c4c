// Options: where the PWA lives. The local address needs nothing; another origin is asked for on
// its own, and the bridge is registered there.
import { useEffect, useState } from 'preact/hooks';
import type { BrowserApi } from '../browser-api.ts';
import { isPwaOrigin } from '../background/pwa-origins.ts';
import { DEFAULT_PWA_URL, SettingsSchema } from '../settings.ts';

export function Options({ api }: { api: BrowserApi }) {
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void api.getSettings().then((s) => setUrl(s.pwaUrl));
  }, [api]);

  const save = async (e: Event) => {
    e.preventDefault();
    const parsed = SettingsSchema.safeParse({ pwaUrl: url.trim() });
    if (!parsed.success) {
      setMessage({ kind: 'error', text: 'Enter the full address of the ClipBrief app, starting with http:// or https://.' });
      return;
    }
    const origin = new URL(parsed.data.pwaUrl).origin;
    const local = isPwaOrigin(origin, { pwaUrl: DEFAULT_PWA_URL });
    if (!local && !(await api.connectPwaOrigin(origin))) {
      setMessage({ kind: 'error', text: `Permission for ${origin} was not given, so clips cannot reach the app there. Nothing was changed.` });
      return;
    }
    await api.setSettings(parsed.data);
    setMessage({ kind: 'ok', text: `Saved. Clips will go to the ClipBrief app at ${parsed.data.pwaUrl}` });
  };

  return (
    <>
      <header>
        <img src="/icons/icon-32.png" alt="" />
        <h1>ClipBrief options</h1>
      </header>
      <main>
        <form onSubmit={(e) => void save(e)}>
          <label>
            Address of the ClipBrief app
            <input type="url" name="pwaUrl" value={url} onInput={(e) => setUrl(e.currentTarget.value)} required />
          </label>
          <p class="help">
            Clips you make wait in the extension and are copied to the app whenever it is open at this address. The local
            app (<code>npm start</code>, {DEFAULT_PWA_URL}) needs no permission; any other address is asked for on its own.
          </p>
          {message ? (
            <p class={message.kind === 'ok' ? 'ok' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
              {message.text}
            </p>
          ) : null}
          <div class="actions">
            <button class="primary" type="submit">
              Save
            </button>
          </div>
        </form>
      </main>
    </>
  );
}
