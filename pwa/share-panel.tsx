// Sending a brief: print or save as PDF, files (self-contained HTML, Markdown, JSON), the email
// text, and a share link that carries the brief in the address's fragment, so no server sees it.
import { useState } from 'preact/hooks';
import { mailtoHref, renderHtml, renderJson, renderMarkdown, renderText } from '../shared/brief/index.ts';
import type { Brief } from '../shared/model.ts';
import { SHARE_LINK_BUDGET, encodeBrief } from '../shared/share/index.ts';
import { download, fileName } from './download.ts';
import { notify } from './notices.ts';

export function SharePanel({ brief, print }: { brief: Brief; print: () => void }) {
  const [copied, setCopied] = useState('');
  const [tooLong, setTooLong] = useState(false);
  const appUrl = new URL('/', location.href).href;

  const copyLink = async () => {
    const link = encodeBrief(brief, appUrl);
    if (link.length > SHARE_LINK_BUDGET) {
      // Longer links break in some browsers and chat apps: offer the file instead.
      setTooLong(true);
      return;
    }
    setTooLong(false);
    try {
      await navigator.clipboard.writeText(link);
      setCopied(`Share link copied (${link.length.toLocaleString('en-GB')} characters). Whoever opens it sees this brief; it is never sent to a server.`);
    } catch {
      notify('The browser would not let ClipBrief use the clipboard.', 'error');
    }
  };

  const copyForEmail = async () => {
    const text = renderText(brief);
    try {
      // Rich HTML where the clipboard takes it (pasted into a mail client it keeps tables), text always.
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([renderHtml(brief)], { type: 'text/html' }) }),
        ]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      setCopied('The brief is on the clipboard: paste it into an email.');
    } catch {
      notify('The browser would not let ClipBrief use the clipboard. Download the text or HTML instead.', 'error');
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: brief.title, text: renderText(brief) });
    } catch (e) {
      if ((e as { name?: string }).name !== 'AbortError') notify('Sharing did not work here: download the brief or copy it for email.', 'error');
    }
  };

  return (
    <fieldset class="share">
      <legend>Send this brief</legend>
      <div class="row">
        <button class="primary" onClick={print}>Print or save as PDF</button>
        <button onClick={() => void copyLink()}>Copy share link</button>
        <button onClick={() => void copyForEmail()}>Copy for email</button>
        <a class="button" href={mailtoHref(brief)}>Email the short version</a>
        {'share' in navigator ? <button onClick={() => void share()}>Share…</button> : null}
      </div>
      <div class="row">
        <span class="muted">Download:</span>
        <button class="quiet" onClick={() => download(fileName(brief.title, 'html'), renderHtml(brief), 'text/html')}>HTML (opens anywhere)</button>
        <button class="quiet" onClick={() => download(fileName(brief.title, 'md'), renderMarkdown(brief), 'text/markdown')}>Markdown</button>
        <button class="quiet" onClick={() => download(fileName(brief.title, 'json'), renderJson(brief), 'application/json')}>JSON</button>
      </div>
      {copied ? <p class="ok" role="status">{copied}</p> : null}
      {tooLong ? (
        <p class="error" role="alert">
          This brief is too big for a link that works everywhere (over {SHARE_LINK_BUDGET.toLocaleString('en-GB')} characters). Send the HTML file instead: it opens in any browser, offline.{' '}
          <button onClick={() => download(fileName(brief.title, 'html'), renderHtml(brief), 'text/html')}>Download HTML</button>
        </p>
      ) : null}
    </fieldset>
  );
}
