/**
 * The reader's own articles in IndexedDB, through Dexie (a well-kept wrapper with versioned
 * schemas and real transactions, rather than hand-written IDB requests).
 *
 * Schema version 1:
 *   sources   what the reader gave, as given (text, or the article read from an HTML page),
 *             with its metadata; keyed by a hash of the text, so adding it twice adds nothing
 *   articles  the analysed article (the corpus format's ArticleRecord), same key
 *   stories   the stories of the reader's articles (StoryRecord, links included), rebuilt
 *             for every change
 * Version 2 adds:
 *   pins      the reader's grouping corrections: an article and the key of the story it was
 *             put in (articles with one key are one story; see corpus/build/assemble-corpus.ts)
 * Version 3 adds:
 *   cards     each story without its links (what the library lists), so that opening a
 *             library of thousands of stories does not read every story's links; filled from
 *             the stories when a version-2 library is opened
 * Every change writes what it touches in one transaction: a failure (quota, a closed tab)
 * leaves the library as it was. A new version is one more `this.version(n)` line below, with
 * an `.upgrade()` when existing rows must change; Dexie runs them in order on open.
 */
import Dexie, { type Table } from 'dexie';
import type { ExtractedArticle, KnownMetadata } from '../core/extract/types';
import type { ArticleRecord, StoryRecord } from '../schema/corpus';

export const DB_NAME = 'parallax-library';

export interface StoredSource {
  readonly id: string;
  /** File name, or "Pasted text". */
  readonly name: string;
  readonly addedAt: string;
  readonly text?: string;
  /** An HTML page, already read into an article on the main thread (the worker has no DOM). */
  readonly extracted?: ExtractedArticle;
  readonly known: KnownMetadata;
}

/** A grouping correction: `article` belongs to the story of everything pinned to `key`. */
export interface Pin {
  readonly article: string;
  readonly key: string;
}

/** A story as the library lists it: everything but its links. */
export type StoryCardRecord = Omit<StoryRecord, 'links'>;
export const cardOf = ({ links: _links, ...card }: StoryRecord): StoryCardRecord => card;

export class LibraryDb extends Dexie {
  sources!: Table<StoredSource, string>;
  articles!: Table<ArticleRecord, string>;
  stories!: Table<StoryRecord, string>;
  pins!: Table<Pin, string>;
  cards!: Table<StoryCardRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ sources: '&id, addedAt', articles: '&id', stories: '&id' });
    this.version(2).stores({ pins: '&article' });
    this.version(3)
      .stores({ cards: '&id' })
      .upgrade(async (tx) => {
        const stories: StoryRecord[] = await tx.table('stories').toArray();
        await tx.table('cards').bulkPut(stories.map(cardOf));
      });
  }
}

let shared: LibraryDb | null = null;
/** The app's one database connection. */
export const libraryDb = (): LibraryDb => {
  shared ??= new LibraryDb();
  return shared;
};

/**
 * Adds analysed articles and replaces the stories, in one transaction. An error (the disk is
 * full, the quota is used up) rejects with a message a reader can act on, and nothing is kept.
 */
export async function saveImport(
  db: LibraryDb,
  added: readonly { source: StoredSource; article: ArticleRecord }[],
  stories: readonly StoryRecord[],
  /** The grouping corrections after this change, when it changes them. */
  pins?: readonly Pin[],
): Promise<void> {
  try {
    await db.transaction('rw', db.sources, db.articles, db.stories, db.pins, db.cards, async () => {
      if (pins) {
        await db.pins.clear();
        await db.pins.bulkPut([...pins]);
      }
      await db.sources.bulkPut(added.map((a) => a.source));
      await db.articles.bulkPut(added.map((a) => a.article));
      await db.stories.clear();
      await db.stories.bulkPut([...stories]);
      await db.cards.clear();
      await db.cards.bulkPut(stories.map(cardOf));
    });
  } catch (e) {
    const name = (e as { name?: string; inner?: { name?: string } }).inner?.name ?? (e as Error).name;
    if (name === 'QuotaExceededError')
      throw new Error(
        'The browser has no room left for these articles: nothing was added. Free some space or remove articles, then try again.',
      );
    throw new Error(`The articles could not be saved, so nothing was added (${(e as Error).message}).`);
  }
}

/** What a removal took away, to put back with `restore` (undo). */
export interface Removed {
  readonly pins: readonly Pin[];
  readonly sources: readonly StoredSource[];
  readonly articles: readonly ArticleRecord[];
  readonly stories: readonly StoryRecord[];
}

/**
 * Removes stories with their articles and sources (every story when `ids` is 'all'), in one
 * transaction. The other stories stay as they were grouped.
 */
export async function removeStories(db: LibraryDb, ids: readonly string[] | 'all'): Promise<Removed> {
  return db.transaction('rw', db.sources, db.articles, db.stories, db.pins, db.cards, async () => {
    const stories =
      ids === 'all' ? await db.stories.toArray() : (await db.stories.bulkGet([...ids])).filter((s) => !!s);
    const articleIds = stories.flatMap((s) => [...s.articleIds]);
    const articles = (await db.articles.bulkGet(articleIds)).filter((a): a is ArticleRecord => !!a);
    const sources = (await db.sources.bulkGet(articleIds)).filter((s): s is StoredSource => !!s);
    const pins = (await db.pins.bulkGet(articleIds)).filter((p): p is Pin => !!p);
    await db.pins.bulkDelete(articleIds);
    await db.stories.bulkDelete(stories.map((s) => s.id));
    await db.cards.bulkDelete(stories.map((s) => s.id));
    await db.articles.bulkDelete(articleIds);
    await db.sources.bulkDelete(articleIds);
    return { pins, sources, articles, stories: stories as StoryRecord[] };
  });
}

/** Puts back what a removal took (undo), in one transaction. */
export async function restore(db: LibraryDb, r: Removed): Promise<void> {
  await db.transaction('rw', db.sources, db.articles, db.stories, db.pins, db.cards, async () => {
    await db.pins.bulkPut([...r.pins]);
    await db.cards.bulkPut(r.stories.map(cardOf));
    await db.sources.bulkPut([...r.sources]);
    await db.articles.bulkPut([...r.articles]);
    await db.stories.bulkPut([...r.stories]);
  });
}
