/**
 * Shared value types of the analysis core.
 *
 * The one offset rule: a Span's `start`/`end` are UTF-16 code-unit offsets (what
 * `String.prototype.slice` takes), end exclusive, into ONE named text — for articles that
 * text is `Article.body`. Anything that renders or compares spans relies on this.
 */

declare const brand: unique symbol;
/** A nominal type: a string that cannot be swapped for another kind of id by accident. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type StoryId = Brand<string, 'StoryId'>;

/**
 * An entity's id, made from its content: its folded canonical name ("alexander lukashenko"), so the same person has the same id in every article and after
 * every rebuild. Made only by `entityId` (names/people.ts).
 */
export type EntityId = Brand<string, 'EntityId'>;

export const articleId = (s: string): ArticleId => s as ArticleId;
export const storyId = (s: string): StoryId => s as StoryId;

/** Half-open range [start, end) in UTF-16 code units of one named text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}
