/**
 * Entity groups across the articles of a story, by entity id (names/people.ts): mentions of
 * one canonical name (accent- and case-folded) share an id; a one-word person name that is the
 * surname of a longer person name of the story joins the most named of them ("Lukashenko" →
 * "Alexander Lukashenko"); a demonym such as "Russian" links to its country when `demonymOf`
 * knows it. Limits: two people who share a surname in one story: the lone surname goes to one.
 */
import type { EntityType, Mention } from '../entities/types';
import { entityId, storyPeople } from '../names/people';
import type { ArticleId, EntityId } from '../types';
import type { CompareArticle, EntityGroup } from './types';

export type DemonymLookup = (word: string) => string | null;

interface Acc {
  id: EntityId;
  name: string;
  type: EntityType;
  ids: Set<EntityId>;
  mentions: EntityGroup['mentions'][number][];
}

export function groupEntities(articles: readonly CompareArticle[], demonymOf: DemonymLookup): EntityGroup[] {
  const story = storyPeople(articles.flatMap((a) => a.entities));
  const groups = new Map<EntityId, Acc>();
  const add = (
    id: EntityId,
    e: Mention,
    type: EntityType,
    name: string,
    article: ArticleId,
    via: 'name' | 'alias' | 'demonym',
  ) => {
    let g = groups.get(id);
    if (!g) {
      g = { id, name, type, ids: new Set(), mentions: [] };
      groups.set(id, g);
    }
    if (via !== 'demonym') g.ids.add(entityId(e.name));
    if (via === 'name' && name.length > g.name.length && type === g.type) g.name = name;
    g.mentions.push({ article, start: e.start, end: e.end, via });
  };

  for (const a of articles)
    for (const e of a.entities) {
      if (e.type === 'MISC') {
        const country = demonymOf(e.name);
        if (country) {
          add(entityId(country), e, 'LOC', country, a.id, 'demonym');
          continue;
        }
      }
      const own = entityId(e.name);
      const id = story.idOf(e.type, e.name);
      if (id !== own) add(id, e, 'PER', story.nameOf(id), a.id, 'alias');
      else add(id, e, e.type, e.name, a.id, 'name');
    }

  return [...groups.values()]
    .filter((g) => g.mentions.some((m) => m.via !== 'demonym'))
    .map((g) => ({
      id: g.id,
      ids: [...g.ids],
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
