/**
 * The reader's corrections to the grouping of their own articles: move an article to another
 * story, split it into a story of its own, merge two stories. Each becomes pins (db.ts): the
 * articles of the story concerned are pinned to one key, so later grouping (new imports)
 * keeps them together and keeps others out; then the stories are rebuilt by the worker
 * (only the ones that change are compared again) and saved with the pins in one transaction.
 */
import { announceLibraryChange } from './channel';
import { libraryDb, type Pin, saveImport } from './db';
import { analyseInWorker } from './import-articles';

export type Correction =
  | { readonly kind: 'move'; readonly article: string; readonly to: string }
  | { readonly kind: 'split'; readonly article: string }
  | { readonly kind: 'merge'; readonly story: string; readonly with: string };

/** The pins after a correction, from the stories and pins as they are (pure). */
export function pinsAfter(
  c: Correction,
  stories: readonly { id: string; articleIds: readonly string[] }[],
  pins: readonly Pin[],
): Pin[] {
  const key = new Map(pins.map((p) => [p.article, p.key]));
  const storyOf = (id: string) => stories.find((s) => s.id === id)?.articleIds ?? [];
  /** Pins every article of a story to one key (its pinned key if it has one). */
  const hold = (storyId: string): string => {
    const ids = storyOf(storyId);
    const k = ids.map((a) => key.get(a)).find((x) => x !== undefined) ?? `story:${storyId}`;
    for (const a of ids) key.set(a, k);
    return k;
  };
  if (c.kind === 'move') key.set(c.article, hold(c.to));
  else if (c.kind === 'split') key.set(c.article, `split:${c.article}`);
  else {
    const k = hold(c.story);
    for (const a of storyOf(c.with)) key.set(a, k);
  }
  return [...key].map(([article, k]) => ({ article, key: k }));
}

export async function correct(c: Correction): Promise<void> {
  const db = libraryDb();
  const pins = pinsAfter(c, await db.stories.toArray(), await db.pins.toArray());
  const errors: string[] = [];
  const result = await analyseInWorker([], () => {}, errors, pins);
  if (errors.length) throw new Error(errors.join(' '));
  await saveImport(db, [], result.stories, pins);
  announceLibraryChange();
}
