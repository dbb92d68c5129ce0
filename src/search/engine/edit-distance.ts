/**
 * Edits between two words, a swap of neighbouring letters counting as one (the optimal string
 * alignment distance), giving up above `max`: Fuse.js finds the candidates a typed word may
 * mean, this orders them the way a typist errs ("nishsa" is one swap from "nissha", three
 * edits from "nenisha", which Fuse.js scores alike because it holds "nisha").
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rows: the one two back is needed for swaps.
  let back = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let low = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, back[j - 2]! + 1);
      row[j] = d;
      if (d < low) low = d;
    }
    if (low > max) return max + 1;
    [back, prev, row] = [prev, row, back];
  }
  return Math.min(prev[n]!, max + 1);
}

// Letter counts of the word being matched, by character code (all codes from 128 share a slot,
// which keeps the bound below true: merging slots can only make the difference smaller).
const counts = new Int32Array(129);

/**
 * A cheap lower bound on `editDistance(a, b) * 2`: how many letters the two words do not have
 * in common, counted with repeats (an edit changes at most two of those counts; a swap none).
 * Terms further than this from a typed word cannot be a typo of it, so they need not be
 * matched at all.
 */
export function letterGap(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[Math.min(a.charCodeAt(i), 128)]!++;
  for (let i = 0; i < b.length; i++) counts[Math.min(b.charCodeAt(i), 128)]!--;
  let gap = 0;
  for (let i = 0; i < a.length; i++) {
    const c = Math.min(a.charCodeAt(i), 128);
    gap += Math.abs(counts[c]!);
    counts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = Math.min(b.charCodeAt(i), 128);
    gap += Math.abs(counts[c]!);
    counts[c] = 0;
  }
  return gap;
}
