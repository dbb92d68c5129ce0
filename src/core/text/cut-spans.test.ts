import { describe, expect, it } from 'vitest';
import { cutAtSpans } from './cut-spans';

const SEED_SENTENCE =
  'Belarusian dictator Alexander Lukashenko said over the weekend that Russia and Ukraine need to engage in negotiations.';

/** Small deterministic PRNG so the property test is reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('cutAtSpans', () => {
  it('marks exactly the covered letters', () => {
    const at = SEED_SENTENCE.indexOf('Alexander Lukashenko');
    const pieces = cutAtSpans(SEED_SENTENCE, [{ start: at, end: at + 'Alexander Lukashenko'.length }]);
    const marked = pieces.filter((p) => p.cover.length).map((p) => SEED_SENTENCE.slice(p.start, p.end));
    expect(marked).toEqual(['Alexander Lukashenko']);
  });

  it('splits overlapping spans into pieces that know every covering span', () => {
    // "Alexander Lukashenko" and "Lukashenko said" overlap on "Lukashenko".
    const a = SEED_SENTENCE.indexOf('Alexander');
    const l = SEED_SENTENCE.indexOf('Lukashenko');
    const pieces = cutAtSpans(SEED_SENTENCE, [
      { start: a, end: l + 10 },
      { start: l, end: l + 'Lukashenko said'.length },
    ]);
    const both = pieces.filter((p) => p.cover.length === 2);
    expect(both.map((p) => SEED_SENTENCE.slice(p.start, p.end))).toEqual(['Lukashenko']);
  });

  it('property: pieces concatenate to the source text for any set of spans, surrogates included', () => {
    const text = `${SEED_SENTENCE} 🇺🇦 “quoted” ‘text’ — é`;
    const rand = rng(42);
    for (let run = 0; run < 500; run++) {
      const n = Math.floor(rand() * 8);
      const spans = Array.from({ length: n }, () => {
        const a = Math.floor(rand() * (text.length + 20)) - 10;
        const b = a + Math.floor(rand() * 40) - 5;
        return { start: a, end: b };
      });
      const pieces = cutAtSpans(text, spans);
      expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
      for (let k = 1; k < pieces.length; k++) expect(pieces[k]!.start).toBe(pieces[k - 1]!.end);
      for (const p of pieces)
        for (const i of p.cover) {
          expect(spans[i]!.start).toBeLessThanOrEqual(p.start);
          expect(spans[i]!.end).toBeGreaterThanOrEqual(p.end);
        }
    }
  });
});
