/**
 * Sorting and filtering the library's stories: by date (newest or oldest first), by size
 * (articles, outlets), to one outlet, to a date range, to stories of at least N articles.
 * Pure; the page applies it to the whole catalogue once any control leaves its default (at
 * 25,000 stories that is a few milliseconds).
 */
import { fold } from '../../core/text/fold';
import type { CatalogueEntry } from '../../schema/corpus-files';

export type LibrarySort = 'newest' | 'oldest' | 'articles' | 'outlets';

/** Which stories: all, only the reader's own, or only those that came with the app. */
export type LibrarySource = 'all' | 'mine' | 'bundled';

export interface LibraryFilter {
  readonly source: LibrarySource;
  readonly sort: LibrarySort;
  /** Part of an outlet's name, any case or accents; '' for all. */
  readonly outlet: string;
  /** ISO dates (YYYY-MM-DD), inclusive; '' for open. */
  readonly from: string;
  readonly to: string;
  readonly minArticles: number;
}

export const DEFAULT_FILTER: LibraryFilter = {
  source: 'all',
  sort: 'newest',
  outlet: '',
  from: '',
  to: '',
  minArticles: 1,
};

/** Whether the stories are listed as they come (the source aside: it only hides a section). */
export const isDefault = (f: LibraryFilter): boolean =>
  f.sort === DEFAULT_FILTER.sort && !f.outlet.trim() && !f.from && !f.to && f.minArticles <= 1;

/** What filtering reads of a story: a catalogue entry, or a card of the reader's own. */
export type FilterableStory = Pick<
  CatalogueEntry,
  'id' | 'title' | 'articleIds' | 'outlets' | 'firstPublished' | 'lastPublished' | 'sharedNames'
> & { readonly unknownOutlets?: number };

const outletCount = (s: FilterableStory) => s.outlets.length + (s.unknownOutlets ? 1 : 0);

export function filterStories<S extends FilterableStory>(stories: readonly S[], f: LibraryFilter): S[] {
  const outlet = fold(f.outlet.trim());
  const kept = stories.filter((s) => {
    if (s.articleIds.length < f.minArticles) return false;
    if (outlet && !s.outlets.some((o) => fold(o).includes(outlet))) return false;
    // A story is in the range when any of its days is.
    const first = s.firstPublished?.slice(0, 10) ?? null;
    const last = s.lastPublished?.slice(0, 10) ?? first;
    if (f.from && (last === null || last < f.from)) return false;
    if (f.to && (first === null || first > f.to)) return false;
    return true;
  });
  const date = (s: FilterableStory) => s.lastPublished ?? s.firstPublished ?? '';
  const byDate = (x: FilterableStory, y: FilterableStory) =>
    date(x) < date(y) ? -1 : date(x) > date(y) ? 1 : 0;
  const compare: Record<LibrarySort, (x: FilterableStory, y: FilterableStory) => number> = {
    newest: (x, y) => byDate(y, x),
    // Undated stories last either way.
    oldest: (x, y) => (!date(x) ? 1 : !date(y) ? -1 : byDate(x, y)),
    articles: (x, y) => y.articleIds.length - x.articleIds.length || byDate(y, x),
    outlets: (x, y) => outletCount(y) - outletCount(x) || byDate(y, x),
  };
  return kept.sort(compare[f.sort]);
}

/** Every outlet of these stories, for the outlet field's suggestions. */
export const outletsOf = (stories: readonly FilterableStory[]): string[] =>
  [...new Set(stories.flatMap((s) => s.outlets))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
