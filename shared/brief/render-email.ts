// The short version for a mailto link: subject, the ask, the key points. Mail clients cut long
// mailto bodies, so the whole brief travels as a link, a file or pasted text instead.
import type { Brief } from '../model.ts';
import { oneLine } from './escape.ts';

const MAX_BODY = 1500;

export function emailSubject(brief: Brief): string {
  return oneLine(brief.title).slice(0, 150);
}

export function emailShort(brief: Brief, link?: string): string {
  const points = brief.narrative.filter((b) => b.kind === 'paragraph' && b.id.startsWith('b-point-')).map((b) => `- ${oneLine(b.text)}`);
  const parts = [brief.audience ? `For: ${oneLine(brief.audience)}` : '', brief.ask ? oneLine(brief.ask) : '', points.join('\n')].filter(Boolean);
  let body = parts.join('\n\n');
  const tail = link ? `\n\nThe full brief, with its sources: ${link}` : '\n\nThe full brief, with its sources, is attached.';
  if (body.length + tail.length > MAX_BODY) body = body.slice(0, Math.max(0, MAX_BODY - tail.length - 1)).replace(/\s+\S*$/, '') + '…';
  return body + tail;
}

export function mailtoHref(brief: Brief, link?: string): string {
  return `mailto:?subject=${encodeURIComponent(emailSubject(brief))}&body=${encodeURIComponent(emailShort(brief, link))}`;
}
