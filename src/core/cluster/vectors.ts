/**
 * Articles as weighted term vectors for story grouping.
 *
 * A term's weight is its log-scaled count in the title and the first part of the body, plus a
 * bonus when it is in the title and when it is a name (features.ts), times its inverse
 * document frequency over the articles being grouped. The idf is smoothed with pseudo-articles
 * that hold no term, so that in a corpus of two articles a shared name still counts: without
 * them every shared term would look common. Vectors are unit length, so a dot product is a
 * cosine.
 */
import { contentWords, type NameEvidence, namesFrom, wordCounts } from './features';

/** Characters of the body read: the lede and the first paragraphs say what the story is. */
export const BODY_CHARS = 3000;
const TITLE_BONUS = 1.5;
const NAME_BONUS = 1;
/** Pseudo-articles added to the corpus for the idf (see above). */
const PSEUDO_DOCS = 20;

/** Terms with their weights, sorted by term so that two vectors can be merged. */
export interface TermVector {
  readonly terms: readonly string[];
  readonly weights: Float64Array;
}

export interface RawTerms {
  readonly counts: ReadonlyMap<string, number>;
}

/** Unweighted term strengths of one article, before the corpus' idf. */
export function rawTerms(
  title: string,
  body: string,
  evidence: NameEvidence,
  known: ReadonlySet<string>,
): RawTerms {
  const counts = new Map<string, number>();
  for (const [w, c] of wordCounts(body.slice(0, BODY_CHARS))) counts.set(w, 1 + Math.log(c));
  for (const w of contentWords(title)) counts.set(w, (counts.get(w) ?? 0) + TITLE_BONUS);
  for (const w of namesFrom(evidence, known)) if (counts.has(w)) counts.set(w, counts.get(w)! + NAME_BONUS);
  return { counts };
}

export const idfOf = (df: number, n: number): number => Math.log(1 + (n + PSEUDO_DOCS) / (df + 1));

export function weigh(raw: RawTerms, idf: (term: string) => number): TermVector {
  const terms = [...raw.counts.keys()].sort();
  const weights = new Float64Array(terms.length);
  let norm = 0;
  terms.forEach((t, i) => {
    const w = raw.counts.get(t)! * idf(t);
    weights[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  return { terms, weights };
}

/** Cosine of two unit vectors: a merge of their sorted term lists. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The k heaviest terms of a vector: what candidate search looks up. */
export function topTerms(v: TermVector, k: number): string[] {
  return [...v.terms.keys()]
    .sort((x, y) => v.weights[y]! - v.weights[x]! || (v.terms[x]! < v.terms[y]! ? -1 : 1))
    .slice(0, k)
    .map((i) => v.terms[i]!);
}
