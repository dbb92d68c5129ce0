/**
 * The one place that says how Parallax uses Fuse.js: which fields are searched, their
 * weights, and the matching options. The index built by `parallax ingest` and the reader's
 * queries must agree on these, so both import them from here.
 */
import type { IFuseOptions } from 'fuse.js';
import { normalise } from '../core/text/normalise';
import type { ArticleRecord } from '../schema/corpus';

/**
 * What Fuse sees of an article: short fields plus the body as an array of paragraphs, all
 * folded by `normalise` (case, accents, ß, quote marks, whitespace). Fuse's own
 * `ignoreDiacritics` would fold too, but its match indices would then point into a string
 * of another length than the source; folding here keeps a map back to the source letters.
 */
export interface SearchDoc {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly byline: string;
  readonly paragraphs: readonly string[];
}

export const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'outlet', weight: 1.5 },
  { name: 'byline', weight: 1.5 },
  { name: 'paragraphs', weight: 1 },
] as const;

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
  includeMatches: true,
  includeScore: true,
  // Article bodies are long: a hit anywhere in a paragraph counts the same.
  ignoreLocation: true,
  // 0.3 lets one typo through in a 9-letter word ("lukashenk", "zelenskyy") while keeping
  // unrelated words out; measured on the seed corpus by the search tests.
  threshold: 0.3,
  minMatchCharLength: 3,
};

export const fold = (s: string): string => normalise(s).text;

export function toSearchDoc(a: ArticleRecord): SearchDoc {
  return {
    id: a.id,
    title: fold(a.title),
    outlet: fold(a.outlet ?? ''),
    byline: fold(a.byline ?? ''),
    paragraphs: a.paragraphs.map((p) => fold(a.body.slice(p.start, p.end))),
  };
}
