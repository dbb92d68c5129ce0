/** What the word index reads of an article: its fields as text (src/search/engine/fields.ts). */
import type { StoryId } from '../core/types';
import type { ArticleRecord } from '../schema/corpus';
import type { IndexDoc } from './engine/fields';

export function articleIndexDoc(a: ArticleRecord, story: StoryId): IndexDoc {
  const quotes = a.analysis?.quotes ?? [];
  const entities = a.analysis?.entities ?? [];
  const outlet = a.outlet ?? '';
  return {
    id: a.id,
    story,
    published: a.published,
    outlet,
    fields: {
      title: a.title,
      speaker: [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))].join(' · '),
      entity: [...new Set(entities.map((e) => e.name))].join(' · '),
      quote: quotes.map((q) => a.body.slice(q.start, q.end)).join(' · '),
      outlet,
      body: a.body,
    },
  };
}
