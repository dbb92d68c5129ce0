/**
 * The word index: the corpus vocabulary and, per term, the articles holding it with the term's
 * count in each field (postings), plus per-field lengths for BM25. Built by `parallax ingest`
 * (or in memory), shipped as compact JSON: postings are delta-encoded article numbers followed
 * by their per-field counts, all in one flat number array per term.
 */
import { FIELDS, type Field, type IndexDoc } from './fields';
import { terms } from './tokens';

export const WORD_INDEX_VERSION = 1;

export interface WordIndex {
  readonly version: number;
  /** Article ids, stories, dates and outlets (folded), by article number. */
  readonly docs: readonly { id: string; story: string; published: string | null; outlet: string }[];
  /** Terms in sorted order (prefix lookups are a binary search). */
  readonly vocabulary: readonly string[];
  /** Per term (same order): [gap, count per field…] repeated; gaps between article numbers. */
  readonly postings: readonly (readonly number[])[];
  /** Per article: length in words of each field, flattened (FIELDS.length numbers each). */
  readonly lengths: readonly number[];
}

export function buildWordIndex(docs: readonly IndexDoc[]): WordIndex {
  const F = FIELDS.length;
  const perTerm = new Map<string, Map<number, number[]>>();
  const lengths: number[] = [];
  docs.forEach((d, n) => {
    FIELDS.forEach((f, fi) => {
      const ts = terms(d.fields[f]);
      lengths.push(ts.length);
      for (const t of ts) {
        const byDoc = perTerm.get(t) ?? new Map<number, number[]>();
        perTerm.set(t, byDoc);
        const counts = byDoc.get(n) ?? new Array<number>(F).fill(0);
        byDoc.set(n, counts);
        counts[fi]!++;
      }
    });
  });
  const vocabulary = [...perTerm.keys()].sort();
  const postings = vocabulary.map((t) => {
    const flat: number[] = [];
    let last = 0;
    for (const [n, counts] of [...perTerm.get(t)!].sort((a, b) => a[0] - b[0])) {
      flat.push(n - last, ...counts);
      last = n;
    }
    return flat;
  });
  return {
    version: WORD_INDEX_VERSION,
    docs: docs.map((d) => ({
      id: d.id,
      story: d.story,
      published: d.published,
      outlet: terms(d.outlet).join(' '),
    })),
    vocabulary,
    postings,
    lengths,
  };
}

/** Decoded postings of one term: article numbers and their per-field counts. */
export function postingsOf(index: WordIndex, term: number): { doc: number; counts: number[] }[] {
  const flat = index.postings[term] ?? [];
  const F = FIELDS.length;
  const out: { doc: number; counts: number[] }[] = [];
  let doc = 0;
  for (let i = 0; i < flat.length; i += F + 1) {
    doc += flat[i]!;
    out.push({ doc, counts: flat.slice(i + 1, i + 1 + F) });
  }
  return out;
}

export function fieldIndex(f: Field): number {
  return FIELDS.indexOf(f);
}
