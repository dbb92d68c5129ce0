/**
 * Average-link agglomeration over a sparse similarity graph, within a date span.
 *
 * Two groups merge when the mean similarity over all their cross pairs reaches the threshold,
 * a pair with no edge counting as 0. So a group grows only with articles close to the group
 * as a whole, not to one member: no chaining through a neighbour (single link made one story
 * of 2,000 articles about overlapping people). A merge that would make a group's dates span
 * more than `maxSpanDays` is refused. Merges are taken best first from a heap whose stale
 * entries are skipped by a version count per group.
 */
import type { Edge } from './candidates';

export interface Linkage {
  readonly threshold: number;
  readonly maxSpanDays: number;
}

interface Cluster {
  size: number;
  version: number;
  minDay: number;
  maxDay: number;
  /** Summed similarity to each neighbouring cluster. */
  readonly links: Map<number, number>;
  alive: boolean;
}

interface Entry {
  readonly avg: number;
  readonly a: number;
  readonly b: number;
  readonly va: number;
  readonly vb: number;
}

/** A binary max-heap of merge candidates. */
class Heap {
  private readonly items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]!.avg >= h[i]!.avg) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]!.avg > h[m]!.avg) m = l;
        if (r < h.length && h[r]!.avg > h[m]!.avg) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** Cluster index of each item, clusters numbered by their smallest item. */
export function averageLink(
  days: readonly (number | null)[],
  edges: readonly Edge[],
  link: Linkage,
): number[] {
  const clusters: Cluster[] = days.map((d) => ({
    size: 1,
    version: 0,
    minDay: d ?? Number.POSITIVE_INFINITY,
    maxDay: d ?? Number.NEGATIVE_INFINITY,
    links: new Map(),
    alive: true,
  }));
  for (const e of edges) {
    clusters[e.a]!.links.set(e.b, (clusters[e.a]!.links.get(e.b) ?? 0) + e.sim);
    clusters[e.b]!.links.set(e.a, (clusters[e.b]!.links.get(e.a) ?? 0) + e.sim);
  }
  const heap = new Heap();
  const offer = (a: number, b: number) => {
    const ca = clusters[a]!;
    const cb = clusters[b]!;
    const avg = ca.links.get(b)! / (ca.size * cb.size);
    if (avg >= link.threshold) heap.push({ avg, a, b, va: ca.version, vb: cb.version });
  };
  for (const e of edges) offer(e.a, e.b);
  const owner = days.map((_, i) => i);
  while (heap.size) {
    const e = heap.pop()!;
    const ca = clusters[e.a]!;
    const cb = clusters[e.b]!;
    if (!ca.alive || !cb.alive || ca.version !== e.va || cb.version !== e.vb) continue;
    const minDay = Math.min(ca.minDay, cb.minDay);
    const maxDay = Math.max(ca.maxDay, cb.maxDay);
    if (maxDay - minDay > link.maxSpanDays) continue;
    // Merge the smaller into the larger; the survivor keeps its index.
    const [keep, gone] = ca.size >= cb.size ? [e.a, e.b] : [e.b, e.a];
    const k = clusters[keep]!;
    const g = clusters[gone]!;
    g.alive = false;
    k.size += g.size;
    k.minDay = minDay;
    k.maxDay = maxDay;
    k.version++;
    owner[gone] = keep;
    k.links.delete(gone);
    for (const [c, sum] of g.links) {
      if (c === keep) continue;
      k.links.set(c, (k.links.get(c) ?? 0) + sum);
      const other = clusters[c]!.links;
      other.delete(gone);
      other.set(keep, k.links.get(c)!);
    }
    g.links.clear();
    for (const c of k.links.keys()) offer(keep, c);
  }
  const root = (i: number): number => {
    while (owner[i] !== i) i = owner[i]!;
    return i;
  };
  return days.map((_, i) => root(i));
}
