/**
 * The per-article loops of a query, over scratch arrays indexed by article number: each query
 * word's best variant per article, the words' totals, the final scores (coverage and
 * proximity), and the best k.
 *
 * They live in small functions of their own, with indexed loops: inside the engine's large
 * search function, run a few times per keystroke, V8 did not optimise them soon enough, and
 * every article's score became a boxed number (and `for…of` an iterator result): about a
 * megabyte of garbage per query, whose collections set the p95.
 */

/**
 * An article list with each article's BM25 weight for one term, and the term's first word
 * number + 1 in the article's lead (0: not in it; see word-index.ts).
 */
export interface Weighted {
  readonly docs: Int32Array;
  readonly weight: Float32Array;
  readonly first: Int32Array;
}

/**
 * Per-article scratch arrays, reused by every query (allocating them per query made garbage
 * collection the main cost at 100,000 articles).
 */
export interface Scratch {
  readonly have: Uint8Array;
  readonly excluded: Uint8Array;
  readonly hits: Uint8Array;
  readonly total: Float64Array;
  readonly best: Float64Array;
  readonly score: Float64Array;
  /** Per query word: per article, the variant that scored best (-1: none) and its first place. */
  readonly bestTerm: Int32Array[];
  readonly bestFirst: Int32Array[];
  /** Articles a word reached, and articles any word reached (filled up to their counts). */
  readonly mine: Int32Array;
  readonly touchedAt: Int32Array;
}

export const makeScratch = (N: number): Scratch => ({
  have: new Uint8Array(N),
  excluded: new Uint8Array(N),
  hits: new Uint8Array(N),
  total: new Float64Array(N),
  best: new Float64Array(N),
  score: new Float64Array(N),
  bestTerm: [],
  bestFirst: [],
  mine: new Int32Array(N),
  touchedAt: new Int32Array(N),
});

/**
 * One variant of query word `wi`: each article it reaches keeps the word's best score so far
 * in `best`, and the variant and its first place in `bestTerm` and `bestFirst`; articles new
 * to the word are listed in `mine`. Returns the new length of `mine`.
 */
export function bestVariant(
  p: Weighted,
  term: number,
  w8: number,
  pass: ((doc: number) => boolean) | null,
  s: Scratch,
  wi: number,
  mineCount: number,
): number {
  const { docs, weight, first } = p;
  const { best, mine } = s;
  const bestTerm = s.bestTerm[wi]!;
  const bestFirst = s.bestFirst[wi]!;
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    if (pass && !pass(doc)) continue;
    const sc = weight[k]! * w8;
    if (bestTerm[doc] === -1) {
      mine[mineCount++] = doc;
    } else if (sc <= best[doc]!) continue;
    best[doc] = sc;
    bestTerm[doc] = term;
    bestFirst[doc] = first[k]!;
  }
  return mineCount;
}

/** Adds a word's best scores to the articles' totals; returns the new count of touched articles. */
export function addWord(s: Scratch, mineCount: number, touchedCount: number): number {
  const { mine, hits, touchedAt, total, best } = s;
  for (let k = 0; k < mineCount; k++) {
    const d = mine[k]!;
    if (!hits[d]) touchedAt[touchedCount++] = d;
    total[d]! += best[d]!;
    hits[d]!++;
    best[d] = 0;
  }
  return touchedCount;
}

/** How much closeness can add: words next to each other score up to this much more. */
const PROXIMITY = 0.5;
/** The distance, in words, at which closeness adds half as much. */
const NEAR = 8;

/**
 * Final scores: the total, times the square of the share of query words the article holds,
 * times a proximity factor when two or more of them are in its lead: the closer their first
 * places there (title, then body), the more it adds.
 */
export function rankTouched(s: Scratch, touchedCount: number, words: number): void {
  const { touchedAt, hits, total, score, bestTerm, bestFirst } = s;
  const n = Math.max(1, words);
  for (let k = 0; k < touchedCount; k++) {
    const d = touchedAt[k]!;
    const coverage = words ? hits[d]! / n : 1;
    let sc = total[d]! * coverage * coverage;
    if (hits[d]! >= 2) {
      let lo = 0x7fffffff;
      let hi = -1;
      let placed = 0;
      for (let w = 0; w < words; w++) {
        if (bestTerm[w]![d] === -1) continue;
        const at = bestFirst[w]![d]!;
        if (at === 0) continue;
        placed++;
        if (at < lo) lo = at;
        if (at > hi) hi = at;
      }
      // The span of first places is at least one word per further word: that is adjacency.
      if (placed >= 2) sc *= 1 + PROXIMITY / (1 + Math.max(0, hi - lo - (placed - 1)) / NEAR);
    }
    score[d] = sc;
  }
}

/**
 * The `k` best of `docs` by `score` (ties: lower number first), best first. A bounded
 * min-heap: a query touching 100,000 articles is not sorted whole.
 */
export function topK(docs: ArrayLike<number>, score: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  if (docs.length <= k) return Array.from(docs).sort((a, b) => (better(a, b) ? -1 : 1));
  const heap: number[] = []; // heap[0] is the worst kept
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && better(heap[w]!, heap[l]!)) w = l;
      if (r < heap.length && better(heap[w]!, heap[r]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (better(d, heap[0]!)) {
      heap[0] = d;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}
