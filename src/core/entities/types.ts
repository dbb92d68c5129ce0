import type { EntityId, Span } from '../types';

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** One mention of a named entity in a text; `name` is the canonical name shared by its aliases. */
export interface EntityMention extends Span {
  readonly type: EntityType;
  readonly name: string;
  /** The entity's id, from its canonical name (names/people.ts `entityId`). */
  readonly id: EntityId;
}

/** A mention before its id is stamped (inside the tagger's steps). */
export type Mention = Omit<EntityMention, 'id'>;
