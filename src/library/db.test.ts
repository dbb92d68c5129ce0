import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { de, kyiv, seedStory } from '../testing/seed-story';
import { LibraryDb, removeStories, restore, type StoredSource, saveImport } from './db';

const source = (id: string, text: string): StoredSource => ({
  id,
  name: `${id}.txt`,
  addedAt: '2026-12-01T12:00:00Z',
  text,
  known: {},
});
let n = 0;
const fresh = () => new LibraryDb(`test-${n++}`);
const dbs: LibraryDb[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

describe('library storage', () => {
  it('keeps sources, articles and stories together, and adding the same article twice keeps one', async () => {
    const db = fresh();
    dbs.push(db);
    await saveImport(db, [{ source: source('de', de.body), article: de }], []);
    await saveImport(
      db,
      [
        { source: source('de', de.body), article: de },
        { source: source('kyiv', kyiv.body), article: kyiv },
      ],
      [seedStory],
    );
    expect(await db.sources.count()).toBe(2);
    expect(await db.articles.count()).toBe(2);
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual([seedStory.id]);
    expect((await db.cards.toArray()).map((s) => s.id)).toEqual([seedStory.id]);
  });

  it('keeps nothing of a write that fails half way', async () => {
    const db = fresh();
    dbs.push(db);
    await saveImport(db, [{ source: source('de', de.body), article: de }], []);
    // A story that IndexedDB cannot store (a function is not cloneable) fails the transaction.
    const broken = { ...seedStory, links: (() => 1) as never };
    await expect(
      saveImport(db, [{ source: source('kyiv', kyiv.body), article: kyiv }], [broken]),
    ).rejects.toThrow(/nothing was added/);
    expect(await db.sources.count()).toBe(1);
    expect(await db.articles.count()).toBe(1);
  });

  it('removes a story with its articles, and undo puts everything back', async () => {
    const db = fresh();
    dbs.push(db);
    await saveImport(
      db,
      [
        { source: source('de', de.body), article: de },
        { source: source('kyiv', kyiv.body), article: kyiv },
      ],
      [seedStory],
    );
    const removed = await removeStories(db, [seedStory.id]);
    expect(removed.articles.map((a) => a.id).sort()).toEqual(['de', 'kyiv']);
    expect([await db.sources.count(), await db.articles.count(), await db.stories.count()]).toEqual([
      0, 0, 0,
    ]);
    await restore(db, removed);
    expect([await db.sources.count(), await db.articles.count(), await db.stories.count()]).toEqual([
      2, 2, 1,
    ]);
    expect((await removeStories(db, 'all')).stories).toHaveLength(1);
    expect(await db.articles.count()).toBe(0);
  });

  it('opens a library of version 1 as the current version, everything kept, corrections and cards added', async () => {
    const name = `test-migrate-${n++}`;
    // The library as the first version of the app wrote it.
    const { default: Dexie } = await import('dexie');
    const v1 = new Dexie(name);
    v1.version(1).stores({ sources: '&id, addedAt', articles: '&id', stories: '&id' });
    await v1.table('sources').put(source('de', de.body));
    await v1.table('articles').put(de);
    await v1.table('stories').put(seedStory);
    v1.close();

    const db = new LibraryDb(name);
    dbs.push(db);
    expect(await db.articles.get('de')).toEqual(de);
    expect(await db.stories.count()).toBe(1);
    expect(await db.pins.count()).toBe(0);
    // Version 3 lists the stories without their links.
    const [card] = await db.cards.toArray();
    expect(card).toMatchObject({ id: seedStory.id, title: seedStory.title });
    expect('links' in card!).toBe(false);
    expect(db.verno).toBe(3);
  });
});
