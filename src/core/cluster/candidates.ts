/**
 * Which pairs of articles are worth comparing: those that share one of their heaviest terms
 * and were published within a window of each other. Each term's list of articles is kept in
 * date order, so an article looks only at the articles of its window; a term found in more
 * than `MAX_POSTINGS` articles of the window is too common to propose anyone. The cost is
 * about n × terms × window instead of n², which is what lets 100,000 articles group in
 * minutes.
 */
import { cosine, type TermVector, topTerms } from './vectors';

/** Heaviest terms of an article that are looked up. */
const LOOKUP_TERMS = 24;
/** A term in more articles than this (within the window) proposes no candidates. */
const MAX_POSTINGS = 400;
/** Candidates per article that are scored exactly. */
const MAX_CANDIDATES = 40;

export interface Dated {
  readonly vector: TermVector;
  /** Days since the epoch, or null when the date is unknown. */
  readonly day: number | null;
}

export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly sim: number;
}

/** Postings of one term: article indexes sorted by day (unknown days first, as -Infinity). */
function lowerBound(list: readonly number[], days: readonly number[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[list[mid]!]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pairs (a < b) with their cosine, for every pair proposed and at least `minSim` alike. */
export function candidateEdges(items: readonly Dated[], windowDays: number, minSim: number): Edge[] {
  const days = items.map((x) => x.day ?? Number.NEGATIVE_INFINITY);
  const order = items.map((_, i) => i).sort((x, y) => days[x]! - days[y]! || x - y);
  const postings = new Map<string, number[]>();
  const tops = items.map((x) => topTerms(x.vector, LOOKUP_TERMS));
  for (const i of order)
    for (const t of tops[i]!) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  const edges: Edge[] = [];
  const votes = new Map<number, number>();
  items.forEach((item, i) => {
    votes.clear();
    for (const t of tops[i]!) {
      const list = postings.get(t)!;
      // Undated articles sort first; a dated article looks at those and at its own window.
      const undated = lowerBound(list, days, -Number.MAX_VALUE);
      const from = item.day === null ? 0 : lowerBound(list, days, item.day - windowDays);
      const to = item.day === null ? list.length : lowerBound(list, days, item.day + windowDays + 1e-9);
      if (to - from + (item.day === null ? 0 : undated) > MAX_POSTINGS) continue;
      const add = (j: number) => {
        if (j !== i) votes.set(j, (votes.get(j) ?? 0) + 1);
      };
      if (item.day !== null) for (let k = 0; k < undated; k++) add(list[k]!);
      for (let k = from; k < to; k++) add(list[k]!);
    }
    const best = [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES);
    for (const [j] of best) {
      const sim = cosine(item.vector, items[j]!.vector);
      if (sim >= minSim) edges.push(i < j ? { a: i, b: j, sim } : { a: j, b: i, sim });
    }
  });
  // A pair proposed from both sides appears twice: keep one.
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.a},${e.b}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
