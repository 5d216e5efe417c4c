import { describe, expect, it } from 'vitest';
import { composeBrief, emailShort, emailSubject, mailtoHref } from '../../shared/brief/index.ts';
import { NOW, seedFigures } from '../fixtures/briefs/figures.ts';

describe('the email version', () => {
  const brief = composeBrief(seedFigures(), { template: 'spo-uptake', now: NOW, title: 'Stalking orders in Northshire\n<b>now</b>' });

  it('has the title as subject on one line, and the ask and key points in the body', () => {
    expect(emailSubject(brief)).toBe('Stalking orders in Northshire <b>now</b>');
    const body = emailShort(brief, 'https://app.test/#b=1.x');
    expect(body).toContain(brief.ask);
    expect(body).toMatch(/- In Northshire, police applied for 6 Stalking Protection Orders against 2,041/);
    expect(body.endsWith('The full brief, with its sources: https://app.test/#b=1.x')).toBe(true);
  });

  it('stays short enough for a mailto link, keeping the link whole', () => {
    const long = { ...brief, ask: 'Please act. '.repeat(400) };
    const body = emailShort(long, 'https://app.test/#b=1.abc');
    expect(body.length).toBeLessThanOrEqual(1500);
    expect(body.endsWith('https://app.test/#b=1.abc')).toBe(true);
    expect(mailtoHref(long)).toMatch(/^mailto:\?subject=Stalking%20orders/);
  });
});
