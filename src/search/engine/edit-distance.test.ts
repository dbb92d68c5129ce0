import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

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
