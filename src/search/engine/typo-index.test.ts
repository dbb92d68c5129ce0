import { describe, expect, it } from 'vitest';
import { seeded } from '../../core/random';
import { typo } from '../../testing/generated-corpus';
import { seedCorpus } from '../../testing/seed-story';
import { editDistance } from './edit-distance';
import { terms } from './tokens';
import { buildTypoBuckets, deletionKeys, typoEligible, typoLookup, typosAllowed } from './typo-index';

// The vocabulary of the two seed articles (real news text), sorted as the index sorts it.
const vocabulary = [...new Set(seedCorpus.articles.flatMap((a) => terms(`${a.title} ${a.body}`)))].sort();
const lookup = typoLookup(vocabulary, 0, buildTypoBuckets(vocabulary, 0, vocabulary.length));

/** What the typo index stands in for: every term checked by its edit distance. */
const scan = (word: string, max: number) =>
  vocabulary.flatMap((t, i) =>
    typoEligible(t) && t[0] === word[0] && editDistance(word, t, max) <= max ? [i] : [],
  );

describe('typo index', () => {
  it('deletes letters after the first only', () => {
    expect(deletionKeys('kyiv', 1).sort()).toEqual(['kiv', 'kyi', 'kyiv', 'kyv']);
    expect(deletionKeys('abc', 2).sort()).toEqual(['a', 'ab', 'abc', 'ac']);
  });

  it('finds exactly the terms a scan of the vocabulary finds, for typos of every kind', () => {
    const r = seeded(5);
    const words = vocabulary.filter((t) => t.length >= 5 && !/\d/.test(t));
    expect(words.length).toBeGreaterThan(200);
    let found = 0;
    for (const w of words) {
      // One typo (a dropped, doubled, swapped or replaced letter), and for long words two.
      const once = typo(w, r);
      const twice = w.length >= 7 ? typo(once, r) : once;
      for (const q of [once, twice]) {
        const max = typosAllowed(q);
        const near = lookup.near(q, max).sort((a, b) => a - b);
        expect(near, q).toEqual(scan(q, max));
        if (near.includes(vocabulary.indexOf(w))) found++;
      }
    }
    expect(found).toBeGreaterThan(words.length * 1.5);
  });

  it('finds nothing for a word whose first letter is mistyped, as the search promises', () => {
    const i = vocabulary.indexOf('lukashenko');
    expect(lookup.near('lukashenko', 2)).toContain(i);
    expect(lookup.near('mukashenko', 2)).not.toContain(i);
  });

  it('keeps no keys, only hash buckets of term numbers: a few numbers per term', () => {
    const buckets = buildTypoBuckets(vocabulary, 0, vocabulary.length);
    expect(buckets.length / vocabulary.length).toBeLessThan(80);
    expect(buckets).toMatch(/^[0-9a-z,;]*$/);
  });
});
