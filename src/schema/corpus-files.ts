/**
 * The corpus as the reader downloads it, in files, so a large corpus starts fast:
 *
 *   manifest.json            small: counts, and the names of the other files
 *   index.<hash>.json        the search index (word index and what a result shows)
 *   stories/<n>.<hash>.json  the story catalogue for the library, in pages of 500 stories
 *                            (no article text)
 *   shards/<n>.<hash>.json   whole stories with their articles, fetched when one is opened
 *
 * Names other than the manifest carry a hash of their content, so a cached file is never
 * stale. A story lives in shard `shardOf(story id, shard count)`.
 */

import type { ArticleId, StoryId } from '../core/types';
import type { StoryRecord } from './corpus';

/** The version of every corpus file; a file of another version is refused with a message. */
export const SCHEMA_VERSION = 2 as const;

/** Stories per catalogue page: the library's first screen needs one page, whatever N is. */
export const CATALOGUE_PAGE = 500;

/** Another corpus file, by its content-named path and its size. */
export interface FileRef {
  readonly file: string;
  readonly bytes: number;
}

/** The manifest (checked by hand when loaded: src/schema/read-files.ts, so no schema library is on the first screen). */
export interface CorpusManifest {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly generator: string;
  readonly builtAt: string;
  /** Hash of the code and model that built it: a rebuild by the same code may reuse its links. */
  readonly code?: string;
  readonly inputsHash: string;
  readonly articles: number;
  readonly stories: number;
  readonly index: FileRef;
  /** Catalogue pages, in library order (newest stories first). */
  readonly catalogue: readonly FileRef[];
  readonly shards: readonly FileRef[];
}

/** A story as the library lists it (checked by hand when loaded: src/schema/read-files.ts). */
export type CatalogueEntry = Omit<StoryRecord, 'links'> & {
  /** How many of the story's articles name no outlet. */
  readonly unknownOutlets: number;
};

/** The word index as stored; src/search/engine/word-index.ts builds it and describes its encoding. */
/** 4: terms folded by the core's one folding (core/text/fold.ts); 5: format characters folded away. */
export const WORD_INDEX_VERSION = 5;

export interface WordIndex {
  readonly version: number;
  /** Article ids, stories, dates and outlets (folded), by article number. */
  readonly docs: readonly { id: ArticleId; story: StoryId; published: string | null; outlet: string }[];
  /** Terms in sorted order (prefix lookups are a binary search). */
  readonly vocabulary: readonly string[];
  /** Per term (same order): encoded postings (see above). */
  readonly postings: readonly string[];
  /** Per article: length in words of each field, flattened, base 36, comma-separated. */
  readonly lengths: string;
}

/** What a search result shows of an article without fetching its shard. */
export interface ResultCard {
  readonly title: string;
  readonly outlet: string | null;
}

/**
 * The search index file. Checked by shape, not entry by entry: at 100,000 articles a full
 * schema pass would cost more than parsing (src/schema/validate.ts).
 */
export interface IndexFile {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly wordIndex: WordIndex;
  /** Per article number (the word index's order). */
  readonly cards: readonly ResultCard[];
  /** Story titles by story id. */
  readonly storyTitles: Readonly<Record<string, string>>;
}

/** FNV-1a over the story id: which shard holds the story (stable for a given shard count). */
export function shardOf(storyId: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < storyId.length; i++) {
    h ^= storyId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}
