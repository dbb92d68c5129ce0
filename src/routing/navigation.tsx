/**
 * History-API navigation without a router library: the current URL is external state read
 * with useSyncExternalStore, so back/forward and reload simply re-read it.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';
import { parseRoute, type Route, routeHref } from './routes';

const NAV_EVENT = 'parallax:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAV_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAV_EVENT, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

function useLocationKey(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '/');
}

/** The path alone: a component that needs only it is not re-rendered when the query changes. */
export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

export function useRoute(): Route {
  const key = useLocationKey();
  const url = new URL(key, 'http://local');
  return parseRoute(url.pathname, url.search);
}

export function navigate(to: Route | string, opts: { replace?: boolean } = {}): void {
  const href = typeof to === 'string' ? to : routeHref(to);
  if (href === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAV_EVENT));
}

export function Link({
  to,
  replace,
  onClick,
  ...rest
}: { to: Route; replace?: boolean } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const href = routeHref(to);
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href, { replace });
  };
  return <a href={href} onClick={handle} {...rest} />;
}
