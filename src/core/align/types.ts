import type { ClaimKind, Qualifier } from '../claims/types';
import type { EntityType, Mention } from '../entities/types';
import type { Quote } from '../quotes/types';
import type { ArticleId, EntityId, Span } from '../types';

/** One article of a story as the comparison sees it: clean text plus its analysis. */
export interface CompareArticle {
  readonly id: ArticleId;
  readonly text: string;
  readonly quotes: readonly Quote[];
  readonly entities: readonly Mention[];
  /** The outlet, when known: a figure two pieces of one outlet repeat is not a shared fact. */
  readonly outlet?: string | null;
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

/** One article's figure in a claim group. */
export interface ClaimMember extends Member {
  readonly value: number;
  readonly qualifier: Qualifier | null;
  /** The rounding step of the figure as written (0 when exact; claims/numbers.ts `allowedRange`). */
  readonly precision: number;
  /** Who the article's sentence gives the figure to, when it says. */
  readonly source: string | null;
}

/**
 * The figures several articles give for one thing: a shared fact when their values agree
 * (within rounding and what the qualifiers allow), a difference when they do not.
 */
export interface ClaimGroup {
  /** What is counted or measured: "killed", "offer per share", "trains". */
  readonly what: string;
  readonly kind: 'difference' | 'shared';
  readonly claimKind: ClaimKind;
  /** Currency code, "percent", a measure's unit, "minutes" for times; null for counts. */
  readonly unit: string | null;
  readonly per: string | null;
  readonly reason: string;
  readonly members: readonly ClaimMember[];
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
  /** Differences first, then shared facts. */
  readonly claims: readonly ClaimGroup[];
  /** Set when the budget ran out: what is missing and why. */
  readonly incomplete: string | null;
}
