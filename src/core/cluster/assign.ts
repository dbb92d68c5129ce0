/**
 * Adding articles to stories that already exist, without grouping everything again: each new
 * article joins the story it is closest to on average (the same average-link rule and
 * threshold as group-stories.ts, within the same date span), or, when none is close enough,
 * the new articles are grouped among themselves. The stories that exist are never split or
 * merged; only the ones an article joins change. The idf is that of all the articles, old
 * and new, so a new article is weighed as a full regrouping would weigh it.
 */
import type { ArticleId } from '../types';
import { groupStories, MAX_SPAN_DAYS, MERGE_THRESHOLD, type StoryInput, storyVectors } from './group-stories';
import { cosine } from './vectors';

export interface ExistingStory {
  readonly articleIds: readonly ArticleId[];
}

/**
 * The member lists after adding: for every existing story its ids (grown by the articles that
 * join it), then the stories the other new articles make among themselves.
 */
export function assignToStories(
  existing: readonly ExistingStory[],
  articles: readonly StoryInput[],
  added: ReadonlySet<string>,
  /** Stories that take no new article (the reader's corrections). */
  closed: ReadonlySet<number> = new Set(),
): ArticleId[][] {
  const { items } = storyVectors(articles);
  const index = new Map(articles.map((a, i) => [a.id, i]));
  // An added article that was in a story already (its details were edited) is placed again.
  const groups = existing.map((s) => s.articleIds.filter((id) => index.has(id) && !added.has(id)));
  const placed = new Set(groups.flat());
  const loose: StoryInput[] = [];
  for (const a of articles) {
    // New, edited, or in no story given: placed now.
    if (placed.has(a.id)) continue;
    const me = items[index.get(a.id)!]!;
    let best = -1;
    let bestAvg = MERGE_THRESHOLD;
    groups.forEach((ids, g) => {
      if (closed.has(g) || !ids.length) return;
      const members = ids.map((id) => items[index.get(id)!]!);
      const days = members.flatMap((m) => (m.day === null ? [] : [m.day]));
      if (me.day !== null && days.length) {
        const span = Math.max(me.day, ...days) - Math.min(me.day, ...days);
        if (span > MAX_SPAN_DAYS) return;
      }
      const avg = members.reduce((n, m) => n + cosine(me.vector, m.vector), 0) / members.length;
      if (avg >= bestAvg) {
        bestAvg = avg;
        best = g;
      }
    });
    if (best >= 0) groups[best] = [...groups[best]!, a.id];
    else loose.push(a);
  }
  return [...groups.filter((g) => g.length), ...groupStories(loose).map((g) => [...g.articleIds])];
}
