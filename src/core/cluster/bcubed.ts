/**
 * B-cubed precision, recall and F1 of a clustering against gold labels (Bagga & Baldwin): for
 * each item, the share of its predicted cluster that is of its gold story (precision) and the
 * share of its gold story that is in its predicted cluster (recall), averaged over items. Used
 * by the grouping's tuning script and its benchmark.
 */
export function bcubed(
  gold: readonly string[],
  pred: readonly string[],
): { p: number; r: number; f: number } {
  const count = (keys: readonly string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const pair = (i: number) => `${gold[i]}\u0001${pred[i]}`;
  const g = count(gold);
  const p = count(pred);
  const both = count(gold.map((_, i) => pair(i)));
  let precision = 0;
  let recall = 0;
  gold.forEach((x, i) => {
    const n = both.get(pair(i))!;
    precision += n / p.get(pred[i]!)!;
    recall += n / g.get(x)!;
  });
  precision /= gold.length || 1;
  recall /= gold.length || 1;
  return {
    p: precision,
    r: recall,
    f: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
