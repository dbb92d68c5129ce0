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
