/**
 * The corpus as the reader downloads it, in files, so a large corpus starts fast:
 *
 *   manifest.json            small: counts, and the names of the other files
 *   index.<hash>.json        the search index's head: vocabulary with each term's document
 *                            frequency, the article table, field lengths, what a result shows,
 *                            and the names of its parts
 *   index/p<n>.<hash>.json   postings of one range of terms, fetched when a query needs them
 *   index/t<n>.<hash>.json   the typo index of the terms of some first letters (typo-index.ts)
 *   stories/<n>.<hash>.json  the story catalogue for the library, in pages of 500 stories
 *                            (no article text)
 *   shards/<n>.<hash>.json   whole stories with their articles, fetched when one is opened
 *   shards/p<n>.<hash>.json  a story larger than a shard, in parts its shard names (`parts`):
 *                            first its record with its links, then its articles in parts of
 *                            about a shard each; fetched with that story
 *
 * Names other than the manifest carry a hash of their content, so a cached file is never
 * stale. A story lives in shard `shardOf(story id, shard count)`.
 */

import type { ArticleId, StoryId } from '../core/types';
import type { StoryRecord } from './corpus';

/** The version of every corpus file; a file of another version is refused with a message. */
/** 3: the search index split into a head and parts fetched on demand. */
export const SCHEMA_VERSION = 3 as const;

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
  /**
   * The articles of stories larger than a shard, in files of about a shard each, in the shard
   * format with no stories; the shard that holds such a story names its parts (`parts`).
   */
  readonly shardParts?: readonly FileRef[];
}

/** A story as the library lists it (checked by hand when loaded: src/schema/read-files.ts). */
export type CatalogueEntry = Omit<StoryRecord, 'links'> & {
  /** How many of the story's articles name no outlet. */
  readonly unknownOutlets: number;
};

/** The word index as stored; src/search/engine/word-index.ts builds it and describes its encoding. */
/**
 * 4: terms folded by the core's one folding (core/text/fold.ts); 5: format characters folded
 * away; 6: split into a head and parts, with a typo index.
 */
export const WORD_INDEX_VERSION = 6;

/** A part of the search index: its file, its size, and the number of the first term it holds. */
export interface IndexPartRef extends FileRef {
  readonly first: number;
}

/** What the index knows of an article: its id, story, date and outlet (folded), by article number. */
export interface IndexedArticle {
  readonly id: ArticleId;
  readonly story: StoryId;
  readonly published: string | null;
  readonly outlet: string;
}

/**
 * The articles of the index head, by column: an object per article made the head's parse the
 * slowest part of loading it at 100,000 articles (article-table.ts reads it back).
 */
export interface ArticleTable {
  /** Per article, in index order (story by story). */
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  /** The stories in that order, and how many articles each has (base 36, comma-separated). */
  readonly stories: readonly string[];
  readonly storySizes: string;
  /** Per story: its title, or the number (within the story) of the article whose title it is. */
  readonly storyTitles: readonly (string | number)[];
  /** Distinct dates and outlets (as written); per article 1 + its one's place there, 0 for none (base 36). */
  readonly dates: readonly string[];
  readonly dateOf: string;
  readonly outlets: readonly string[];
  readonly outletOf: string;
}

/** The word index's head: everything but the postings and the typo index, which are in parts. */
export interface WordIndexHead {
  readonly version: number;
  /** Terms in sorted order (prefix lookups are a binary search). */
  readonly vocabulary: readonly string[];
  /** Per term (same order): how many articles hold it, base 36, comma-separated. */
  readonly df: string;
  /** Per article: length in words of each field, flattened, base 36, comma-separated. */
  readonly lengths: string;
  /** Postings parts, in term order: each holds the terms from its `first` to the next one's. */
  readonly postingParts: readonly IndexPartRef[];
  /** Typo index parts, in term order, cut where the first letter changes (typo-index.ts). */
  readonly typoParts: readonly IndexPartRef[];
}

/** One postings part: per term from `first` on, its encoded postings (word-index.ts). */
export interface PostingsPart {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly first: number;
  readonly postings: readonly string[];
}

/** One typo index part: hash buckets of deletion keys → term groups (typo-index.ts). */
export interface TypoPart {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly first: number;
  /** Buckets separated by ";", each a list of base-36 term numbers (from `first`), as gaps. */
  readonly buckets: string;
}

/** What a search result shows of an article without fetching its shard. */
export interface ResultCard {
  readonly title: string;
  readonly outlet: string | null;
}

/**
 * The search index's head file. Checked by shape, not entry by entry: at 100,000 articles a full
 * schema pass would cost more than parsing (src/schema/validate.ts).
 */
export interface IndexFile {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly wordIndex: WordIndexHead;
  /** The articles by number (the word index's order), with what a result shows. */
  readonly articles: ArticleTable;
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
