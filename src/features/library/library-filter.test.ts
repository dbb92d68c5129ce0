import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../schema/corpus-files';
import { DEFAULT_FILTER, filterStories, isDefault, outletsOf } from './library-filter';

const story = (
  id: string,
  outlets: string[],
  n: number,
  first: string | null,
  last = first,
): CatalogueEntry =>
  ({
    id,
    title: id,
    articleIds: Array.from({ length: n }, (_, i) => `${id}-${i}`),
    outlets,
    firstPublished: first,
    lastPublished: last,
    sharedNames: [],
    unknownOutlets: 0,
  }) as unknown as CatalogueEntry;

const stories = [
  story('ferry', ['Coastal Courier', 'Harbour Times'], 2, '2024-03-02', '2024-03-03'),
  story('chess', ['Dorval Daily'], 1, '2024-03-10'),
  story('flood', ['Harbour Times', 'Río Gazette', 'Coastal Courier'], 5, '2024-02-20', '2024-02-22'),
  story('undated', ['Coastal Courier'], 3, null),
];
const ids = (f: Partial<typeof DEFAULT_FILTER>) =>
  filterStories(stories, { ...DEFAULT_FILTER, ...f }).map((s) => s.id);

describe('library filter', () => {
  it('sorts newest first by default, oldest first with undated last, and by size', () => {
    expect(ids({})).toEqual(['chess', 'ferry', 'flood', 'undated']);
    expect(ids({ sort: 'oldest' })).toEqual(['flood', 'ferry', 'chess', 'undated']);
    expect(ids({ sort: 'articles' })).toEqual(['flood', 'undated', 'ferry', 'chess']);
    expect(ids({ sort: 'outlets' })).toEqual(['flood', 'ferry', 'chess', 'undated']);
  });

  it('filters by outlet (any case, accents folded), dates and size', () => {
    expect(ids({ outlet: 'rio' })).toEqual(['flood']);
    expect(ids({ outlet: 'HARBOUR' })).toEqual(['ferry', 'flood']);
    expect(ids({ from: '2024-03-03' })).toEqual(['chess', 'ferry']);
    expect(ids({ to: '2024-03-01' })).toEqual(['flood']);
    expect(ids({ minArticles: 3 })).toEqual(['flood', 'undated']);
  });

  it('knows its defaults and lists the outlets', () => {
    expect(isDefault(DEFAULT_FILTER)).toBe(true);
    expect(isDefault({ ...DEFAULT_FILTER, outlet: ' ' })).toBe(true);
    expect(isDefault({ ...DEFAULT_FILTER, minArticles: 2 })).toBe(false);
    expect(outletsOf(stories)).toEqual(['Coastal Courier', 'Dorval Daily', 'Harbour Times', 'Río Gazette']);
  });
});
