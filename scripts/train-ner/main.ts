// `npm run train:ner -- --data PATH [--text DIR] [--dev PATH] [--epochs N] [--seed N]
//   [--stages 1|2] [--out FILE]`
// Trains the name tagger on a CoNLL-2003 training file, keeps a tenth of its documents aside
// (chosen by the seed) to report a held-out-from-training figure, and writes the quantised
// model: word classes from the unlabelled text (training sentences and DIR's .txt files), the
// first stage, then a second stage trained on 4-fold first-stage labels (stacking.ts).
// `--dev` scores the written model on another file (the CoNLL dev set) as well.
// Same data and seed give the same file, byte for byte.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { documentFeatures } from '../../src/core/entities/tagger/features';
import { int16ToBase64, LABELS, loadNerModel } from '../../src/core/entities/tagger/model';
import {
  modelFile,
  predict,
  quantise,
  type Trained,
  type TrainSentence,
  trainPerceptron,
} from '../../src/core/entities/tagger/perceptron';
import { stackFeatures } from '../../src/core/entities/tagger/stacking';
import { labelDocument } from '../../src/core/entities/tagger/tag';
import { tokenize } from '../../src/core/entities/tokenize';
import { seeded } from '../../src/core/random';
import { buildClusters } from './clusters';
import { type ConllDocument, parseConll } from './conll';
import { type Counts, formatCounts, scoreSpans, spansOfLabels } from './score';

function args(argv: string[]): Record<string, string> {
  const o: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    o[a.slice(2)] = argv[i + 1] ?? '';
    i++;
  }
  return o;
}

const opts = args(process.argv.slice(2));
if (!opts.data) {
  console.error(
    'usage: npm run train:ner -- --data eng.train [--dev eng.testa] [--epochs 10] [--seed 1] [--out models/ner/model.json.gz]',
  );
  process.exit(2);
}
const epochs = Number(opts.epochs ?? 10);
const seed = Number(opts.seed ?? 1);
const out = opts.out ?? 'models/ner/model.json.gz';
const holdoutShare = Number(opts.holdout ?? 0.1);

const docs = parseConll(readFileSync(opts.data, 'utf8'));
const order = docs.map((_, i) => i);
const rand = seeded(seed ^ 0x5eed);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const nHold = Math.round(docs.length * holdoutShare);
const held = new Set(order.slice(0, nHold));
const trainDocs = docs.filter((_, i) => !held.has(i));
const holdDocs = docs.filter((_, i) => held.has(i));
const tokenCount = (ds: readonly ConllDocument[]) =>
  ds.reduce((a, d) => a + d.reduce((b, s) => b + s.tokens.length, 0), 0);
console.log(
  `train: ${trainDocs.length} documents, ${tokenCount(trainDocs)} tokens; held out: ${holdDocs.length} documents, ${tokenCount(holdDocs)} tokens`,
);

// Word classes from unlabelled text: the training sentences and, with --text DIR, every
// .txt file under DIR (the BBC News full text, say).
function textFiles(dir: string): string[] {
  const outF: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) outF.push(...textFiles(p));
    else if (e.name.endsWith('.txt')) outF.push(p);
  }
  return outF.sort();
}
const unlabelled: string[][] = trainDocs.flatMap((d) => d.map((s) => s.tokens.map((t) => t.text)));
if (opts.text)
  for (const f of textFiles(opts.text))
    for (const line of readFileSync(f, 'latin1').split('\n')) {
      const toks = tokenize(line).map((t) => t.text);
      if (toks.length) unlabelled.push(toks);
    }
let t0 = performance.now();
const sizes = (opts.sizes ?? '32,128,512').split(',').map(Number);
const clusterMap = buildClusters(unlabelled, {
  minCount: Number(opts['min-count'] ?? 3),
  contextWords: 1000,
  dims: 64,
  sizes,
  iterations: 12,
  seed,
  maxWords: 60000,
});
const clusterOf = (w: string) => clusterMap.get(w);
console.log(
  `word classes: ${clusterMap.size} words from ${unlabelled.length} sentences (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
const clusterWords = [...clusterMap.keys()].sort();
const clusters = {
  sizes,
  words: clusterWords.join('\n'),
  codes: int16ToBase64(Int16Array.from(clusterWords.flatMap((w) => clusterMap.get(w)!))),
};

const ids = new Map<string, number>();
const names: string[] = [];
const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
/** Feature ids of feature names; with `grow`, unseen names get new ids (training), else are skipped. */
function idsOf(fs: readonly string[], grow: boolean): number[] {
  const row: number[] = [];
  for (const f of fs) {
    let id = ids.get(f);
    if (id === undefined && grow) {
      id = names.length;
      ids.set(f, id);
      names.push(f);
    }
    if (id !== undefined) row.push(id);
  }
  return row;
}
function toSentences(ds: readonly ConllDocument[], grow: boolean): TrainSentence[] {
  const outS: TrainSentence[] = [];
  for (const d of ds) {
    const feats = documentFeatures(
      d.map((s) => s.tokens),
      clusterOf,
    );
    d.forEach((s, si) => {
      outS.push({
        gold: Int8Array.from(s.labels, (l) => labelIndex.get(l)!),
        features: feats[si]!.map((fs) => Int32Array.from(idsOf(fs, grow))),
      });
    });
  }
  return outS;
}
t0 = performance.now();
const trainS = toSentences(trainDocs, true);
const holdS = toSentences(holdDocs, false);
console.log(`features: ${names.length} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

function evalTrained(sentences: readonly TrainSentence[], m: Trained): Counts {
  const c = scoreSpans([], []);
  predict(m, sentences).forEach((pred, i) => {
    scoreSpans(
      spansOfLabels(Array.from(sentences[i]!.gold, (k) => LABELS[k]!)),
      spansOfLabels(Array.from(pred, (k) => LABELS[k]!)),
      c,
    );
  });
  return c;
}

t0 = performance.now();
const trained = trainPerceptron(trainS, names.length, {
  epochs,
  seed,
  onEpoch: (epoch, mistakes, avg) => {
    const c = evalTrained(holdS, avg);
    console.log(
      `epoch ${epoch}: ${mistakes} sentences wrong; held out ${formatCounts(c)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
  },
});

// Second stage (experiment first): k-fold first-stage labels on the training documents.
function docRanges(ds: readonly ConllDocument[]): Array<[number, number]> {
  let at = 0;
  return ds.map((d) => {
    const r: [number, number] = [at, at + d.length];
    at += d.length;
    return r;
  });
}
function stage2Sentences(
  ds: readonly ConllDocument[],
  base: readonly TrainSentence[],
  first: readonly Int8Array[],
  grow: boolean,
): TrainSentence[] {
  const out2: TrainSentence[] = [];
  docRanges(ds).forEach(([a, b], di) => {
    const stacked = stackFeatures(
      ds[di]!.map((s) => s.tokens),
      first.slice(a, b),
    );
    for (let si = a; si < b; si++)
      out2.push({
        gold: base[si]!.gold,
        features: base[si]!.features.map((row, i) =>
          Int32Array.from([...row, ...idsOf(stacked[si - a]![i]!, grow)]),
        ),
      });
  });
  return out2;
}
// The second stage is trained unless `--stages 1`.
let secondStage: Trained | null = null;
if (opts.stages !== '1') {
  const K = 4;
  const ranges = docRanges(trainDocs);
  const firstTrain: Int8Array[] = new Array(trainS.length);
  const baseCount = names.length;
  for (let k = 0; k < K; k++) {
    const inFold = (di: number) => di % K === k;
    const trainPart = ranges.flatMap(([a, b], di) => (inFold(di) ? [] : trainS.slice(a, b)));
    const m = trainPerceptron(trainPart, baseCount, { epochs, seed: seed + k + 1 });
    ranges.forEach(([a, b], di) => {
      if (!inFold(di)) return;
      predict(m, trainS.slice(a, b)).forEach((l, j) => {
        firstTrain[a + j] = l;
      });
    });
    console.log(`stage 1, fold ${k + 1} of ${K} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const train2 = stage2Sentences(trainDocs, trainS, firstTrain, true);
  const hold2 = stage2Sentences(holdDocs, holdS, predict(trained, holdS), false);
  secondStage = trainPerceptron(train2, names.length, {
    epochs,
    seed,
    onEpoch: (epoch, mistakes, avg) => {
      const c = evalTrained(hold2, avg);
      console.log(`stage 2, epoch ${epoch}: ${mistakes} sentences wrong; held out ${formatCounts(c)}`);
    },
  });
}

const meta = {
  trainedOn: 'CoNLL-2003 English training set (eng.train), all but a held-out tenth of its documents',
  trainDocuments: trainDocs.length,
  trainTokens: tokenCount(trainDocs),
  heldOutDocuments: holdDocs.length,
  epochs,
  seed,
  stages: secondStage ? 2 : 1,
  dataSha256: createHash('sha256').update(readFileSync(opts.data)).digest('hex').slice(0, 16),
};
const draftFile = modelFile(
  secondStage ? [quantise(trained, names), quantise(secondStage, names)] : [quantise(trained, names)],
  meta,
  clusters,
);
// Score the quantised model through the run-time path (loadNerModel + labelDocument).
const model = loadNerModel(draftFile);
function evalModel(ds: readonly ConllDocument[]): { c: Counts; tps: number } {
  const c = scoreSpans([], []);
  let tokens = 0;
  const start = performance.now();
  for (const d of ds) {
    const labelled = labelDocument(
      model,
      d.map((s) => s.tokens),
    );
    d.forEach((s, si) => {
      const got = spansOfLabels(Array.from(labelled[si]!, (k) => LABELS[k]!));
      scoreSpans(spansOfLabels(s.labels), got, c);
      tokens += s.tokens.length;
    });
  }
  return { c, tps: tokens / ((performance.now() - start) / 1000) };
}
const h = evalModel(holdDocs);
const heldOut = `${formatCounts(h.c)} on ${holdDocs.length} held-out documents of the training file`;
console.log(`held out of training (quantised model): ${formatCounts(h.c)}, ${Math.round(h.tps)} tokens/s`);
const file = { ...draftFile, meta: { ...meta, heldOut } };
const json = JSON.stringify(file);
const gz = gzipSync(json, { level: 9 });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, gz);
renameSync(`${out}.tmp`, out);
console.log(
  `wrote ${out}: ${file.stages.map((s) => s.features.split('\n').length).join(' + ')} features, ${(json.length / 2 ** 20).toFixed(2)} MB JSON, ${(gz.length / 2 ** 20).toFixed(2)} MB gzip, sha256 ${createHash('sha256').update(gz).digest('hex').slice(0, 16)}`,
);
if (opts.dev) {
  const dev = parseConll(readFileSync(opts.dev, 'utf8'));
  const d = evalModel(dev);
  console.log(`dev ${opts.dev} (quantised model): ${formatCounts(d.c)}, ${Math.round(d.tps)} tokens/s`);
}
