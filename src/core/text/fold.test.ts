import { describe, expect, it } from 'vitest';
import { groupEntities } from '../align/entity-groups';
import { articleId } from '../types';
import { fold } from './fold';
import { normalise } from './normalise';
import { words } from './segment';

// Characters where foldings used to disagree: ß, ł, ø, æ, capital sharp s, final sigma,
// dotted I, ligatures, typographic quotes, the acute accent, dashes, wide letters, emoji.
const TRICKY = [...'aZßẞŁłØøÆæŒœÞþıİΣσςﬁ’‘“”«»´¨˜`—–‐−é\u0301ñÅＡ😀 \t-\'".\u200b\u00ad\u202e\u2066\ufeff'];

function randomText(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += TRICKY[x % TRICKY.length];
  }
  return out;
}

describe('the one folding', () => {
  it('folds a text as it folds each of its characters', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const s = randomText(seed, 1 + (seed % 23));
      expect(fold(s)).toBe([...s].map(fold).join(''));
    }
  });

  // src/search/engine/tokens.test.ts proves the search index folds the same way.
  it('is what normalise and the word segmenter use', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const s = randomText(seed, 12).replace(/\s+/g, 'x');
      expect(normalise(s).text).toBe(fold(s));
    }
    for (const w of ['Straße', 'Łukašenko', 'ØRSTED', 'Æsir', 'İstanbul'])
      expect(words(w).map((t) => t.norm)).toEqual(normalise(w).text.split(' '));
  });

  it('lets the names search finds also group across articles', () => {
    expect(fold('Straße')).toBe(fold('Strasse'));
    expect(fold('Łukašenko')).toBe(fold('Lukasenko'));
    expect(fold('na¨ive don´t')).toBe("naive don't");
    const mention = (name: string) => ({ start: 0, end: name.length, type: 'PER' as const, name });
    const groups = groupEntities(
      [
        { id: articleId('a'), text: '', quotes: [], entities: [mention('Aljaksandr Łukašenka')] },
        { id: articleId('b'), text: '', quotes: [], entities: [mention('Aljaksandr Lukasenka')] },
      ],
      () => null,
    );
    expect(groups.map((g) => g.articles)).toEqual([['a', 'b']]);
  });

  it('drops zero-width, soft-hyphen and bidi control characters: "Re\u200Buters" is "reuters"', () => {
    expect(fold('Re\u200Buters')).toBe('reuters');
    expect(fold('\u202Enwonknu\u202C Outlet\u00AD')).toBe('nwonknu outlet');
  });
});
