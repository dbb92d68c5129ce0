/**
 * The reader's own articles in the search worker: a word index built from IndexedDB beside
 * the bundled one, with the same engine, fields and query syntax, rebuilt when the library
 * changes (the page says so on the `LIBRARY_CHANNEL` broadcast channel). Building is
 * per change, over the reader's articles only: a library of thousands indexes in well under
 * a second, and the bundled index is never touched.
 */

import type { StoryId } from '../../core/types';
import type { ArticleRecord } from '../../schema/corpus';
import { createEngine, type Engine } from '../engine/engine';
import { memorySource } from '../engine/index-source';
import { buildWordIndex } from '../engine/word-index';
import { articleIndexDoc } from '../index-doc';
import { phraseText } from '../phrase-text';

export interface MyIndex {
  readonly engine: Engine;
  readonly articles: readonly ArticleRecord[];
  readonly storyOf: readonly StoryId[];
  readonly storyTitles: ReadonlyMap<string, string>;
}

export async function openMyIndex(): Promise<MyIndex | null> {
  const { libraryDb } = await import('../../library/db');
  const db = libraryDb();
  const [stories, all] = await Promise.all([db.cards.toArray(), db.articles.toArray()]);
  if (!all.length) return null;
  const byId = new Map(all.map((a) => [a.id, a]));
  const articles: ArticleRecord[] = [];
  const storyOf: StoryId[] = [];
  for (const s of stories)
    for (const id of s.articleIds) {
      const a = byId.get(id);
      if (!a) continue;
      articles.push(a);
      storyOf.push(s.id);
    }
  const index = buildWordIndex(articles.map((a, i) => articleIndexDoc(a, storyOf[i]!)));
  const texts = articles.map((a) => phraseText(a));
  return {
    engine: createEngine(memorySource(index), (n) => texts[n]),
    articles,
    storyOf,
    storyTitles: new Map(stories.map((s) => [s.id, s.title])),
  };
}
