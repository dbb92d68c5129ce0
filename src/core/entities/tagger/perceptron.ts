/**
 * Training of the name tagger: a structured averaged perceptron (Collins 2002) over BIO label
 * sequences, decoded with Viterbi. Each epoch visits the sentences in an order drawn from a
 * seeded generator, so the same data and seed give the same weights. Averaging uses the
 * running-sum trick (the average is `w - u / c`), so an update costs the same as without it.
 * Then `quantise` makes the compact model file: a signed 16-bit integer per weight, features whose
 * weights all round to zero dropped.
 */

import { seeded } from '../../random';
import {
  int16ToBase64,
  LABELS,
  NER_MODEL_FORMAT,
  NER_MODEL_VERSION,
  type NerModelFile,
  type StageFile,
} from './model';
import { viterbi } from './viterbi';

const L = LABELS.length;

/** A training sentence: feature ids per token and the gold label index per token. */
export interface TrainSentence {
  readonly features: readonly Int32Array[];
  readonly gold: Int8Array;
}

export interface Trained {
  readonly weights: Float64Array;
  readonly transitions: Float64Array;
}

/** Per token and label, the sum of the weights of its features (ids past `w`'s end weigh nothing). */
export function emissionsOf(s: TrainSentence, w: Float64Array): Float64Array {
  const e = new Float64Array(s.gold.length * L);
  s.features.forEach((ids, i) => {
    for (const f of ids) if (f * L < w.length) for (let k = 0; k < L; k++) e[i * L + k]! += w[f * L + k]!;
  });
  return e;
}

/** The best label sequence of each sentence under trained weights. */
export function predict(m: Trained, sentences: readonly TrainSentence[]): Int8Array[] {
  return sentences.map((s) => viterbi(emissionsOf(s, m.weights), s.gold.length, m.transitions));
}

export function trainPerceptron(
  sentences: readonly TrainSentence[],
  featureCount: number,
  opts: { epochs: number; seed: number; onEpoch?: (epoch: number, mistakes: number, avg: Trained) => void },
): Trained {
  const w = new Float64Array(featureCount * L);
  const u = new Float64Array(featureCount * L);
  const t = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const rand = seeded(opts.seed);
  const order = sentences.map((_, i) => i);
  const average = (): Trained => ({
    weights: Float64Array.from(w, (x, i) => x - u[i]! / c),
    transitions: Float64Array.from(t, (x, i) => x - tu[i]! / c),
  });
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const si of order) {
      const s = sentences[si]!;
      const n = s.gold.length;
      const pred = viterbi(emissionsOf(s, w), n, t);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        const gPrev = i === 0 ? L : s.gold[i - 1]!;
        const pPrev = i === 0 ? L : pred[i - 1]!;
        if (g !== p || gPrev !== pPrev) {
          t[gPrev * L + g]! += 1;
          tu[gPrev * L + g]! += c;
          t[pPrev * L + p]! -= 1;
          tu[pPrev * L + p]! -= c;
        }
        if (g === p) continue;
        wrong = true;
        for (const f of s.features[i]!) {
          w[f * L + g]! += 1;
          u[f * L + g]! += c;
          w[f * L + p]! -= 1;
          u[f * L + p]! -= c;
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    opts.onEpoch?.(epoch, mistakes, average());
  }
  return average();
}

/** One stage of the compact model file: 16-bit integers of `weight / scale`, all-zero features dropped. */
export function quantise(trained: Trained, featureNames: readonly string[]): StageFile {
  let max = 0;
  for (const x of trained.weights) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const keptNames: string[] = [];
  const values: number[] = [];
  const order = featureNames.map((_, i) => i).sort((a, b) => (featureNames[a]! < featureNames[b]! ? -1 : 1));
  for (const f of order) {
    if (f * L >= trained.weights.length) continue;
    const row: number[] = [];
    let any = false;
    for (let k = 0; k < L; k++) {
      const q = Math.round(trained.weights[f * L + k]! / scale);
      row.push(q);
      if (q !== 0) any = true;
    }
    if (!any) continue;
    keptNames.push(featureNames[f]!);
    values.push(...row);
  }
  return {
    scale,
    transitions: Array.from(trained.transitions, (x) => Math.round(x / scale)),
    features: keptNames.join('\n'),
    weights: int16ToBase64(Int16Array.from(values)),
  };
}

/** The model file around its stages. */
export function modelFile(
  stages: readonly StageFile[],
  meta: Record<string, unknown>,
  clusters?: NerModelFile['clusters'],
): NerModelFile {
  return {
    format: NER_MODEL_FORMAT,
    version: NER_MODEL_VERSION,
    labels: [...LABELS],
    stages,
    ...(clusters ? { clusters } : {}),
    meta,
  };
}
