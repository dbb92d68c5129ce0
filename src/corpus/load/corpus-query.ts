/**
 * Loading the corpus files in the browser through TanStack Query (src/schema/corpus-files.ts):
 * the manifest first, then only what a view needs: the catalogue for the library, one shard
 * for a story. Content-named files never go stale; the service worker keeps them offline. A
 * damaged or foreign-version file is a CorpusError, which is not retried.
 */
import { queryOptions, useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArticleRecord, StoryRecord } from '../../schema/corpus';
import { CATALOGUE_PAGE, type CatalogueEntry, type CorpusManifest, shardOf } from '../../schema/corpus-files';
import { CorpusError, mergeParts, parseCatalogue, parseManifest } from '../../schema/read-files';
import { fetchCorpusFile } from './fetch-corpus-file';

export const CORPUS_BASE = `${import.meta.env.BASE_URL}corpus/`;

const fetchFile = (name: string, signal?: AbortSignal) => fetchCorpusFile(CORPUS_BASE, name, signal);

const forever = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  networkMode: 'offlineFirst',
  retry: (count: number, err: Error) =>
    !(err instanceof CorpusError && err.kind !== 'unreadable') && count < 2,
} as const;

export const manifestQuery = queryOptions({
  queryKey: ['corpus', 'manifest'],
  queryFn: async ({ signal }) => parseManifest(await fetchFile('manifest.json', signal)),
  ...forever,
});

const catalogueQuery = (file: string) =>
  queryOptions({
    queryKey: ['corpus', 'catalogue', file],
    queryFn: async ({ signal }) => parseCatalogue(await fetchFile(file, signal)),
    ...forever,
  });

const shardQuery = (file: string) =>
  queryOptions({
    queryKey: ['corpus', 'shard', file],
    queryFn: async ({ signal }) => {
      // the full schema check (and the schema library) load with the first story, not the library
      const [{ parseShard }, text] = await Promise.all([
        import('../../schema/validate'),
        fetchFile(file, signal),
      ]);
      return parseShard(text);
    },
    ...forever,
  });

export function useManifest(): CorpusManifest {
  return useSuspenseQuery(manifestQuery).data;
}

/** The first `count` stories of the catalogue: only the pages that hold them are fetched. */
export function useCatalogue(count: number): CatalogueEntry[] {
  const pages = useManifest().catalogue;
  const needed = pages.slice(0, Math.max(1, Math.ceil(count / CATALOGUE_PAGE)));
  const results = useSuspenseQueries({ queries: needed.map((p) => catalogueQuery(p.file)) });
  return useMemo(() => results.flatMap((r) => r.data), [results]);
}

export interface StoryData {
  readonly story: StoryRecord;
  readonly articles: readonly ArticleRecord[];
}

/**
 * The story and its articles, from the one shard that holds it (and, for a story larger than
 * a shard, the parts it names); null if no story has that id.
 */
export function useStory(storyId: string): StoryData | null {
  const manifest = useManifest();
  const file = manifest.shards[shardOf(storyId, manifest.shards.length)]!.file;
  const shard = useSuspenseQuery(shardQuery(file)).data;
  const parts = useSuspenseQueries({ queries: (shard.parts?.[storyId] ?? []).map((f) => shardQuery(f)) });
  const partData = parts.map((p) => p.data);
  const partKey = partData.length;
  // The same objects on every render, for the reader's memos.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parts are fixed by the shard; their count keys them
  return useMemo(() => {
    const whole = partData.length ? mergeParts(shard, partData) : shard;
    const story = whole.stories.find((s) => s.id === storyId);
    if (!story) return null;
    const ids = new Set<string>(story.articleIds);
    return { story, articles: whole.articles.filter((a) => ids.has(a.id)) };
  }, [shard, storyId, partKey]);
}
