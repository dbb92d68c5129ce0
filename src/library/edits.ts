/**
 * Changing one of the reader's articles after adding it: its title, outlet, date or byline
 * (the article is analysed again with them, and its story rebuilt), or removing it (the
 * story it leaves is rebuilt; undo puts it back). Each change is saved in one transaction.
 */
import type { KnownMetadata } from '../core/extract/types';
import type { ArticleRecord } from '../schema/corpus';
import { announceLibraryChange } from './channel';
import { libraryDb, type Pin, type StoredSource, saveImport } from './db';
import { analyseInWorker } from './import-articles';

export interface RemovedArticle {
  readonly source: StoredSource;
  readonly article: ArticleRecord;
  readonly pin: Pin | undefined;
}

async function regroup(added: readonly StoredSource[] = []): Promise<void> {
  const errors: string[] = [];
  const db = libraryDb();
  const result = await analyseInWorker(added, () => {}, errors);
  if (errors.length) throw new Error(errors.join(' '));
  await saveImport(db, result.added, result.stories);
  announceLibraryChange();
}

/** New metadata for an article: empty fields fall back to what its text says. */
export async function editArticle(id: string, known: KnownMetadata): Promise<void> {
  const source = await libraryDb().sources.get(id);
  if (!source) throw new Error('the article is no longer in your library');
  await regroup([{ ...source, known }]);
}

export async function removeArticle(id: string): Promise<RemovedArticle> {
  const db = libraryDb();
  const removed = await db.transaction('rw', db.sources, db.articles, db.pins, async () => {
    const [source, article, pin] = await Promise.all([
      db.sources.get(id),
      db.articles.get(id),
      db.pins.get(id),
    ]);
    if (!source || !article) throw new Error('the article is no longer in your library');
    await Promise.all([db.sources.delete(id), db.articles.delete(id), db.pins.delete(id)]);
    return { source, article, pin };
  });
  await regroup();
  return removed;
}

export async function restoreArticle(r: RemovedArticle): Promise<void> {
  const db = libraryDb();
  await db.transaction('rw', db.sources, db.articles, db.pins, async () => {
    await db.sources.put(r.source);
    await db.articles.put(r.article);
    if (r.pin) await db.pins.put(r.pin);
  });
  await regroup();
}
