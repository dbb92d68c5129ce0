/**
 * Comparing the articles of one story: quote groups, entity groups and passages, with a
 * budget. See the files of each step for their method and limits.
 */

import { findClaims } from '../claims/find-claims';
import { fold } from '../text/fold';
import type { Span } from '../types';
import { groupClaims, MAX_CLAIMS_PER_ARTICLE, type SameFact } from './claim-groups';
import { type DemonymLookup, groupEntities } from './entity-groups';
import { findPassages, segment } from './passages';
import { groupQuotes } from './quote-groups';
import type { CompareArticle, CompareBudget, Comparison, Member, Passage } from './types';

/** About 1.5 s for quotes and for passages on one core of a 2-core laptop, at worst. */
export const DEFAULT_BUDGET: CompareBudget = { maxQuoteSteps: 75_000_000, maxPairs: 250_000 };

export function compareArticles(
  articles: readonly CompareArticle[],
  demonymOf: DemonymLookup,
  budget: CompareBudget = DEFAULT_BUDGET,
): Comparison {
  const quotes = groupQuotes(articles, budget.maxQuoteSteps);
  const entityGroups = groupEntities(articles, demonymOf);
  const segmented = articles.map((a) => segment(a.text));
  const { passages, incomplete } = quotes.incomplete
    ? { passages: [], incomplete: 'passages: not compared, the budget was spent on quotes' }
    : findPassages(articles, budget, segmented);

  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const anchored = <T extends { members: readonly Member[] }>(x: T): T => ({
    ...x,
    members: x.members.map((m) => ({ ...m, anchor: anchorOf(texts.get(m.article) ?? '', m) })),
  });
  // A quote group's speaker is named as its entity group is: one id for the person everywhere.
  // An article-level id may sit in a person's group and in a group of another type ("Trump" the
  // person and "Trump" an organisation's name): a speaker is a person first, then a body.
  const rank = (t: string) => (t === 'PER' ? 0 : t === 'ORG' ? 1 : 2);
  const byArticleId = new Map<string, (typeof entityGroups)[number]>();
  for (const g of [...entityGroups].sort((a, b) => rank(b.type) - rank(a.type)))
    for (const id of g.ids) byArticleId.set(id, g);
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const spoken = quotes.groups.map((q) => {
    const g = q.speakerEntity ? byArticleId.get(q.speakerEntity) : undefined;
    const group = g ? { ...q, speaker: g.name, speakerEntity: g.id } : q;
    // Members that name someone else say so: the group lists every speaker its members give.
    const names = new Map<string, string>();
    for (const m of q.members) {
      const quote = byArticle.get(m.article)?.quotes.find((x) => x.start === m.start && x.end === m.end);
      // only speakers resolved to an entity disagree: a nominal is one outlet's wording
      if (!quote?.speaker || !quote.speakerEntity) continue;
      const entity = quote.speakerEntity ? byArticleId.get(quote.speakerEntity) : undefined;
      const name = entity?.name ?? quote.speaker;
      names.set(entity?.id ?? fold(name), name);
    }
    const all = [...new Set(names.values())];
    if (all.length < 2) return group;
    const first = group.speaker ?? all[0]!;
    return { ...group, speakers: [first, ...all.filter((n) => n !== first)] };
  });
  const { groups: claims, incomplete: claimsIncomplete } = groupClaims(
    articles.map((a, i) => {
      const sentences = segmented[i]!;
      // one figure past what grouping reads, so it can say the article was cut
      const claims = findClaims(
        a.text,
        sentences.map((s) => s.span),
        MAX_CLAIMS_PER_ARTICLE + 1,
      );
      return { id: a.id, text: a.text, sentences, claims, outlet: a.outlet };
    }),
    sameFactOf(passages),
  );
  const notes = [quotes.incomplete, incomplete, claimsIncomplete].filter(Boolean);
  return {
    quoteGroups: spoken.map(anchored),
    entityGroups,
    passages: passages.map(anchored),
    claims: claims.map(anchored),
    incomplete: notes.length ? notes.join('; ') : null,
  };
}

/** Sentences that a shared passage links: the same fact in two articles. */
function sameFactOf(passages: readonly Passage[]): SameFact {
  const of = new Map<string, number[]>();
  passages.forEach((p, i) => {
    if (p.kind === 'unique') return;
    for (const m of p.members) {
      const k = `${m.article}:${m.start}`;
      of.set(k, [...(of.get(k) ?? []), i]);
    }
  });
  return (a, as, b, bs) => {
    const x = of.get(`${a}:${as.start}`);
    const y = of.get(`${b}:${bs.start}`);
    return !!x && !!y && x.some((i) => y.includes(i));
  };
}

const CONTEXT = 32;

export function anchorOf(text: string, s: Span): NonNullable<Member['anchor']> {
  return {
    exact: text.slice(s.start, s.end),
    prefix: text.slice(Math.max(0, s.start - CONTEXT), s.start),
    suffix: text.slice(s.end, s.end + CONTEXT),
  };
}
