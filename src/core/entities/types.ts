import type { Span } from '../types';

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** One mention of a named entity in a text; `name` is the canonical name shared by its aliases. */
export interface EntityMention extends Span {
  readonly type: EntityType;
  readonly name: string;
}
