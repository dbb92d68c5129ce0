/**
 * The reader's own articles for the views, through TanStack Query over IndexedDB: the
 * stories for the library, one story with its articles for the reader. An import invalidates
 * them (`MY_LIBRARY` key). Dexie is imported when first asked for, after the first screen.
 */

const db = async () => (await import('./db')).libraryDb();

import { useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleRecord, StoryRecord } from '../schema/corpus';
import { announceLibraryChange } from './channel';
import type { StoryCardRecord } from './db';

export const MY_LIBRARY = ['mine'] as const;
/** Story ids of the reader's own stories (their articles are keyed `mine-<hash>`). */
export const isMine = (storyId: string): boolean => storyId.startsWith('story-mine-');

/** The reader's stories as the library lists them (without their links), newest first. */
export function useMyStories(): StoryCardRecord[] {
  return useSuspenseQuery({
    queryKey: [...MY_LIBRARY, 'stories'],
    queryFn: async () => {
      const stories = await (await db()).cards.toArray();
      return stories.sort(
        (a, b) => (b.lastPublished ?? '').localeCompare(a.lastPublished ?? '') || a.id.localeCompare(b.id),
      );
    },
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}

export function useMyStory(storyId: string): { story: StoryRecord; articles: ArticleRecord[] } | null {
  return useSuspenseQuery({
    queryKey: [...MY_LIBRARY, 'story', storyId],
    queryFn: async () => {
      const d = await db();
      const story = await d.stories.get(storyId);
      if (!story) return null;
      const articles = (await d.articles.bulkGet([...story.articleIds])).filter(
        (a): a is ArticleRecord => !!a,
      );
      return { story, articles };
    },
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}

/** Removes stories of the reader's (or all of them) and returns what to put back for undo. */
export async function removeMine(ids: readonly string[] | 'all') {
  const m = await import('./db');
  const removed = await m.removeStories(m.libraryDb(), ids);
  announceLibraryChange();
  return removed;
}

export async function restoreMine(removed: Awaited<ReturnType<typeof removeMine>>): Promise<void> {
  const m = await import('./db');
  await m.restore(m.libraryDb(), removed);
  announceLibraryChange();
}

/** The library as one JSON file (export-library.ts). */
export async function exportMine(): Promise<string> {
  const m = await import('./db');
  const { libraryFile } = await import('./export-library');
  const db = m.libraryDb();
  const { readSettings } = await import('./settings');
  return libraryFile(
    await db.sources.toArray(),
    new Date().toISOString(),
    await db.pins.toArray(),
    readSettings(),
  );
}

/** Titles and outlets of the reader's articles, for the regroup controls. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly byline: string | null;
}

export async function articlesOf(ids: readonly string[]): Promise<ArticleSummary[]> {
  const m = await import('./db');
  const found = await m.libraryDb().articles.bulkGet([...ids]);
  return found.flatMap((a) =>
    a ? [{ id: a.id, title: a.title, outlet: a.outlet, published: a.published, byline: a.byline }] : [],
  );
}
