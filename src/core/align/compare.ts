/**
 * Comparing the articles of one story: quote groups, entity groups and passages, with a
 * budget. See the files of each step for their method and limits.
 */
import { type DemonymLookup, groupEntities } from './entity-groups';
import { findPassages } from './passages';
import { groupQuotes } from './quote-groups';
import type { CompareArticle, CompareBudget, Comparison } from './types';

export const DEFAULT_BUDGET: CompareBudget = { timeoutMs: 2_000, maxPairs: 250_000 };

export function compareArticles(
  articles: readonly CompareArticle[],
  demonymOf: DemonymLookup,
  budget: CompareBudget = DEFAULT_BUDGET,
): Comparison {
  const started = Date.now();
  const quoteGroups = groupQuotes(articles);
  const entityGroups = groupEntities(articles, demonymOf);
  const { passages, incomplete } = findPassages(articles, budget, started);
  return { quoteGroups, entityGroups, passages, incomplete };
}
