/**
 * The invented attack story (core/__fixtures__/attack-story.ts) as the reader gets it: three
 * articles assembled into a corpus by the real core (entities, quotes, links, claims) and
 * round-tripped through JSON like the bundle.
 */
import { ATTACK, ATTACK_META } from '../core/__fixtures__/attack-story';
import { assembleCorpus } from '../corpus/build/assemble-corpus';
import { parseCorpus } from '../schema/validate';

export const attackCorpus = parseCorpus(
  JSON.stringify(
    assembleCorpus(
      (Object.keys(ATTACK) as (keyof typeof ATTACK)[]).map((id) => ({
        id,
        source: { file: `${id}.txt`, format: 'txt' as const, sha256: '' },
        extracted: {
          title: ATTACK_META[id].title,
          titleDerived: false,
          byline: null,
          outlet: ATTACK_META[id].outlet,
          published: ATTACK_META[id].published,
          section: null,
          paragraphs: ATTACK[id].split(/\n\s*\n/).map((text) => ({ kind: 'body' as const, text })),
          removed: [],
        },
      })),
      { generator: 'test', inputsHash: '', builtAt: '' },
    ),
  ),
);
export const attackStory = attackCorpus.stories.find((s) => s.articleIds.length === 3)!;
