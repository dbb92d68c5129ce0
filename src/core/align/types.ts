import type { EntityType, Mention } from '../entities/types';
import type { Quote } from '../quotes/types';
import type { ArticleId, EntityId, Span } from '../types';

/** One article of a story as the comparison sees it: clean text plus its analysis. */
export interface CompareArticle {
  readonly id: ArticleId;
  readonly text: string;
  readonly quotes: readonly Quote[];
  readonly entities: readonly Mention[];
}

export interface Member extends Span {
  readonly article: ArticleId;
  /**
   * The linked text and a little context on each side, so the link can be found again if
   * offsets shift (a re-extraction, a normalisation change): Hypothesis-style anchoring.
   */
  readonly anchor?: { readonly exact: string; readonly prefix: string; readonly suffix: string };
}

/** A word-level alignment of a variant against the group's first member. */
export interface DiffOp {
  readonly op: 'same' | 'changed' | 'only-first' | 'only-this';
  readonly first: string;
  readonly this: string;
}

export interface QuoteGroup {
  readonly speaker: string | null;
  /** The speaker's story-wide entity id (the same as its entity group's), when known. */
  readonly speakerEntity: EntityId | null;
  /** When the members name different speakers: every name they give, the group's first. */
  readonly speakers?: readonly string[];
  readonly members: readonly Member[];
  /** 0–1: the share of the shorter variant's content words aligned with the other. */
  readonly score: number;
  readonly reason: string;
  /** For members 2…n, their word diff against member 1. */
  readonly diffs: readonly (readonly DiffOp[])[];
}

export interface EntityGroup {
  /** Story-wide id (names/people.ts): the id of `name` (its folded form). */
  readonly id: EntityId;
  /** The article-level ids merged into this group ("lukashenko" into Alexander Lukashenko's). */
  readonly ids: readonly EntityId[];
  readonly name: string;
  readonly type: EntityType;
  /** Why these mentions are one entity: names, aliases and demonyms merged. */
  readonly reason: string;
  readonly articles: readonly ArticleId[];
  readonly mentions: readonly (Member & { readonly via: 'name' | 'alias' | 'demonym' })[];
}

export interface Passage {
  /** verbatim / paraphrase: the same fact in several articles; unique: in one article only. */
  readonly kind: 'verbatim' | 'paraphrase' | 'unique';
  readonly members: readonly Member[];
  readonly score: number;
  readonly reason: string;
}

/**
 * How much work a comparison may do, counted in steps, not time, so the same articles always
 * give the same answer on any machine and under any load.
 */
export interface CompareBudget {
  /** Most alignment steps (words of one quote × words of the other, summed over pairs) for quotes. */
  readonly maxQuoteSteps: number;
  /** Most sentence pairs to compare before giving up on passages. */
  readonly maxPairs: number;
}

export interface Comparison {
  readonly quoteGroups: readonly QuoteGroup[];
  readonly entityGroups: readonly EntityGroup[];
  readonly passages: readonly Passage[];
  /** Set when the budget ran out: what is missing and why. */
  readonly incomplete: string | null;
}
