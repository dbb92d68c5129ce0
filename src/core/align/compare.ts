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
  const quotes = groupQuotes(articles, started + budget.timeoutMs);
  const entityGroups = groupEntities(articles, demonymOf);
  const { passages, incomplete } = quotes.incomplete
    ? { passages: [], incomplete: 'passages: not compared, the time budget was spent on quotes' }
    : findPassages(articles, budget, started);
  const notes = [quotes.incomplete, incomplete].filter(Boolean);
  return {
    quoteGroups: quotes.groups,
    entityGroups,
    passages,
    incomplete: notes.length ? notes.join('; ') : null,
  };
}
