import { describe, expect, it } from 'vitest';
import { sentences, words } from './segment';

const text =
  'Lukashenko: Dictator wants to negotiate end of war\n\nThe authoritarian head of state caused surprising reactions. He said: “There are enough problems on both sides.” Nobody can do anything.';

describe('segmentation', () => {
  it('splits sentences and never across a paragraph break', () => {
    const s = sentences(text).map((x) => text.slice(x.start, x.end));
    expect(s[0]).toBe('Lukashenko: Dictator wants to negotiate end of war');
    expect(s[1]).toBe('The authoritarian head of state caused surprising reactions.');
    expect(s.at(-1)).toBe('Nobody can do anything.');
  });

  it('gives word tokens with exact offsets and folded forms, after emoji too', () => {
    const t = '😀 Lukašenko’s “talks”';
    const w = words(t);
    expect(w.map((x) => t.slice(x.start, x.end))).toEqual(['Lukašenko’s', 'talks']);
    expect(w.map((x) => x.norm)).toEqual(["lukasenko's", 'talks']);
  });
});
