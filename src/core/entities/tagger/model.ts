/**
 * The trained name tagger's weights: the file format, its validation, and scoring.
 *
 * A model is one or two stages, each a linear scorer over feature strings (features.ts; the
 * second stage adds stacking.ts's) for nine BIO labels, plus label-to-label transition scores
 * for Viterbi decoding (viterbi.ts). The file is JSON: per stage, feature names joined by
 * newlines and for each feature one signed 16-bit integer per label (little-endian, base64),
 * all scaled by one factor: quantised averaged-perceptron weights. `format` and `version`
 * stamp the file; a file of another version is refused, never half-read.
 */

export const LABELS = [
  'O',
  'B-PER',
  'I-PER',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const;
export type Label = (typeof LABELS)[number];
export const NER_MODEL_FORMAT = 'parallax-ner';
export const NER_MODEL_VERSION = 2;

/** One stage's linear scorer, as stored. */
export interface StageFile {
  /** Every weight is `integer * scale`. */
  readonly scale: number;
  /** (labels + 1) × labels transition weights, in units of `scale`; the last row is the sentence start. */
  readonly transitions: readonly number[];
  /** Feature names joined by newlines. */
  readonly features: string;
  /** base64 of features × labels little-endian signed 16-bit integers. */
  readonly weights: string;
}

export interface NerModelFile {
  readonly format: typeof NER_MODEL_FORMAT;
  readonly version: typeof NER_MODEL_VERSION;
  readonly labels: readonly string[];
  /** The first stage reads the text; a second, if any, also reads the first's labels (stacking.ts). */
  readonly stages: readonly StageFile[];
  /** Word classes learned from unlabelled text: words joined by newlines, `sizes.length` codes each. */
  readonly clusters?: { readonly sizes: readonly number[]; readonly words: string; readonly codes: string };
  /** What it was trained on and how (the model card's facts). */
  readonly meta: Readonly<Record<string, unknown>>;
}

/** One stage: scores feature strings for every label, and label-to-label transitions. */
export interface Stage {
  readonly transitions: Float64Array;
  /** Adds the weights of the known features among `features` into `out` (one slot per label). */
  score(features: readonly string[], out: Float64Array): void;
  readonly featureCount: number;
}

export interface NerModel {
  readonly labels: readonly Label[];
  readonly stages: readonly Stage[];
  readonly meta: Readonly<Record<string, unknown>>;
  readonly featureCount: number;
  /** The word classes the features use (see features.ts), if the model has them. */
  readonly clusterOf?: (word: string) => readonly number[] | undefined;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 to signed bytes (the core has no `atob` or `Buffer`). */
export function base64ToInt8(s: string): Int8Array {
  const clean = s.replace(/={1,2}$/, '');
  if (clean.length % 4 === 1) throw new Error('the model weights are not base64 (a truncated group)');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  const val = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) val[B64.charCodeAt(i)] = i;
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? val[code]! : -1;
    if (v < 0) throw new Error('the model weights are not base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

/** Little-endian 16-bit integers as base64. */
export function int16ToBase64(values: Int16Array): string {
  const bytes = new Int8Array(values.length * 2);
  values.forEach((v, i) => {
    bytes[2 * i] = v & 255;
    bytes[2 * i + 1] = v >> 8;
  });
  return int8ToBase64(bytes);
}

export function base64ToInt16(s: string): Int16Array {
  const bytes = base64ToInt8(s);
  if (bytes.length % 2) throw new Error('the model weights end in half a number');
  const out = new Int16Array(bytes.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = (bytes[2 * i]! & 255) | (bytes[2 * i + 1]! << 8);
  return out;
}

export function int8ToBase64(bytes: Int8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]! & 255;
    const b = i + 1 < bytes.length ? bytes[i + 1]! & 255 : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! & 255 : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

function loadStage(f: Partial<StageFile> | undefined, n: number): Stage {
  const L = LABELS.length;
  const which = `stage ${n + 1} of the model`;
  if (!f || typeof f !== 'object') throw new Error(`${which} is missing`);
  if (typeof f.scale !== 'number' || !(f.scale > 0)) throw new Error(`${which} has no weight scale`);
  if (!Array.isArray(f.transitions) || f.transitions.length !== (L + 1) * L)
    throw new Error(`the transitions of ${which} are damaged`);
  if (typeof f.features !== 'string' || typeof f.weights !== 'string')
    throw new Error(`${which} has no features`);
  const names = f.features.split('\n');
  let values: Int16Array;
  try {
    values = base64ToInt16(f.weights);
  } catch (e) {
    throw new Error(`the weights of ${which} are damaged: ${(e as Error).message}`);
  }
  if (values.length !== names.length * L)
    throw new Error(`the weights of ${which} are truncated (${values.length} of ${names.length * L})`);
  const scale = f.scale;
  const index = new Map<string, number>();
  for (let i = 0; i < names.length; i++) index.set(names[i]!, i * L);
  return {
    transitions: Float64Array.from(f.transitions, (b) => b * scale),
    featureCount: names.length,
    score(features, out) {
      for (const name of features) {
        const at = index.get(name);
        if (at === undefined) continue;
        for (let k = 0; k < L; k++) out[k]! += values[at + k]! * scale;
      }
    },
  };
}

/** Reads a model file; throws an Error that says what is wrong with it. */
export function loadNerModel(file: unknown): NerModel {
  const f = file as Partial<NerModelFile> | null;
  if (!f || typeof f !== 'object' || f.format !== NER_MODEL_FORMAT)
    throw new Error('not a Parallax name-tagger model');
  if (f.version !== NER_MODEL_VERSION)
    throw new Error(
      `name-tagger model version ${JSON.stringify(f.version)}; this version reads ${NER_MODEL_VERSION}`,
    );
  if (!Array.isArray(f.labels) || f.labels.join() !== LABELS.join())
    throw new Error('the model labels differ from this version');
  if (!Array.isArray(f.stages) || f.stages.length < 1 || f.stages.length > 2)
    throw new Error('the model has no stages');
  const stages = f.stages.map((s, n) => loadStage(s, n));
  let clusterOf: NerModel['clusterOf'];
  if (f.clusters) {
    const { sizes, words, codes } = f.clusters;
    const list = words.split('\n');
    const all = base64ToInt16(codes);
    if (!Array.isArray(sizes) || all.length !== list.length * sizes.length)
      throw new Error('the model word classes are damaged');
    const byWord = new Map<string, readonly number[]>();
    for (let i = 0; i < list.length; i++)
      byWord.set(list[i]!, Array.from(all.subarray(i * sizes.length, (i + 1) * sizes.length)));
    clusterOf = (w) => byWord.get(w);
  }
  return {
    labels: LABELS,
    stages,
    meta: f.meta ?? {},
    featureCount: stages.reduce((n, s) => n + s.featureCount, 0),
    clusterOf,
  };
}
