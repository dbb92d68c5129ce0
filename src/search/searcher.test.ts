import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../core/extract/types';
import { assembleCorpus } from '../corpus/build/assemble-corpus';
import { parseCorpus } from '../schema/validate';
import { createSearcher, fuseIndicesToSpans } from './searcher';

// The seed article 003, its body paragraphs taken as they stand in the raw file (lines 12-21),
// so this test does not depend on the furniture pass.
const raw = readFileSync(join(__dirname, '../../corpus/articles/003_1a1a1ac63ae0f7f4.txt'), 'utf8');
const lines = raw.split('\n').filter((l) => l.trim());
const from = lines.findIndex((l) => l.startsWith('Belarusian dictator Alexander Lukashenko said'));
const to = lines.findIndex((l) => l.includes('from countries around the globe'));
const kyiv: ExtractedArticle = {
  title: 'Lukashenko urges talks between Russia, Ukraine',
  titleDerived: false,
  byline: 'Olena Goncharova',
  outlet: 'The Kyiv Independent',
  published: '2023-10-29',
  section: null,
  paragraphs: lines.slice(from, to + 1).map((text) => ({ kind: 'body' as const, text })),
  removed: [],
};
const ferry: ExtractedArticle = {
  title: 'Harbour ferry resumes after storm',
  titleDerived: false,
  byline: 'Ana Petrova',
  outlet: 'Coastal Courier',
  published: '2024-03-02',
  section: null,
  paragraphs: [
    {
      kind: 'body',
      text: 'The ferry between Kessel and Marrow Point ran again on Saturday after the storm.',
    },
  ],
  removed: [],
};
const src = (id: string, extracted: ExtractedArticle) => ({
  id,
  source: { file: `${id}.txt`, format: 'txt' as const, sha256: '' },
  extracted,
});
// Round-trip through JSON, as the app gets the articles.
const corpus = parseCorpus(
  JSON.stringify(
    assembleCorpus([src('kyiv', kyiv), src('ferry', ferry)], { generator: 't', inputsHash: '', builtAt: '' }),
  ),
);
const searcher = createSearcher(corpus.articles);

describe('search', () => {
  it.each(['lukashenk', 'zelenskyy', 'Lukašenko', 'ZELENSKY', 'negotiatons'])(
    'finds the story despite "%s"',
    (q) => {
      const hits = searcher.search(q);
      expect(hits[0]?.article.id).toBe('kyiv');
      expect(hits.map((h) => h.article.id)).not.toContain('ferry');
    },
  );

  it('points at the paragraph that matched and marks the matched letters in the body', () => {
    const [hit] = searcher.search('zelenskyy');
    const a = hit!.article;
    const p = a.paragraphs[hit!.paragraph!]!;
    expect(a.body.slice(p.start, p.end)).toMatch(/Zelensky/);
    const first = hit!.bodySpans[0]!;
    expect(first.start).toBeGreaterThanOrEqual(p.start);
    expect(a.body.slice(first.start, first.end).toLowerCase()).toContain('zelensky');
  });

  it('matches outlet and byline fields', () => {
    expect(searcher.search('Kyiv Independnt')[0]?.fields).toContain('outlet');
    expect(searcher.search('Petrova')[0]?.article.id).toBe('ferry');
  });

  it('returns nothing for one letter or an unrelated word', () => {
    expect(searcher.search('z')).toEqual([]);
    expect(searcher.search('xylophone')).toEqual([]);
  });

  it('marks whole words, even when a typo splits the match', () => {
    const [hit] = searcher.search('Lukašenko');
    const words = hit!.bodySpans.map((s) => hit!.article.body.slice(s.start, s.end));
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(w).toMatch(/^[\p{L}’']+$/u);
    expect(words).toContain('Lukashenko');
  });

  it("turns Fuse's end-inclusive pairs into end-exclusive spans", () => {
    expect(fuseIndicesToSpans([[4, 9]], 100)).toEqual([{ start: 104, end: 110 }]);
    expect(fuseIndicesToSpans([[4, 5]])).toEqual([]); // shorter than minMatchCharLength
  });
});

describe('search marks in text with ß and decomposed accents', () => {
  // Text written for this test: ß folds to "ss" and a decomposed é is two code units.
  const body =
    'Die Außenministerin traf in der Straße Lukashenko und Zelensky. Cafe\u0301 Mozart blieb geschlossen.';
  const german: ExtractedArticle = {
    ...ferry,
    title: 'Treffen in der Straße',
    paragraphs: [{ kind: 'body', text: body }],
  };
  const c = parseCorpus(
    JSON.stringify(assembleCorpus([src('de', german)], { generator: 't', inputsHash: '', builtAt: '' })),
  );
  const s = createSearcher(c.articles);
  it.each([
    ['zelensky', 'Zelensky'],
    ['lukashenko', 'Lukashenko'],
    ['strasse', 'Straße'],
    ['mozart', 'Mozart'],
  ])('"%s" marks exactly "%s"', (q, word) => {
    const [hit] = s.search(q);
    const a = hit!.article;
    expect(hit!.bodySpans.map((x) => a.body.slice(x.start, x.end))).toContain(word);
  });
});
