/**
 * The word index: the corpus vocabulary and, per term, the articles holding it with the term's
 * count in each field (postings), plus per-field lengths for BM25. Built by `parallax ingest`
 * (or in memory), shipped as compact JSON. Each term's postings are one string, so loading
 * parses strings (fast) and decodes only the terms a query asks for: per article, base-36
 * numbers "gap,mask,count…" where gap is the distance from the previous article number, mask
 * says which fields hold the term, and a count follows for each of them.
 */
import { FIELDS, type IndexDoc } from './fields';
import { terms } from './tokens';

export const WORD_INDEX_VERSION = 2;

export interface WordIndex {
  readonly version: number;
  /** Article ids, stories, dates and outlets (folded), by article number. */
  readonly docs: readonly { id: string; story: string; published: string | null; outlet: string }[];
  /** Terms in sorted order (prefix lookups are a binary search). */
  readonly vocabulary: readonly string[];
  /** Per term (same order): encoded postings (see above). */
  readonly postings: readonly string[];
  /** Per article: length in words of each field, flattened, base 36, comma-separated. */
  readonly lengths: string;
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
    const parts: number[] = [];
    let last = 0;
    for (const [n, counts] of [...perTerm.get(t)!].sort((a, b) => a[0] - b[0])) {
      let mask = 0;
      counts.forEach((c, f) => {
        if (c) mask |= 1 << f;
      });
      parts.push(n - last, mask, ...counts.filter((c) => c > 0));
      last = n;
    }
    return parts.map((x) => x.toString(36)).join(',');
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
    lengths: lengths.map((x) => x.toString(36)).join(','),
  };
}

/**
 * One term's postings decoded into fixed records: [article number, count per field…] for each
 * article (FIELDS.length + 1 numbers each).
 */
export function decodePostings(encoded: string): Uint32Array {
  const F = FIELDS.length;
  if (!encoded) return new Uint32Array(0);
  const nums = encoded.split(',');
  const out: number[] = [];
  let doc = 0;
  for (let i = 0; i < nums.length; ) {
    doc += Number.parseInt(nums[i++]!, 36);
    const mask = Number.parseInt(nums[i++]!, 36);
    out.push(doc);
    for (let f = 0; f < F; f++) out.push(mask & (1 << f) ? Number.parseInt(nums[i++]!, 36) : 0);
  }
  return Uint32Array.from(out);
}

export function decodeLengths(encoded: string): Uint32Array {
  return encoded ? Uint32Array.from(encoded.split(','), (x) => Number.parseInt(x, 36)) : new Uint32Array(0);
}

/** Decoded postings of one term: article numbers and their per-field counts. */
export function postingsOf(index: WordIndex, term: number): { doc: number; counts: number[] }[] {
  const flat = decodePostings(index.postings[term] ?? '');
  const F = FIELDS.length;
  const out: { doc: number; counts: number[] }[] = [];
  for (let i = 0; i < flat.length; i += F + 1)
    out.push({ doc: flat[i]!, counts: [...flat.slice(i + 1, i + 1 + F)] });
  return out;
}
