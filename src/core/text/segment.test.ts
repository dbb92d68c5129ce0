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

describe('segmentation of very long text (fed to Intl in pieces)', () => {
  it('finds every word and sentence with exact offsets across piece boundaries', () => {
    const sentence = 'The harbour ferry ran again on Saturday after repairs to the pier.';
    const text = Array.from({ length: 1500 }, () => sentence).join(' ');
    const w = words(text);
    expect(w).toHaveLength(1500 * 12);
    expect(w.every((x) => /^[A-Za-z]+$/.test(text.slice(x.start, x.end)))).toBe(true);
    const s = sentences(text);
    expect(s).toHaveLength(1500);
    expect(s.every((x) => text.slice(x.start, x.end) === sentence)).toBe(true);
  });
});
