/** Messages between the page and the search worker (search-worker.ts). */
import type { StoryResult } from '../results';

export type ToWorker =
  /** Where the corpus files are (an absolute URL ending in "/"). Sent once, first. */
  | { readonly type: 'open'; readonly base: string }
  /** A query; a newer `seq` makes every older query moot. */
  | { readonly type: 'search'; readonly seq: number; readonly query: string; readonly limit: number };

export type FromWorker =
  | { readonly type: 'ready'; readonly articles: number; readonly ms: number }
  | {
      readonly type: 'results';
      readonly seq: number;
      readonly query: string;
      readonly groups: readonly StoryResult[];
      /** Articles found (before grouping), and the time the worker took. */
      readonly count: number;
      /** Some index parts the query needed could not be fetched (offline): results may be missing. */
      readonly incomplete: boolean;
      readonly ms: number;
    }
  | { readonly type: 'error'; readonly seq: number | null; readonly message: string };
