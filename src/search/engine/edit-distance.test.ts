import { describe, expect, it } from 'vitest';
import { editDistance, letterGap } from './edit-distance';

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one typo', () => {
    expect(editDistance('nishsa', 'nissha', 2)).toBe(1);
    expect(editDistance('qiupe', 'quipe', 2)).toBe(1);
  });

  it('counts dropped, doubled and replaced letters', () => {
    expect(editDistance('electon', 'election', 2)).toBe(1);
    expect(editDistance('colapse', 'collapse', 2)).toBe(1);
    expect(editDistance('inflaton', 'inflation', 2)).toBe(1);
    expect(editDistance('minsk', 'minsk', 2)).toBe(0);
    expect(editDistance('kharkiv', 'harkov', 3)).toBe(2);
  });

  it('does not count a word merely held inside a longer one as close', () => {
    expect(editDistance('nishsa', 'nenisha', 2)).toBe(3);
  });

  it('gives up above the bound, answering max + 1', () => {
    expect(editDistance('ferry', 'referendum', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('', 'ab', 1)).toBe(2);
    expect(editDistance('ab', '', 2)).toBe(2);
  });
});

describe('letterGap', () => {
  it('counts the letters two words do not share, with repeats', () => {
    expect(letterGap('nishsa', 'nissha')).toBe(0); // a swap changes no count
    expect(letterGap('electon', 'election')).toBe(1);
    expect(letterGap('ferry', 'fury')).toBe(3); // e, r out; u in
    expect(letterGap('kyiv', 'kyïv')).toBe(2); // ï is one more letter, i one fewer
  });

  it('is never more than twice the edit distance, so it never rules out a real typo', () => {
    // Words written here, with their misspellings as typists make them.
    const words = ['lukashenko', 'ceasefire', 'zelenskyy', 'harbour', 'turnout', 'tbilisi', 'kharkiv'];
    const typos = (w: string) => [
      w.slice(1),
      w.slice(0, -1),
      w.slice(0, 3) + w.slice(4),
      `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`,
      `${w}s`,
      w.replace(/a/g, 'e'),
      w.replace(/[aeiou]/, ''),
    ];
    for (const w of words)
      for (const t of [...typos(w), ...words]) {
        const d = editDistance(w, t, 40);
        expect(letterGap(w, t), `${w} → ${t}`).toBeLessThanOrEqual(2 * d);
      }
  });
});
