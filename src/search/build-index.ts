/** Builds the serialisable Fuse.js index that `parallax ingest` ships inside the bundle. */
import Fuse from 'fuse.js';
import type { ArticleRecord, CorpusBundle } from '../schema/corpus';
import { FUSE_OPTIONS, SEARCH_KEYS, toSearchDoc } from './search-options';

export function buildSearchIndex(articles: readonly ArticleRecord[]): CorpusBundle['search'] {
  const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], articles.map(toSearchDoc));
  const json = index.toJSON();
  return {
    keys: SEARCH_KEYS.map((k) => ({ ...k })),
    index: { keys: [...json.keys], records: json.records as unknown[] },
  };
}
