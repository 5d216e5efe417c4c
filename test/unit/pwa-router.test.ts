import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../pwa/router.ts';

describe('PWA routes', () => {
  it('parse paths and round-trip through hrefFor', () => {
    const cases = ['/', '/figures/abc-123', '/add', '/briefs', '/briefs/b%201', '/data'];
    for (const path of cases) expect(hrefFor(parseRoute(path))).toBe(path === '/' ? '/' : path);
    expect(parseRoute('/briefs/b%201')).toEqual({ name: 'brief', id: 'b 1' });
  });
  it('treat unknown or malformed paths as not found, without throwing', () => {
    expect(parseRoute('/nope/x/y')).toEqual({ name: 'not-found', path: '/nope/x/y' });
    expect(parseRoute('/figures/%E0%A4%A')).toEqual({ name: 'figure', id: '%E0%A4%A' });
  });
});

describe('share links', () => {
  it('route to the shared brief whatever the path, and nothing else does', async () => {
    const { routeOf } = await import('../../pwa/router.ts');
    expect(routeOf({ pathname: '/', hash: '#b=1.abc', href: 'http://x/#b=1.abc' })).toEqual({ name: 'shared', link: 'http://x/#b=1.abc' });
    expect(routeOf({ pathname: '/data', hash: '', href: 'http://x/data' })).toEqual({ name: 'data' });
  });
});
