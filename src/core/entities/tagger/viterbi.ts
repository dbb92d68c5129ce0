/**
 * Viterbi decoding over BIO labels: the best label sequence under emission scores (one row of
 * `labels` numbers per token) and transition scores ((labels + 1) × labels; the last row is
 * the sentence start). An `I-X` may only follow `B-X` or `I-X`, so every path is well formed.
 */
import { LABELS } from './model';

const L = LABELS.length;

/** allowed[prev * L + next], prev = L for the sentence start. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++)
    for (let n = 0; n < L; n++) {
      const next = LABELS[n]!;
      const prev = p === L ? 'O' : LABELS[p]!;
      a[p * L + n] = !next.startsWith('I-') || prev.slice(2) === next.slice(2) ? 1 : 0;
    }
  return a;
})();

export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array): Int8Array {
  const out = new Int8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let k = 0; k < L; k++)
    score[k] = ALLOWED[L * L + k] ? emissions[k]! + transitions[L * L + k]! : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < L; k++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + k]) continue;
        const s = score[(i - 1) * L + p]! + transitions[p * L + k]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + k] = best + emissions[i * L + k]!;
      back[i * L + k] = arg;
    }
  }
  let arg = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k]! > score[(n - 1) * L + arg]!) arg = k;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
  return out;
}
