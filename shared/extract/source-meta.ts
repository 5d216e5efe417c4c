// Source metadata: JSON-LD first, then Open Graph and other meta tags, then the page's own text.
// On FOI request sites the published-time meta is when the request was made; the reply's own
// date is kept apart in repliedAt.
import type { Source } from '../model.ts';
import type { PageParts } from './html-blocks.ts';
import { MONTHS } from './words.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(v: Json | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map((x) => str(x)).filter(Boolean).join(', ');
  if (v && typeof v === 'object') return str(v.name);
  return '';
}

/** Flatten JSON-LD blocks (including @graph arrays) into objects. */
function ldObjects(raw: string[]): { [k: string]: Json }[] {
  const out: { [k: string]: Json }[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 4 || out.length > 50) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === 'object') {
      out.push(v);
      if (v['@graph']) visit(v['@graph'], depth + 1);
    }
  };
  for (const r of raw) {
    try {
      visit(JSON.parse(r) as Json, 0);
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage|Posting|Release|Dataset/i;

export function isoDateOf(v: string): string | null {
  const t = v.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.? (\d{4})\b/.exec(t);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase()];
    if (mo) return valid(+m[3]!, mo, +m[1]!);
  }
  m = /\b([A-Za-z]+)\.? (\d{1,2}),? (\d{4})\b/.exec(t);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    if (mo) return valid(+m[3]!, mo, +m[2]!);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!);
  return null;
}
function valid(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function looksLikeDate(s: string): boolean {
  return isoDateOf(s) !== null || /\b(19|20)\d\d\b/.test(s) || /\b(today|yesterday|ago|updated|published)\b/i.test(s) || /^\d/.test(s);
}

function resolveUrl(href: string, base: string): string {
  if (!href) return '';
  try {
    return base ? new URL(href, base).toString() : new URL(href).toString();
  } catch {
    return href.slice(0, 4096);
  }
}

function stripSiteSuffix(title: string, site: string): string {
  let t = title;
  if (site) {
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
      const i = t.lastIndexOf(sep);
      if (i > 0 && t.slice(i + sep.length).trim().startsWith(site.slice(0, 12))) t = t.slice(0, i);
    }
  }
  const m = /^(.{15,}?)\s+[|–—]\s+[^|–—]{2,60}$/.exec(t);
  return (m ? m[1]! : t).trim();
}

/** "Burglaries up 12% - Ashvale Times" → "Ashvale Times" (a short trailing segment after | or -). */
function siteFromTitle(title: string): string {
  const m = /\s[|–—-]\s([^|–—-]{2,60})$/.exec(title);
  if (!m) return '';
  const t = m[1]!.trim();
  return t.split(/\s+/).length <= 6 ? t : '';
}

/**
 * The kind of page. `head` is what the page says about itself (title, description, site name, URL,
 * bylines and other metadata lines); `body` is the start of its main text, trusted only for strong
 * markers, so a news story that mentions "a Freedom of Information request" stays news.
 */
export function guessKind(head: string, body: string, ldType: string, ogType: string, site = ''): Source['kind'] {
  const h = head.toLowerCase();
  const b = body.toLowerCase();
  if (/freedom of information|\bfoi\b|\beir\b|whatdotheyknow|\/request\//.test(h) || (/\bdear\b/.test(b) && /yours (sincerely|faithfully)/.test(b) && /freedom of information/.test(b))) return 'foi';
  if (/hansard|westminster hall|debated on|house of commons|house of lords|public bill committee|parliament|written (question|answer|statement)|\buin\b|tabled on|\bhc deb\b/.test(h) || /\b(i beg to move|the hon\. (member|lady|gentleman)|my hon\. friend)\b/.test(b)) return 'parliament';
  const sl = site.toLowerCase();
  if (/\.gov\.uk|\bofficial statistics\b|statistics office|statistical (bulletin|release)|\bfact ?sheet\b|police\.uk|community safety partnership|\bnational statistics\b/.test(h) || /\b(council|constabulary|police|nhs|ministry|department|office for)\b/.test(sl) || /^official statistics\b/.test(b)) return 'official';
  if (/\bregistered charity\b|\bcharity (no|number)\b|press release/.test(h) || /\b(trust|charity|foundation|aid|refuge|society)\b/.test(sl) && ogType !== 'article' || /\bregistered charity\b|\bcharity (no|number)\b|^press release\b/.test(b)) return 'charity';
  if (/NewsArticle|ReportageNewsArticle/i.test(ldType) || ogType === 'article') return 'news';
  if (/\b(times|news|gazette|echo|post|herald|courier|chronicle|mail|telegraph|guardian|mirror|express|standard|journal|observer|argus|advertiser|evening|press|star|sentinel|bbc|itv|sky)\b/i.test(site) || /(^|\n)[Bb]y [A-Z]/.test(head)) return 'news';
  return 'other';
}

export function sourceFrom(parts: PageParts, url: string | undefined): Source {
  const meta = parts.meta;
  const get = (...keys: string[]) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v && v.trim()) return v.trim();
    }
    return '';
  };
  const lds = ldObjects(parts.jsonLd);
  const art = lds.find((o) => ARTICLE_TYPES.test(str(o['@type']))) ?? lds[0];
  const ld = (k: string) => (art ? str(art[k]) : '');

  const base = url ?? '';
  const canonical = resolveUrl(parts.canonical || get('og:url') || ld('url'), base) || base;
  const site = ld('publisher') || get('og:site_name', 'application-name', 'publisher', 'dc.publisher', 'citation_publisher') || siteFromTitle(parts.title);
  // The first heading, when the <title> merely extends it ("Orders: Westminster Hall debate, 9 March 2023").
  const h1 = parts.blocks.find((b) => b.kind === 'heading')?.text ?? '';
  const docTitle = h1 && h1.length >= 8 && parts.title.startsWith(h1) ? h1 : stripSiteSuffix(parts.title, site);
  const title = (ld('headline') || get('og:title', 'twitter:title', 'citation_title', 'dc.title') || docTitle || h1).slice(0, 1000);

  let author = ld('author') || get('author', 'article:author', 'citation_author', 'dc.creator', 'byl', 'parsely-author');
  if (/^https?:/i.test(author)) author = '';
  if (!author) {
    for (const f of parts.furniture) {
      const m = /^By\s+([A-Z][^·|,•]{1,80}?)(?:\s*[,·|•]|$)/.exec(f);
      if (m && !looksLikeDate(m[1]!)) {
        author = m[1]!.trim();
        break;
      }
    }
  }
  if (author && looksLikeDate(author)) author = '';
  author = author.replace(/^by\s+/i, '').slice(0, 300);

  const pubRaw = ld('datePublished') || get('article:published_time', 'citation_date', 'citation_publication_date', 'dc.date', 'dc.date.issued', 'date', 'pubdate', 'publishdate', 'og:published_time', 'sailthru.date', 'parsely-pub-date');
  let published = pubRaw ? isoDateOf(pubRaw) : null;
  const modRaw = ld('dateModified') || get('article:modified_time', 'og:updated_time', 'dc.date.modified', 'last-modified');
  let modified = modRaw ? isoDateOf(modRaw) : null;
  const furn = parts.furniture.join(' \n ');
  if (!published) {
    const m = /\b(?:release date|published|date)\s*:?\s*((?:\d{1,2} )?[A-Z][a-z]+ \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/i.exec(furn);
    if (m) published = isoDateOf(m[1]!);
  }
  if (!published && parts.times[0]) published = isoDateOf(parts.times[0].datetime) ?? isoDateOf(parts.times[0].text);
  if (!modified) {
    const m = /\b(?:last updated|updated|last modified)\s*:?\s*(\d{1,2} [A-Z][a-z]+ \d{4})/i.exec(furn);
    if (m) modified = isoDateOf(m[1]!);
  }
  if (published && modified && modified < published) modified = null;

  const firstText = parts.blocks.slice(0, 40).map((b) => b.text).join(' \n ').slice(0, 20000);
  const desc = get('description', 'og:description');
  const head = `${parts.title}\n${title}\n${desc}\n${site}\n${canonical}\n${furn.slice(0, 4000)}`;
  const kind = guessKind(head, firstText.slice(0, 6000), str(art?.['@type'] ?? null), get('og:type'), site);

  let publicBody = '';
  let reference = '';
  let repliedAt: string | null = null;
  if (kind === 'foi') {
    const bodyText = `${parts.title} \n ${desc} \n ${furn} \n ${firstText}`;
    const bm = /\brequest to ([A-Z][\w&'’.-]*(?: (?:of|and|for|the|[A-Z][\w&'’.-]*)){0,6})/.exec(bodyText);
    if (bm) publicBody = bm[1]!.replace(/ (by|on|from|of)$/i, '').replace(/\s*\(.*$/, '').trim();
    if (!publicBody) {
      const dm = /^Dear ([A-Z][\w&'’.-]*(?: (?:of|and|for|the|[A-Z][\w&'’.-]*)){0,6}),/m.exec(firstText);
      if (dm && !/^(Sir|Madam|Mr|Mrs|Ms|Dr)\b/.test(dm[1]!)) publicBody = dm[1]!;
    }
    const rm = /\b(?:reference|ref|request|foi)\.?\s*(?:no\.?|number)?\s*[:.]?\s*((?:FOI|EIR|FOIA)[ -]?)?([A-Z0-9][A-Za-z0-9/_-]{3,40}[0-9])\b/i.exec(`${parts.title} \n ${bodyText}`);
    if (rm && /\d/.test(rm[2]!) && /[/_-]|\d{3}/.test(rm[2]!)) reference = `${rm[1] ?? ''}${rm[2]!}`.trim();
    if (!publicBody && /\b(Police|Constabulary|Council|NHS|Trust|Department|Ministry|Office|Authority|Service|Commissioner|Agency|Executive|University|Board)\b/.test(site)) publicBody = site;
    // The reply's date: the last dated correspondence header on the page, when there are several.
    const dated = parts.times.map((t) => isoDateOf(t.datetime) ?? isoDateOf(t.text)).filter((d): d is string => !!d);
    if (dated.length >= 2) repliedAt = dated.reduce((a, b) => (b > a ? b : a));
    if (!repliedAt) {
      const m = /\b(?:response|reply|responded|replied)\b[^.]{0,40}?\b(\d{1,2} [A-Z][a-z]+ \d{4})/.exec(bodyText);
      if (m) repliedAt = isoDateOf(m[1]!);
    }
  }
  return {
    url: canonical.slice(0, 4096),
    title: title.slice(0, 1000),
    publisher: site.slice(0, 300),
    author,
    published,
    modified,
    kind,
    capturedAt: null,
    publicBody: publicBody.slice(0, 300),
    reference: reference.slice(0, 200),
    repliedAt,
  };
}
