/**
 * The index head's article table (src/schema/corpus-files.ts ArticleTable): written by column,
 * with the few distinct dates and outlets stored once and a story's title as a reference to the
 * article it came from where it is one of theirs, and read back into an object per article for
 * the engine and the result cards. Columns of strings and numbers parse several times faster
 * than an object per article, and take about a third of the bytes.
 */
import type { StoryId } from '../../core/types';
import type { ArticleTable, IndexedArticle, ResultCard } from '../../schema/corpus-files';
import { terms } from './tokens';
import { decodeNumbers, encode } from './word-index';

/** One article as the table is written from: what the index and a result card know of it. */
export interface TableRow {
  readonly id: string;
  readonly story: StoryId;
  readonly storyTitle: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly published: string | null;
}

/** Rows in index order: a story's articles next to each other. */
export function writeArticleTable(rows: readonly TableRow[]): ArticleTable {
  const dictionary = (values: readonly (string | null)[]) => {
    const list = [...new Set(values.filter((v): v is string => v !== null))].sort();
    const at = new Map(list.map((v, i) => [v, i + 1]));
    return { list, of: encode(values.map((v) => (v === null ? 0 : at.get(v)!))) };
  };
  const stories: string[] = [];
  const sizes: number[] = [];
  const storyTitles: (string | number)[] = [];
  for (let i = 0; i < rows.length; ) {
    const story = rows[i]!.story;
    let end = i;
    while (end < rows.length && rows[end]!.story === story) end++;
    const title = rows[i]!.storyTitle;
    const own = rows.slice(i, end).findIndex((r) => r.title === title);
    stories.push(story);
    sizes.push(end - i);
    storyTitles.push(own >= 0 ? own : title);
    i = end;
  }
  const dates = dictionary(rows.map((r) => r.published));
  const outlets = dictionary(rows.map((r) => r.outlet));
  return {
    ids: rows.map((r) => r.id),
    titles: rows.map((r) => r.title),
    stories,
    storySizes: encode(sizes),
    storyTitles,
    dates: dates.list,
    dateOf: dates.of,
    outlets: outlets.list,
    outletOf: outlets.of,
  };
}

export interface ReadTable {
  readonly docs: readonly IndexedArticle[];
  readonly cards: readonly ResultCard[];
  readonly storyTitles: ReadonlyMap<string, string>;
}

export function readArticleTable(t: ArticleTable): ReadTable {
  const dateOf = decodeNumbers(t.dateOf);
  const outletOf = decodeNumbers(t.outletOf);
  const sizes = decodeNumbers(t.storySizes);
  // The folded outlet (what outlet: filters match) once per distinct outlet.
  const folded = t.outlets.map((o) => terms(o).join(' '));
  const docs: IndexedArticle[] = [];
  const cards: ResultCard[] = [];
  const storyTitles = new Map<string, string>();
  for (let s = 0, n = 0; s < t.stories.length; s++) {
    const story = t.stories[s]! as StoryId;
    const title = t.storyTitles[s]!;
    storyTitles.set(story, typeof title === 'number' ? (t.titles[n + title] ?? '') : title);
    for (let k = 0; k < sizes[s]!; k++, n++) {
      const o = outletOf[n]!;
      docs.push({
        id: t.ids[n]! as IndexedArticle['id'],
        story,
        published: dateOf[n] ? t.dates[dateOf[n]! - 1]! : null,
        outlet: o ? folded[o - 1]! : '',
      });
      cards.push({ title: t.titles[n]!, outlet: o ? t.outlets[o - 1]! : null });
    }
  }
  return { docs, cards, storyTitles };
}
