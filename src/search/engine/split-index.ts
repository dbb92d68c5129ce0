/**
 * A whole word index → the head and parts the reader fetches (src/schema/corpus-files.ts):
 *
 *   postings parts  consecutive terms (the vocabulary is sorted) until about PART_BYTES of
 *                   encoded postings; a term larger than that is a part of its own
 *   typo parts      the typo index (typo-index.ts) of the terms of one or more first letters,
 *                   about TYPO_PART_TERMS terms each; a letter is never cut in two, so a
 *                   mistyped word needs exactly one typo part
 *
 * The head keeps what every query needs: the vocabulary with each term's document frequency
 * (for idf, for choosing completions and for taking a known word as typed, without any
 * postings) and the field lengths; the article table is beside it (article-table.ts).
 */
import {
  type FileRef,
  type IndexPartRef,
  type PostingsPart,
  SCHEMA_VERSION,
  type TypoPart,
  type WordIndexHead,
} from '../../schema/corpus-files';
import { buildTypoBuckets } from './typo-index';
import { encode, type WordIndex } from './word-index';

/** Encoded postings per part: a query's few terms fetch a few small files. */
export const PART_BYTES = 128 * 1024;
/** Terms per typo part, at least (whole first letters are added until there are this many). */
export const TYPO_PART_TERMS = 4096;

/** `add` writes one content-named file and says what it wrote. */
export function splitWordIndex(
  index: WordIndex,
  add: (stem: string, data: PostingsPart | TypoPart) => FileRef,
  partBytes = PART_BYTES,
): WordIndexHead {
  const { vocabulary, postings } = index;
  const postingParts: IndexPartRef[] = [];
  for (let first = 0; first < vocabulary.length; ) {
    let end = first;
    let bytes = 0;
    while (end < vocabulary.length && (end === first || bytes + postings[end]!.length <= partBytes))
      bytes += postings[end++]!.length + 3;
    const part: PostingsPart = { schemaVersion: SCHEMA_VERSION, first, postings: postings.slice(first, end) };
    postingParts.push({ ...add(`index/p${postingParts.length}`, part), first });
    first = end;
  }
  const typoParts: IndexPartRef[] = [];
  for (let first = 0; first < vocabulary.length; ) {
    let end = first;
    while (end < vocabulary.length && end - first < TYPO_PART_TERMS) {
      const letter = vocabulary[end]![0];
      while (end < vocabulary.length && vocabulary[end]![0] === letter) end++;
    }
    const part: TypoPart = {
      schemaVersion: SCHEMA_VERSION,
      first,
      buckets: buildTypoBuckets(vocabulary, first, end),
    };
    typoParts.push({ ...add(`index/t${typoParts.length}`, part), first });
    first = end;
  }
  return {
    version: index.version,
    vocabulary,
    df: encode(index.df),
    lengths: index.lengths,
    postingParts,
    typoParts,
  };
}
