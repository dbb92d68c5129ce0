/**
 * The seed story as the reader gets it: the two frozen seed bodies assembled into a corpus by
 * the real core (entities, quotes, links), round-tripped through JSON like the bundle.
 */
import seed000 from '../core/__fixtures__/seed-000-body.txt?raw';
import seed003 from '../core/__fixtures__/seed-003-body.txt?raw';
import { assembleCorpus } from '../corpus/build/assemble-corpus';
import { parseCorpus } from '../schema/validate';

const article = (id: string, body: string, outlet: string | null, title: string) => ({
  id,
  source: { file: `${id}.txt`, format: 'txt' as const, sha256: '' },
  extracted: {
    title,
    titleDerived: false,
    byline: null,
    outlet,
    published: '2023-10-29',
    section: null,
    paragraphs: body
      .split(/\n\s*\n/)
      .filter((p) => p.trim())
      .map((text) => ({ kind: 'body' as const, text })),
    removed: [],
  },
});

export const seedCorpus = parseCorpus(
  JSON.stringify(
    assembleCorpus(
      [
        article('de', seed000, null, 'Lukashenko wants negotiations'),
        article('kyiv', seed003, 'The Kyiv Independent', 'Lukashenko urges talks between Russia, Ukraine'),
      ],
      { generator: 'test', inputsHash: '', builtAt: '' },
    ),
  ),
);
export const seedStory = seedCorpus.stories.find((s) => s.articleIds.length === 2)!;
export const [de, kyiv] = ['de', 'kyiv'].map((id) => seedCorpus.articles.find((a) => a.id === id)!) as [
  (typeof seedCorpus.articles)[number],
  (typeof seedCorpus.articles)[number],
];
export const outletOf = (id: string) => (id === 'kyiv' ? 'The Kyiv Independent' : 'Outlet unknown');
