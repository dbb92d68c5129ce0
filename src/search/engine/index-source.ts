/**
 * Where the engine reads the word index from: a whole index in memory (the reader's own
 * articles, tests), or a head with parts that arrive as queries need them (the bundled corpus).
 * Either way the engine sees the same thing: the vocabulary, each term's document frequency and
 * the field lengths at once; a term's postings and the typo index of a first letter only when
 * their part is here. A part that is not here yet is named in `wanted`, so a caller that loads
 * parts can load it and ask again.
 */
import type {
  IndexedArticle,
  IndexPartRef,
  PostingsPart,
  TypoPart,
  WordIndexHead,
} from '../../schema/corpus-files';
import { buildTypoBuckets, type TypoLookup, typoLookup } from './typo-index';
import { decodeNumbers, type WordIndex } from './word-index';

export interface IndexSource {
  readonly docs: readonly IndexedArticle[];
  /** Terms in sorted order. */
  readonly vocabulary: readonly string[];
  /** Per term: how many articles hold it. */
  readonly df: ArrayLike<number>;
  /** Per article and field: its length in words (article × fields + field). */
  readonly lengths: Uint32Array;
  /** A term's encoded postings (word-index.ts), or null while the part holding it is not here. */
  postings(term: number): string | null;
  /** The typo index over the terms starting with `letter`, or null while its part is not here. */
  typo(letter: string): TypoLookup | null;
}

/** The first term number at or after `p` in the sorted vocabulary. */
export function lowerBound(vocabulary: readonly string[], p: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[mid]! < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOTHING: TypoLookup = { near: () => [] };

/**
 * A whole index in memory; the typo index of a first letter is built when a word starting with
 * it is first matched fuzzily (over that letter's terms only, as ingest cuts its parts).
 */
export function memorySource(index: WordIndex): IndexSource {
  const { vocabulary } = index;
  const typos = new Map<string, TypoLookup>();
  return {
    docs: index.docs,
    vocabulary: index.vocabulary,
    df: index.df,
    lengths: decodeNumbers(index.lengths),
    postings: (term) => index.postings[term] ?? '',
    typo: (letter) => {
      let lookup = typos.get(letter);
      if (!lookup) {
        const from = lowerBound(vocabulary, letter);
        const to = lowerBound(vocabulary, String.fromCharCode(letter.charCodeAt(0) + 1));
        lookup = typoLookup(vocabulary, from, buildTypoBuckets(vocabulary, from, to));
        typos.set(letter, lookup);
      }
      return lookup;
    },
  };
}

/** A head whose parts are added as they arrive. */
export interface PartedSource extends IndexSource {
  /** Parts a query asked for that are not here (cleared by the caller). */
  readonly wanted: Set<IndexPartRef>;
  /** Adds a part the head names (postings or typo index). */
  add(ref: IndexPartRef, part: PostingsPart | TypoPart): void;
  /** Whether a part is here. */
  has(ref: IndexPartRef): boolean;
}

/** The part of `parts` (in term order) holding term `term`. */
function partOf(parts: readonly IndexPartRef[], term: number): IndexPartRef | undefined {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid]!.first <= term) lo = mid;
    else hi = mid - 1;
  }
  return parts[lo];
}

/** `docs`: the head's article table, read (article-table.ts). */
export function partedSource(head: WordIndexHead, docs: readonly IndexedArticle[]): PartedSource {
  const { vocabulary } = head;
  const postings = new Map<IndexPartRef, readonly string[]>();
  const typos = new Map<IndexPartRef, TypoLookup>();
  const wanted = new Set<IndexPartRef>();
  return {
    docs,
    vocabulary,
    df: decodeNumbers(head.df),
    lengths: decodeNumbers(head.lengths),
    wanted,
    postings(term) {
      const ref = partOf(head.postingParts, term);
      if (!ref) return '';
      const part = postings.get(ref);
      if (!part) {
        wanted.add(ref);
        return null;
      }
      return part[term - ref.first] ?? '';
    },
    typo(letter) {
      const at = lowerBound(vocabulary, letter);
      if (vocabulary[at]?.[0] !== letter) return NOTHING;
      const ref = partOf(head.typoParts, at);
      if (!ref) return NOTHING;
      const lookup = typos.get(ref);
      if (!lookup) wanted.add(ref);
      return lookup ?? null;
    },
    add(ref, part) {
      if ('postings' in part) postings.set(ref, part.postings);
      else typos.set(ref, typoLookup(vocabulary, part.first, part.buckets));
    },
    has: (ref) => postings.has(ref) || typos.has(ref),
  };
}
