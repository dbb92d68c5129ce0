/**
 * `parallax compare --jsonl`: one story per line, `{id, articles: [{id, text, …}]}` →
 * quote groups, entity groups and passages. Quotes and entities are found here with the
 * same core the app uses, then aligned across the articles.
 */

import { compareArticles } from '../../src/core/align/index';
import { demonymOf, findEntities } from '../../src/core/entities/index';
import { findQuotes } from '../../src/core/quotes/index';
import { articleId } from '../../src/core/types';
import { streamJsonl } from '../jsonl';
import { bundledNerModel } from '../ner-model';

export function articlesOf(rec: Record<string, unknown>) {
  if (!Array.isArray(rec.articles)) throw new Error('the line needs an "articles" array');
  const seen = new Set<string>();
  return rec.articles.map((a: unknown, i: number) => {
    const art = (a ?? {}) as Record<string, unknown>;
    if (typeof art.text !== 'string') throw new Error(`articles[${i}] needs a "text" string`);
    const id = typeof art.id === 'string' || typeof art.id === 'number' ? String(art.id) : `${i}`;
    if (seen.has(id)) throw new Error(`articles[${i}] repeats the id "${id}"`);
    seen.add(id);
    const entities = findEntities(art.text, bundledNerModel());
    const outlet = typeof art.outlet === 'string' && art.outlet.trim() ? art.outlet.trim() : null;
    return { id: articleId(id), text: art.text, quotes: findQuotes(art.text, entities), entities, outlet };
  });
}

export async function runCompare(): Promise<number> {
  const { ok, failed } = await streamJsonl((rec) => {
    const c = compareArticles(articlesOf(rec), demonymOf);
    return { ...c };
  });
  process.stderr.write(`compare: ${ok} stories, ${failed} errors\n`);
  return 0;
}
