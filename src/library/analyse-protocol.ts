/** Messages between the page and the analysis worker (analyse-worker.ts). */
import type { ArticleRecord, StoryRecord } from '../schema/corpus';
import type { StoredSource } from './db';

export type ToAnalyser = {
  readonly type: 'analyse';
  /** Where the name tagger is served (the build ships it beside the app). */
  readonly modelUrl: string;
  readonly sources: readonly StoredSource[];
  /** The articles already in the library, analysed: grouped again with the new ones. */
  readonly existing: readonly ArticleRecord[];
  /** The reader's grouping corrections, as [article, key] (see corpus/build/assemble-corpus.ts). */
  readonly pins: readonly (readonly [string, string])[];
  /** The stories as they are: one whose articles do not change is kept, not compared again. */
  readonly previous: readonly StoryRecord[];
};

export type FromAnalyser =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly name: string }
  | { readonly type: 'failed-one'; readonly name: string; readonly error: string }
  | {
      readonly type: 'done';
      readonly added: readonly { source: StoredSource; article: ArticleRecord }[];
      readonly stories: readonly StoryRecord[];
      readonly ms: number;
    }
  | { readonly type: 'error'; readonly error: string };
