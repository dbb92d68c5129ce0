/**
 * The story overview: who carries what, computed from the story's links for all its articles
 * (shown as panes or not). Articles are columns in order of publication; rows are the shared
 * quotes (with speaker) and the most widely shared names; a timeline gives each article's date
 * and length, and the pair matrix how much of each article another one also has. Pure.
 */

import type { EntityType } from '../../core/entities/types';
import type { ArticleId } from '../../core/types';
import type { ArticleRecord, StoryRecord } from '../../schema/corpus';
import type { LinkIds } from './link-ids';
import { shareMatrix } from './story-model';

/** How a column carries a quote: in the first variant's words, or worded differently. */
export type QuoteCell = 'same' | 'reworded' | null;

export interface Overview {
  readonly articles: readonly ArticleRecord[];
  readonly quotes: readonly {
    link: string;
    speaker: string | null;
    text: string;
    cells: readonly QuoteCell[];
  }[];
  readonly names: readonly { link: string; name: string; type: EntityType; cells: readonly number[] }[];
  readonly timeline: readonly { article: ArticleId; time: number | null; words: number }[];
  /** [i][j]: share of article i's text that article j also has. */
  readonly pairs: readonly (readonly number[])[];
}

/** Names shown in the overview: the most widely shared first. */
const MAX_NAMES = 8;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const timeOf = (a: ArticleRecord) => {
  const t = a.published ? Date.parse(a.published) : Number.NaN;
  return Number.isFinite(t) ? t : null;
};

export function storyOverview(story: StoryRecord, all: readonly ArticleRecord[], ids: LinkIds): Overview {
  const articles = [...all].sort(
    (x, y) =>
      (timeOf(x) ?? Number.POSITIVE_INFINITY) - (timeOf(y) ?? Number.POSITIVE_INFINITY) ||
      (x.id < y.id ? -1 : 1),
  );
  const col = new Map(articles.map((a, i) => [a.id, i]));
  const body = new Map(articles.map((a) => [a.id, a.body]));
  const links = story.links;
  const quotes = (links?.quoteGroups ?? []).flatMap((g, gi) => {
    const cells: QuoteCell[] = articles.map(() => null);
    g.members.forEach((m, mi) => {
      const i = col.get(m.article);
      if (i === undefined) return;
      const reworded = mi > 0 && (g.diffs[mi - 1] ?? []).some((op) => op.op !== 'same');
      // An article quoting it twice counts as the same if either rendering is.
      cells[i] = cells[i] === 'same' || !reworded ? 'same' : 'reworded';
    });
    if (cells.filter(Boolean).length < 2) return [];
    const fullest = g.members
      .map((m) => body.get(m.article)?.slice(m.start, m.end) ?? '')
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    return [{ link: ids.quote[gi]!, speaker: g.speaker, text: fullest, cells }];
  });
  const names = (links?.entityGroups ?? [])
    .map((g, gi) => {
      const cells = articles.map(() => 0);
      for (const m of g.mentions) {
        const i = col.get(m.article);
        if (i !== undefined) cells[i]!++;
      }
      return { link: ids.entity[gi]!, name: g.name, type: g.type, cells };
    })
    .filter((r) => r.cells.filter((c) => c > 0).length >= 2)
    .sort(
      (x, y) =>
        y.cells.filter((c) => c > 0).length - x.cells.filter((c) => c > 0).length ||
        y.cells.reduce((a, b) => a + b, 0) - x.cells.reduce((a, b) => a + b, 0) ||
        (x.name < y.name ? -1 : 1),
    )
    .slice(0, MAX_NAMES);
  return {
    articles,
    quotes,
    names,
    timeline: articles.map((a) => ({ article: a.id, time: timeOf(a), words: words(a.body) })),
    pairs: shareMatrix(story, articles),
  };
}

/** The article to open beside `article` for a row: the first other column holding it. */
export function partnerFor(
  cells: readonly unknown[],
  column: number,
  prefer: readonly number[] = [],
): number | null {
  const holds = (i: number) => i !== column && !!cells[i];
  const first = cells.findIndex((_, i) => holds(i));
  return prefer.find(holds) ?? (first < 0 ? null : first);
}
