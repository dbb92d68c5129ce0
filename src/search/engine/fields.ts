/**
 * The fields the word index knows, with their ranking boosts. Order matters: a posting stores
 * per-field term counts in this order.
 */
import type { ArticleId, StoryId } from '../../core/types';

export const FIELDS = ['title', 'speaker', 'entity', 'quote', 'outlet', 'body'] as const;
export type Field = (typeof FIELDS)[number];

export const BOOST: Readonly<Record<Field, number>> = {
  title: 3,
  speaker: 2.2,
  entity: 2,
  quote: 1.4,
  outlet: 1.5,
  body: 1,
};

/** What the index is built from: an article's fields as text (folded later). */
export interface IndexDoc {
  readonly id: ArticleId;
  readonly story: StoryId;
  readonly published: string | null;
  readonly outlet: string;
  readonly fields: Readonly<Record<Field, string>>;
}
