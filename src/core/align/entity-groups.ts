/**
 * Entity groups across the articles of a story. Mentions are grouped by canonical name
 * (accent- and case-folded); a one-word person name that is the surname of a longer person
 * name in the story joins it ("Lukashenko" → "Alexander Lukashenko"); a demonym such as
 * "Russian" links to its country when `demonymOf` knows it. Limits: two people who share a
 * surname in one story are merged into the first full name.
 */
import type { EntityMention, EntityType } from '../entities/types';
import { fold as foldText } from '../text/fold';
import type { CompareArticle, EntityGroup } from './types';

export type DemonymLookup = (word: string) => string | null;

interface Acc {
  name: string;
  type: EntityType;
  mentions: EntityGroup['mentions'][number][];
}

const key = (name: string) => foldText(name).replace(/\s+/g, ' ').trim();

export function groupEntities(articles: readonly CompareArticle[], demonymOf: DemonymLookup): EntityGroup[] {
  const groups = new Map<string, Acc>();
  const fullNames = new Map<string, { key: string; name: string }>(); // surname key → full name
  for (const a of articles)
    for (const e of a.entities)
      if (e.type === 'PER' && /\s/.test(e.name.trim())) {
        const surname = key(e.name.trim().split(/\s+/).at(-1)!);
        if (!fullNames.has(surname)) fullNames.set(surname, { key: key(e.name), name: e.name.trim() });
      }

  const add = (
    k: string,
    e: EntityMention,
    type: EntityType,
    name: string,
    article: string,
    via: 'name' | 'alias' | 'demonym',
  ) => {
    let g = groups.get(k);
    if (!g) {
      g = { name, type, mentions: [] };
      groups.set(k, g);
    }
    if (via === 'name' && name.length > g.name.length && type === g.type) g.name = name;
    g.mentions.push({ article, start: e.start, end: e.end, via });
  };

  for (const a of articles)
    for (const e of a.entities) {
      const k = key(e.name);
      if (e.type === 'MISC') {
        const country = demonymOf(e.name);
        if (country) {
          add(key(country), e, 'LOC', country, a.id, 'demonym');
          continue;
        }
      }
      const full = e.type === 'PER' && !/\s/.test(e.name.trim()) ? fullNames.get(k) : undefined;
      if (full) add(full.key, e, 'PER', full.name, a.id, 'alias');
      else add(k, e, e.type, e.name, a.id, 'name');
    }

  return [...groups.values()]
    .filter((g) => g.mentions.some((m) => m.via !== 'demonym'))
    .map((g) => ({
      name: g.name,
      type: g.type,
      reason: reasonOf(g),
      articles: [...new Set(g.mentions.map((m) => m.article))],
      mentions: g.mentions,
    }))
    .sort((x, y) => y.articles.length - x.articles.length || y.mentions.length - x.mentions.length);
}

function reasonOf(g: Acc): string {
  const n = new Set(g.mentions.map((m) => m.article)).size;
  const aliases = g.mentions.filter((m) => m.via === 'alias').length;
  const demonyms = g.mentions.filter((m) => m.via === 'demonym').length;
  return [
    `named in ${n} article${n === 1 ? '' : 's'}`,
    aliases ? `${aliases} mention${aliases === 1 ? '' : 's'} by surname` : '',
    demonyms ? `${demonyms} by demonym` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
