// Exact-span scoring of PER/LOC/ORG (micro) and each type, for the training report. The
// project's figures come from the shared CoNLL harness; this is the trainer's own quick view.
export interface Span3 {
  readonly first: number;
  readonly last: number;
  readonly type: string;
}
export type Counts = Record<string, { tp: number; pred: number; gold: number }>;

export function spansOfLabels(labels: readonly string[]): Span3[] {
  const out: Span3[] = [];
  let open: { first: number; type: string } | null = null;
  labels.forEach((l, i) => {
    if (open && (l === 'O' || l.startsWith('B-') || l.slice(2) !== open.type)) {
      out.push({ ...open, last: i - 1 });
      open = null;
    }
    if (l !== 'O' && !open) open = { first: i, type: l.slice(2) };
  });
  if (open) out.push({ ...(open as { first: number; type: string }), last: labels.length - 1 });
  return out;
}

const HEAD = ['PER', 'LOC', 'ORG'];
export function scoreSpans(gold: readonly Span3[], pred: readonly Span3[], c: Counts = {}): Counts {
  for (const t of [...HEAD, 'MISC']) c[t] ??= { tp: 0, pred: 0, gold: 0 };
  const key = (s: Span3) => `${s.first}:${s.last}:${s.type}`;
  const g = new Set(gold.map(key));
  for (const s of gold) c[s.type]!.gold++;
  for (const s of pred) {
    c[s.type]!.pred++;
    if (g.has(key(s))) c[s.type]!.tp++;
  }
  return c;
}

const f1 = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
export function formatCounts(c: Counts): string {
  const sum = (k: 'tp' | 'pred' | 'gold') => HEAD.reduce((a, t) => a + c[t]![k], 0);
  const m = f1(sum('tp'), sum('pred'), sum('gold'));
  const per = HEAD.map((t) => `${t} ${(100 * f1(c[t]!.tp, c[t]!.pred, c[t]!.gold).f).toFixed(1)}`).join(' ');
  return `micro F1 ${(100 * m.f).toFixed(1)} (P ${(100 * m.p).toFixed(1)} R ${(100 * m.r).toFixed(1)}; ${per})`;
}
