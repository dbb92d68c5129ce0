import { describe, expect, it } from 'vitest';
import { modelJson, testModel } from '../../../testing/ner-model';
import { tokenize } from '../tokenize';
import { documentFeatures } from './features';
import { base64ToInt16, int16ToBase64, LABELS, loadNerModel } from './model';
import { modelFile, quantise, type TrainSentence, trainPerceptron } from './perceptron';
import { tagTokens } from './tag';
import { viterbi } from './viterbi';

const L = LABELS.length;

describe('model file', () => {
  it('round-trips signed 16-bit weights through base64', () => {
    const values = Int16Array.from([0, 1, -1, 127, -128, 32767, -32768, 300, -301]);
    expect(Array.from(base64ToInt16(int16ToBase64(values)))).toEqual(Array.from(values));
  });

  it('refuses another version, a truncated file and something else, saying which', () => {
    const file = modelJson();
    expect(() => loadNerModel({ ...file, version: 1 })).toThrow(/version 1; this version reads 2/);
    const [first, ...rest] = file.stages as Array<Record<string, string>>;
    const cut = { ...first, weights: first!.weights!.slice(0, first!.weights!.length / 2) };
    expect(() => loadNerModel({ ...file, stages: [cut, ...rest] })).toThrow(
      /stage 1 of the model are (truncated|damaged)/,
    );
    expect(() => loadNerModel({ ...file, stages: [] })).toThrow(/no stages/);
    const bad = { ...first, weights: `Á${first!.weights!.slice(1)}` };
    expect(() => loadNerModel({ ...file, stages: [bad, ...rest] })).toThrow(/not base64/);
    expect(() => loadNerModel({ hello: 'world' })).toThrow(/not a Parallax name-tagger model/);
    expect(() => loadNerModel(null)).toThrow(/not a Parallax/);
  });

  it('is the compact, versioned file the issue asks for', () => {
    const m = testModel();
    expect(m.featureCount).toBeGreaterThan(10_000);
    expect(m.clusterOf?.('Russia')).toBeDefined();
    expect(String(m.meta.trainedOn)).toMatch(/CoNLL-2003/);
  });
});

describe('viterbi', () => {
  it('never continues an entity that did not begin, however the emissions lean', () => {
    const e = new Float64Array(3 * L);
    const iPer = LABELS.indexOf('I-PER');
    const iLoc = LABELS.indexOf('I-LOC');
    e[iPer] = 10; // token 0 wants I-PER: not allowed at a sentence start
    e[L + iLoc] = 10; // token 1 wants I-LOC
    e[2 * L + iLoc] = 10;
    const labels = Array.from(viterbi(e, 3, new Float64Array((L + 1) * L)), (k) => LABELS[k]);
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i]!;
      if (l.startsWith('I-')) expect(['B-', 'I-'].map((p) => p + l.slice(2))).toContain(labels[i - 1]);
    }
  });
});

// A tiny training set written here: two kinds of names in fixed contexts.
const WRITTEN = [
  ['Mayor Anna Berg visited Oslo on Monday .', 'O B-PER I-PER O B-LOC O O O'],
  ['Anna Berg said Oslo needs buses .', 'B-PER I-PER O B-LOC O O O'],
  ['The Nordic Bus Company serves Bergen .', 'O B-ORG I-ORG I-ORG O B-LOC O'],
  ['Mayor Lars Holm met Nordic Bus Company in Bergen .', 'O B-PER I-PER O B-ORG I-ORG I-ORG O B-LOC O'],
];
function writtenSentences(ids: Map<string, number>): TrainSentence[] {
  return WRITTEN.map(([text, labels]) => {
    const tokens = tokenize(text!);
    const feats = documentFeatures([tokens])[0]!;
    return {
      gold: Int8Array.from(labels!.split(' '), (l) => LABELS.indexOf(l as (typeof LABELS)[number])),
      features: feats.map((fs) =>
        Int32Array.from(
          fs.map((f) => {
            if (!ids.has(f)) ids.set(f, ids.size);
            return ids.get(f)!;
          }),
        ),
      ),
    };
  });
}

describe('training', () => {
  it('gives the same file for the same data and seed, and learns its data', () => {
    const run = (seed: number) => {
      const ids = new Map<string, number>();
      const sentences = writtenSentences(ids);
      const trained = trainPerceptron(sentences, ids.size, { epochs: 6, seed });
      return modelFile([quantise(trained, [...ids.keys()])], { seed });
    };
    const a = run(7);
    expect(JSON.stringify(run(7))).toBe(JSON.stringify(a));
    const model = loadNerModel(a);
    const tokens = tokenize('Mayor Lars Holm visited Oslo on Monday .');
    const got = tagTokens(model, tokens).map((s) => `${tokens[s.first]!.text}/${s.type}`);
    expect(got).toEqual(['Lars/PER', 'Oslo/LOC']);
  });
});

describe('the committed model on written news', () => {
  const tag = (text: string) => {
    const tokens = tokenize(text);
    return tagTokens(testModel(), tokens).map(
      (s) => `${text.slice(tokens[s.first]!.start, tokens[s.last]!.end)}/${s.type}`,
    );
  };

  it('names people, places and organisations in a sentence it never saw', () => {
    const got = tag(
      'Prime Minister Keir Starmer met union leaders in Manchester on Friday, the BBC reported.',
    );
    expect(got).toContain('Keir Starmer/PER');
    expect(got).toContain('Manchester/LOC');
    expect(got).toContain('BBC/ORG');
  });

  it('is not thrown by an ALL-CAPS headline line', () => {
    const got = tag('MERKEL WARNS OF TRADE WAR WITH CHINA\nBerlin officials met Chinese envoys.');
    expect(got).toContain('Berlin/LOC');
    expect(got.some((g) => g.startsWith('CHINA/'))).toBe(true);
  });
});
