// A small history router: real paths (deep links work offline through the service worker's
// navigation fallback), no library needed for five routes.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'library' }
  | { name: 'figure'; id: string }
  | { name: 'add' }
  | { name: 'briefs' }
  | { name: 'brief'; id: string }
  | { name: 'data' }
  | { name: 'shared'; link: string }
  | { name: 'not-found'; path: string };

/** A share link carries the brief in the fragment, whatever the path. */
export function routeOf(loc: { pathname: string; hash: string; href: string }): Route {
  if (loc.hash.length > 1) return { name: 'shared', link: loc.href };
  return parseRoute(loc.pathname);
}

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const [first, second] = parts;
  if (!first) return { name: 'library' };
  if (first === 'figures' && second) return { name: 'figure', id: second };
  if (first === 'add' && !second) return { name: 'add' };
  if (first === 'briefs' && !second) return { name: 'briefs' };
  if (first === 'briefs' && second) return { name: 'brief', id: second };
  if (first === 'data' && !second) return { name: 'data' };
  return { name: 'not-found', path: pathname };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'library':
      return '/';
    case 'figure':
      return `/figures/${encodeURIComponent(route.id)}`;
    case 'brief':
      return `/briefs/${encodeURIComponent(route.id)}`;
    case 'not-found':
      return route.path;
    case 'shared':
      return route.link;
    default:
      return `/${route.name}`;
  }
}

const listeners = new Set<() => void>();

export function navigate(href: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const fn of listeners) fn();
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(location));
  useEffect(() => {
    const update = () => setRoute(routeOf(location));
    listeners.add(update);
    window.addEventListener('popstate', update);
    window.addEventListener('hashchange', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
      window.removeEventListener('hashchange', update);
    };
  }, []);
  return route;
}

/** A link that navigates in-app (keeps the offline shell) and still works as a real link. */
export function linkHandler(href: string) {
  return (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
}
