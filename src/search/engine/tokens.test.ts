import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../../core/text/fold';
import { normalise } from '../../core/text/normalise';
import { words } from '../../core/text/segment';
import { foldText, terms } from './tokens';

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const slow = (text: string) => normalise(text).text.match(WORD) ?? [];
const seed = (name: string) =>
  readFileSync(new URL(`../../core/__fixtures__/${name}`, import.meta.url), 'utf8');

describe('index tokens', () => {
  it("are folded by the core's one folding, and split as its word segmenter splits", () => {
    expect(foldText).toBe(fold);
    for (const w of ['Straße', 'Łukašenko', 'ØRSTED', 'Æsir', 'İstanbul']) {
      expect(words(w).map((t) => t.norm)).toEqual(terms(w));
      expect(normalise(w).text).toBe(terms(w).join(' '));
    }
    expect(terms('Re\u200Buters')).toEqual(terms('Reuters'));
  });

  it('fold like the analysis core on the seed articles', () => {
    for (const name of ['seed-000-body.txt', 'seed-003-body.txt']) {
      const text = seed(name);
      expect(terms(text)).toEqual(slow(text));
    }
  });

  it('fold like the analysis core on accents, special letters, apostrophes and case', () => {
    const text =
      'Łukaszenka’s ØRESUND Straße Æsir œuvre İstanbul Þórr Đorđe naïve CAFÉ Zelensky’s d´Arc `Kyiv Ångström Bắc Ninh';
    expect(terms(text)).toEqual(slow(text));
    expect(terms(text)).toContain("lukaszenka's");
    expect(terms(text)).toContain('strasse');
    expect(terms(text)).toContain('istanbul');
  });

  it('keeps digits and splits on punctuation', () => {
    expect(terms('In 2023, 1,000 troops—"quietly"—left.')).toEqual([
      'in',
      '2023',
      '1',
      '000',
      'troops',
      'quietly',
      'left',
    ]);
    expect(foldText('ÉLAN')).toBe('elan');
  });
});
