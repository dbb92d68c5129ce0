/**
 * The text a "phrase" of a query is checked against: an article's title, outlet, byline, the
 * speakers of its quotes and the names it mentions, then its body, one field a line. Before,
 * only the body was checked, so `"truck plows"` missed an article titled "… as Truck Plows
 * Into Bastille Day Crowd". Built once per article when its shard arrives.
 */
import type { ArticleRecord } from '../schema/corpus';

export function phraseText(a: ArticleRecord): string {
  const speakers = new Set((a.analysis?.quotes ?? []).flatMap((q) => (q.speaker ? [q.speaker] : [])));
  const names = new Set((a.analysis?.entities ?? []).map((e) => e.name));
  return [
    a.title,
    a.outlet ?? '',
    a.byline ?? '',
    [...speakers].join('\n'),
    [...names].join('\n'),
    a.body,
  ].join('\n');
}
