import { describe, expect, it } from 'vitest';
import { normalise, toSource } from './normalise';

describe('normalise', () => {
  it('folds quotes, dashes, whitespace, case and diacritics', () => {
    expect(normalise('  “Lukašenko’s”  —\n\tTALKS ').text).toBe(`"lukasenko's" - talks`);
  });

  it('maps a match in normalised text back onto the source letters', () => {
    const src = 'Minsk – Russia and Ukraine are in a “stalemate”, says Łukaszenka.';
    const n = normalise(src);
    for (const word of ['stalemate', 'lukaszenka', 'russia and ukraine']) {
      const at = n.text.indexOf(word);
      const s = toSource(n, at, at + word.length);
      expect(normalise(src.slice(s.start, s.end)).text).toBe(word);
      expect(/^\s|\s$/.test(src.slice(s.start, s.end))).toBe(false);
    }
  });

  it('keeps offsets exact after emoji and surrogate pairs', () => {
    const src = '🇺🇦 𝒳 Zelensky said 😀 “very symbolic”';
    const n = normalise(src);
    const at = n.text.indexOf('very symbolic');
    const s = toSource(n, at, at + 'very symbolic'.length);
    expect(src.slice(s.start, s.end)).toBe('very symbolic');
    const emoji = n.text.indexOf('😀');
    const e = toSource(n, emoji, emoji + 2);
    expect(src.slice(e.start, e.end)).toBe('😀');
  });

  it('maps an expanded character (ligature) back to the whole source character', () => {
    const src = 'the ﬁnal vote';
    const n = normalise(src);
    expect(n.text).toBe('the final vote');
    const s = toSource(n, 4, 9);
    expect(src.slice(s.start, s.end)).toBe('ﬁnal');
  });
});
