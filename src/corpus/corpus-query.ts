/**
 * Loading the bundled corpus in the browser through TanStack Query. The file is static for a
 * given app version (the service worker precaches it), so it never goes stale; an invalid or
 * foreign-version file is a CorpusError, which is not retried.
 */
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { CorpusBundle } from '../schema/corpus';
import { CorpusError, parseCorpus } from '../schema/validate';
import { createSearcher, type Searcher } from '../search/searcher';

export const CORPUS_URL = `${import.meta.env.BASE_URL}corpus/corpus.json`;

export async function fetchCorpus(signal?: AbortSignal): Promise<CorpusBundle> {
  let res: Response;
  try {
    res = await fetch(CORPUS_URL, { signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new CorpusError('unreadable', 'The corpus could not be downloaded: the network is not reachable.');
  }
  if (!res.ok)
    throw new CorpusError(
      'unreadable',
      res.status === 404
        ? 'The corpus file (corpus/corpus.json) is missing from this build.'
        : `The corpus could not be downloaded (HTTP ${res.status}).`,
    );
  return parseCorpus(await res.text());
}

export const corpusQuery = queryOptions({
  queryKey: ['corpus'],
  queryFn: ({ signal }) => fetchCorpus(signal),
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  networkMode: 'offlineFirst',
  retry: (count, err) => !(err instanceof CorpusError && err.kind !== 'unreadable') && count < 2,
});

export function useCorpus(): CorpusBundle {
  return useSuspenseQuery(corpusQuery).data;
}

const searchers = new WeakMap<CorpusBundle, Searcher>();

/** The Fuse.js searcher over the corpus, built once per loaded bundle. */
export function useSearcher(): Searcher {
  return searcherOf(useCorpus());
}

/** The same, outside a hook: for a view that searches only sometimes (building costs time). */
export function searcherOf(corpus: CorpusBundle): Searcher {
  // Cached per loaded bundle across every component that searches.
  let s = searchers.get(corpus);
  if (!s) {
    s = createSearcher(corpus);
    searchers.set(corpus, s);
  }
  return s;
}

export function storyOfArticle(corpus: CorpusBundle, articleId: string) {
  return corpus.stories.find((s) => s.articleIds.includes(articleId as never)) ?? null;
}
