/**
 * Ids of a story's links (quote groups, passages, entity groups, claim groups) for the URL (`g=`), derived
 * from what they hold, not from their position: a shared link finds the same quote after the
 * corpus is rebuilt with more articles or other links, or finds nothing and says so.
 *   q-<hash>  a quote group: its fullest variant's words, folded
 *   p-<hash>  a passage: its kind and its first member's words, folded
 *   e-<hash>  an entity group: its entity id (or name)
 *   c-<hash>  a claim group: its kind, what it is about and its first member's words
 * The hash is 32-bit FNV-1a in base 36; two links that hash alike in one story get -2, -3
 * (the shape routes.ts's LINK_ID accepts).
 */

import { fold } from '../../core/text/fold';
import type { ArticleId } from '../../core/types';
import type { ArticleRecord, StoryRecord } from '../../schema/corpus';

export interface LinkIds {
  readonly quote: readonly string[];
  readonly passage: readonly string[];
  readonly entity: readonly string[];
  readonly claim: readonly string[];
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The words of a text, folded and joined by single spaces: punctuation and case do not count. */
const wordsOf = (text: string): string =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Member {
  readonly article: ArticleId;
  readonly start: number;
  readonly end: number;
}

export function linkIds(story: StoryRecord, articles: readonly ArticleRecord[]): LinkIds {
  const body = new Map(articles.map((a) => [a.id, a.body]));
  const text = (m: Member) => body.get(m.article)?.slice(m.start, m.end) ?? '';
  const used = new Map<string, number>();
  const unique = (id: string) => {
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  };
  const l = story.links;
  const fullest = (members: readonly Member[]) =>
    members.map(text).reduce((best, t) => (t.length > best.length ? t : best), '');
  const first = (members: readonly Member[]) =>
    [...members].sort((x, y) =>
      x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start,
    )[0];
  return {
    quote: (l?.quoteGroups ?? []).map((g) => unique(`q-${fnv1a(wordsOf(fullest(g.members)))}`)),
    passage: (l?.passages ?? []).map((p) => {
      const m = first(p.members);
      return unique(`p-${fnv1a(`${p.kind} ${m ? wordsOf(text(m)) : ''}`)}`);
    }),
    entity: (l?.entityGroups ?? []).map((g) => unique(`e-${fnv1a(g.id ?? fold(g.name))}`)),
    claim: (l?.claims ?? []).map((c) => {
      const m = first(c.members);
      return unique(`c-${fnv1a(`${c.kind} ${fold(c.what)} ${m ? wordsOf(text(m)) : ''}`)}`);
    }),
  };
}
