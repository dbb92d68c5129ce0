/**
 * Running the trained tagger over a text: our tokenizer's tokens (the same the model was
 * trained on), cut into sentences at line breaks and sentence-ending punctuation, features per
 * token, Viterbi per sentence, and BIO labels read back as typed spans with exact offsets.
 */
import type { Token } from '../tokenize';
import type { EntityType } from '../types';
import { documentFeatures } from './features';
import { LABELS, type NerModel, type Stage } from './model';
import { stackFeatures } from './stacking';
import { viterbi } from './viterbi';

export interface TaggedSpan {
  /** First and last token index (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
}

const ENDS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** Long runs without punctuation are cut: decoding stays linear and features local. */
const MAX_SENTENCE = 120;

/** Token index ranges [from, to) of the sentences of a token list. */
export function sentencesOf(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const t = tokens[i];
    let cut = t === undefined || t.line !== tokens[i - 1]!.line || i - from >= MAX_SENTENCE;
    if (!cut && t!.sentStart) {
      let k = i - 1;
      while (k > from && CLOSERS.has(tokens[k]!.text)) k--;
      cut = ENDS.has(tokens[k]!.text);
    }
    if (cut) {
      out.push([from, i]);
      from = i;
    }
  }
  return out;
}

function decode(stage: Stage, features: readonly (readonly string[])[][]): Int8Array[] {
  const L = LABELS.length;
  const row = new Float64Array(L);
  return features.map((feats) => {
    const n = feats.length;
    const e = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      row.fill(0);
      stage.score(feats[i]!, row);
      e.set(row, i * L);
    }
    return viterbi(e, n, stage.transitions);
  });
}

/**
 * Best label indices per token of each sentence of a document: the first stage over the
 * text's features (which see the whole document), then the second, if the model has one,
 * over those and the first stage's labels across the document (stacking.ts).
 */
export function labelDocument(model: NerModel, doc: readonly (readonly Token[])[]): Int8Array[] {
  const features = documentFeatures(doc, model.clusterOf);
  const first = decode(model.stages[0]!, features);
  const second = model.stages[1];
  if (!second) return first;
  const stacked = stackFeatures(doc, first);
  return decode(
    second,
    features.map((sent, s) => sent.map((f, i) => [...f, ...stacked[s]![i]!])),
  );
}

export function tagTokens(model: NerModel, tokens: readonly Token[]): TaggedSpan[] {
  const sentences = sentencesOf(tokens);
  const labelled = labelDocument(
    model,
    sentences.map(([a, b]) => tokens.slice(a, b)),
  );
  const out: TaggedSpan[] = [];
  sentences.forEach(([from], si) => {
    const labels = labelled[si]!;
    let open: { first: number; type: EntityType } | null = null;
    const close = (last: number) => {
      if (open) out.push({ first: from + open.first, last: from + last, type: open.type });
      open = null;
    };
    for (let i = 0; i < labels.length; i++) {
      const label = model.labels[labels[i]!]!;
      if (label === 'O' || label.startsWith('B-')) close(i - 1);
      if (label.startsWith('B-')) open = { first: i, type: label.slice(2) as EntityType };
    }
    close(labels.length - 1);
  });
  return out;
}
