// Word classes learned from unlabelled text, for the tagger's features: words that appear
// between the same neighbours fall into the same class, so a name the labelled data never
// had ("Everton", "Blackburn") shares features with the names it did have.
//
// Method: each word type seen at least `minCount` times gets a vector of its left and right
// neighbours among the most frequent words (log counts), randomly projected to `dims`
// dimensions and normalised; spherical k-means then groups the vectors at several
// granularities (one k-means per size, seeded initial centres). Cheaper than Brown clusters
// and deterministic for a given text and seed.
import { seeded } from '../../src/core/random';
import { fold } from '../../src/core/text/fold';

export interface ClusterOptions {
  minCount: number;
  contextWords: number;
  dims: number;
  sizes: readonly number[];
  iterations: number;
  seed: number;
  maxWords: number;
}

export function buildClusters(
  sentences: readonly (readonly string[])[],
  o: ClusterOptions,
): Map<string, number[]> {
  const freq = new Map<string, number>();
  const ctxFreq = new Map<string, number>();
  for (const s of sentences)
    for (const w of s) {
      freq.set(w, (freq.get(w) ?? 0) + 1);
      const f = fold(w);
      ctxFreq.set(f, (ctxFreq.get(f) ?? 0) + 1);
    }
  const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = byCount(freq)
    .filter(([, n]) => n >= o.minCount)
    .slice(0, o.maxWords)
    .map(([w]) => w);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const ctx = new Map(
    byCount(ctxFreq)
      .slice(0, o.contextWords)
      .map(([w], i) => [w, i]),
  );
  const C = ctx.size + 1; // + sentence edge
  const counts: Array<Map<number, number>> = words.map(() => new Map());
  for (const s of sentences)
    for (let i = 0; i < s.length; i++) {
      const id = wordId.get(s[i]!);
      if (id === undefined) continue;
      const left = i > 0 ? (ctx.get(fold(s[i - 1]!)) ?? -1) : C - 1;
      const right = i + 1 < s.length ? (ctx.get(fold(s[i + 1]!)) ?? -1) : C - 1;
      const m = counts[id]!;
      if (left >= 0) m.set(left, (m.get(left) ?? 0) + 1);
      if (right >= 0) m.set(C + right, (m.get(C + right) ?? 0) + 1);
    }
  const rand = seeded(o.seed);
  const gauss = () => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const D = o.dims;
  const proj = Float32Array.from({ length: 2 * C * D }, gauss);
  const N = words.length;
  const vec = new Float32Array(N * D);
  counts.forEach((m, w) => {
    for (const [c, n] of m) {
      const weight = Math.log1p(n);
      for (let d = 0; d < D; d++) vec[w * D + d]! += weight * proj[c * D + d]!;
    }
    normalise(vec, w * D, D);
  });
  const codes = words.map(() => [] as number[]);
  for (const k of o.sizes) {
    const assign = kmeans(vec, N, D, Math.min(k, N), o.iterations, seeded(o.seed + k));
    assign.forEach((c, w) => {
      codes[w]!.push(c);
    });
  }
  return new Map(words.map((w, i) => [w, codes[i]!]));
}

function normalise(v: Float32Array, at: number, D: number): void {
  let s = 0;
  for (let d = 0; d < D; d++) s += v[at + d]! * v[at + d]!;
  const n = Math.sqrt(s) || 1;
  for (let d = 0; d < D; d++) v[at + d]! /= n;
}

function kmeans(
  vec: Float32Array,
  N: number,
  D: number,
  k: number,
  iters: number,
  rand: () => number,
): Int32Array {
  const centres = new Float32Array(k * D);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let w = Math.floor(rand() * N);
    while (picked.has(w)) w = (w + 1) % N;
    picked.add(w);
    centres.set(vec.subarray(w * D, w * D + D), c * D);
  }
  const assign = new Int32Array(N);
  for (let it = 0; it < iters; it++) {
    for (let w = 0; w < N; w++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < D; d++) s += vec[w * D + d]! * centres[c * D + d]!;
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      assign[w] = arg;
    }
    centres.fill(0);
    for (let w = 0; w < N; w++) for (let d = 0; d < D; d++) centres[assign[w]! * D + d]! += vec[w * D + d]!;
    for (let c = 0; c < k; c++) normalise(centres, c * D, D);
  }
  return assign;
}
