import { describe, expect, it } from 'vitest';
import { articleId } from '../core/types';
import { parseRoute, type Route, routeHref } from './routes';

describe('routes', () => {
  const cases: [string, Route][] = [
    ['/', { name: 'library' }],
    ['/search?q=lukashenk', { name: 'search', q: 'lukashenk' }],
    [
      '/story/story-000_603a?a=000_603a,003_1a1a&at=003_1a1a.4&g=q-3k9x&q=zelenskyy',
      {
        name: 'story',
        id: 'story-000_603a',
        panes: ['000_603a', '003_1a1a'].map(articleId),
        at: { article: '003_1a1a', paragraph: 4 },
        g: 'q-3k9x',
        q: 'zelenskyy',
      },
    ],
  ];
  it.each(cases)('parses %s', (href, route) => {
    const url = new URL(href, 'http://x');
    expect(parseRoute(url.pathname, url.search)).toEqual(route);
  });
  it.each(cases)('formats back to %s', (href, route) => {
    expect(routeHref(route)).toBe(href);
  });
  it('keeps accents and spaces in a query through a round trip', () => {
    const href = routeHref({ name: 'search', q: 'Zelenskyj “peace plan”' });
    const url = new URL(href, 'http://x');
    expect(parseRoute(url.pathname, url.search)).toEqual({ name: 'search', q: 'Zelenskyj “peace plan”' });
  });
  it('sends a malformed percent-encoding to not-found instead of throwing', () => {
    expect(parseRoute('/story/%E0%A4%A', '')).toEqual({ name: 'not-found', path: '/story/%E0%A4%A' });
  });
  it('ignores a selected group that is not a link id', () => {
    const r = parseRoute('/story/s', '?g=<script>');
    expect(r.name === 'story' && r.g).toBe('');
  });
  it('drops a repeated pane', () => {
    const r = parseRoute('/story/s', '?a=x,y,x');
    expect(r.name === 'story' && r.panes).toEqual(['x', 'y']);
  });
  it('sends unknown paths to not-found', () => {
    expect(parseRoute('/nowhere', '')).toEqual({ name: 'not-found', path: '/nowhere' });
  });
});
