/**
 * Every view has a URL. This file is the only place that turns URLs into views and back;
 * the rest of the app passes Route values around.
 *   /                                  library
 *   /search?q=…                        search results
 *   /share?title=…&text=…&url=…&files=N what another app shared (the PWA's share target):
 *                                      the library with the add dialog filled in
 *   /story/ID?a=A1,A2&at=A1.3&g=q-1x2y&q=… a story's articles side by side; `at` opens an
 *                                      article at a paragraph, `g` selects a quote group,
 *                                      passage or name by an id from its content, `q`
 *                                      highlights a search hit
 */
import { type ArticleId, articleId } from '../core/types';
/** A link id in `g=` (features/reader/link-ids.ts makes them from the link's content). */
export const LINK_ID = /^[qpec]-[0-9a-z]{1,7}(?:-\d{1,4})?$/;

export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'search'; readonly q: string }
  | {
      readonly name: 'share';
      readonly title: string;
      readonly text: string;
      readonly url: string;
      /** Files the service worker keeps for the add dialog (public/share-target.js). */
      readonly files: number;
    }
  | {
      readonly name: 'story';
      readonly id: string;
      /** Articles shown as panes, in order; empty = all of the story's articles. */
      readonly panes: readonly ArticleId[];
      readonly at: { readonly article: string; readonly paragraph: number } | null;
      /** The selected link (quote group, passage or entity group id), or ''. */
      readonly g: string;
      readonly q: string;
    }
  | { readonly name: 'not-found'; readonly path: string };

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { name: 'library' };
  if (path === '/search') return { name: 'search', q: params.get('q') ?? '' };
  if (path === '/share')
    return {
      name: 'share',
      title: params.get('title') ?? '',
      text: params.get('text') ?? '',
      url: params.get('url') ?? '',
      files: Math.max(0, Math.min(100, Number(params.get('files')) || 0)),
    };
  const story = /^\/story\/([^/]+)$/.exec(path);
  if (story) {
    let id: string;
    try {
      id = decodeURIComponent(story[1]!);
    } catch {
      return { name: 'not-found', path: pathname };
    }
    const at = /^(.+)\.(\d+)$/.exec(params.get('at') ?? '');
    return {
      name: 'story',
      id,
      // A repeated pane would be the same article twice: keep the first.
      panes: [...new Set((params.get('a') ?? '').split(',').filter(Boolean))].map(articleId),
      at: at ? { article: at[1]!, paragraph: Number(at[2]) } : null,
      g: LINK_ID.test(params.get('g') ?? '') ? params.get('g')! : '',
      q: params.get('q') ?? '',
    };
  }
  return { name: 'not-found', path: pathname };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
      return '/';
    case 'search':
      return route.q ? `/search?${new URLSearchParams({ q: route.q })}` : '/search';
    case 'share': {
      const p = new URLSearchParams({ title: route.title, text: route.text, url: route.url });
      if (route.files) p.set('files', String(route.files));
      return `/share?${p}`;
    }
    case 'story': {
      const p = new URLSearchParams();
      if (route.panes.length) p.set('a', route.panes.join(','));
      if (route.at) p.set('at', `${route.at.article}.${route.at.paragraph}`);
      if (route.g) p.set('g', route.g);
      if (route.q) p.set('q', route.q);
      const qs = p.toString().replaceAll('%2C', ',');
      return `/story/${encodeURIComponent(route.id)}${qs ? `?${qs}` : ''}`;
    }
    case 'not-found':
      return route.path;
  }
}
