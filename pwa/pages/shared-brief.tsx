// A brief opened from a share link: the brief travels in the address's fragment (never sent to
// any server), is checked like any import, shown read-only, and saved only if the reader asks.
import { useMemo, useState } from 'preact/hooks';
import { renderHtml } from '../../shared/brief/index.ts';
import type { Brief } from '../../shared/model.ts';
import { ShareLinkError, decodeShareLink } from '../../shared/share/index.ts';
import type { Repository } from '../../shared/store/repository.ts';
import { attempt } from '../notices.ts';
import { hrefFor, navigate } from '../router.ts';

export function SharedBrief({ repo, link }: { repo: Repository; link: string }) {
  const decoded = useMemo((): { brief: Brief; exact: boolean } | { error: string } => {
    try {
      const { brief, exact } = decodeShareLink(link);
      return { brief, exact };
    } catch (e) {
      return { error: e instanceof ShareLinkError ? e.message : 'This link could not be read.' };
    }
  }, [link]);
  const [saved, setSaved] = useState(false);

  if ('error' in decoded) {
    return (
      <section class="empty" role="alert" aria-labelledby="bad-link">
        <h2 id="bad-link">This share link cannot be opened</h2>
        <p>{decoded.error}</p>
        <p>Nothing was saved. Ask the sender for the brief again, or for the file instead of the link.</p>
        <button onClick={() => navigate('/', { replace: true })}>Go to the library</button>
      </section>
    );
  }
  const { brief, exact } = decoded;
  const save = () =>
    void attempt('Saving the brief', async () => {
      // The same brief saved twice is one brief; a newer version of it replaces an older one.
      await repo.applyChanges([{ table: 'briefs', record: brief }]);
      setSaved(true);
    });

  return (
    <section class="shared" aria-labelledby="shared-title">
      <div class="card-box row">
        <h2 id="shared-title">Brief shared with you: {brief.title}</h2>
        {saved ? (
          <>
            <span class="ok" role="status">Saved to your library.</span>
            <button onClick={() => navigate(hrefFor({ name: 'brief', id: brief.id }), { replace: true })}>Open it in the editor</button>
          </>
        ) : (
          <button class="primary" onClick={save}>Save to my library</button>
        )}
      </div>
      {exact ? null : (
        <p class="notice" role="note">
          This link was made with an earlier version of ClipBrief. Its figures and sources are exactly as sent; the comparisons
          were worked out again and may be worded differently from what the sender saw.
        </p>
      )}
      <iframe class="shared-preview" title="The shared brief" sandbox="allow-same-origin allow-modals" srcdoc={renderHtml(brief)} />
    </section>
  );
}
