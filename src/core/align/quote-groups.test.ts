import { describe, expect, it } from 'vitest';
import { entityId } from '../names/people';
import type { Quote } from '../quotes/types';
import { articleId } from '../types';
import { compareArticles } from './compare';
import { groupQuotes } from './quote-groups';
import type { CompareArticle } from './types';

// Written here: one long statement, two outlets that trimmed it differently (one adding words
// of a later sentence), and a fourth outlet whose different quote shares only those added words.
const LONG =
  'We will rebuild every school in the valley before winter comes, and we will not stop until every family has a roof over its head again.';
const TRIM_A = 'We will rebuild every school in the valley before winter comes';
const TRIM_B =
  'we will not stop until every family has a roof over its head again, and the farms will get new fences too';
const OTHER = 'The farms will get new fences too, the governor promised, but nobody knows who pays';

function article(id: string, quoted: string, speaker: string | null): CompareArticle {
  const text = `Officials spoke on Monday. "${quoted}," ${speaker ?? 'someone'} said.`;
  const start = text.indexOf(quoted);
  // as findQuotes gives them with the text's entities: the speaker resolved to its id
  const q: Quote = {
    start,
    end: start + quoted.length,
    speaker,
    kind: 'direct',
    speakerEntity: speaker ? entityId(speaker) : null,
  };
  return { id: articleId(id), text, quotes: [q], entities: [] };
}

describe('quote groups', () => {
  const articles = [
    article('full', LONG, 'Ana Duarte'),
    article('a', TRIM_A, 'Ana Duarte'),
    article('b', TRIM_B, 'Duarte'),
    article('other', OTHER, 'Pedro Alves'),
  ];
  const { groups } = groupQuotes(articles);

  it('keeps both trims with the full statement, though they share no words', () => {
    const g = groups.find((x) => x.members.some((m) => m.article === 'full'))!;
    expect(g.members.map((m) => m.article).sort()).toEqual(['a', 'b', 'full']);
  });

  it('says when its members name different speakers, but not for a speaker no entity stands for', () => {
    const nominal = { ...article('y', TRIM_A, 'the chairman') };
    nominal.quotes = [{ ...nominal.quotes[0]!, speakerEntity: null }];
    const unresolved = compareArticles([article('x', LONG, 'Ana Duarte'), nominal], () => null);
    expect(unresolved.quoteGroups[0]!.speakers).toBeUndefined();
    const named = [article('x', LONG, 'Ana Duarte'), article('y', TRIM_A, 'Pedro Alves')];
    const c = compareArticles(named, () => null);
    expect(new Set(c.quoteGroups[0]!.speakers)).toEqual(new Set(['Ana Duarte', 'Pedro Alves']));
    const agreed = compareArticles(
      [article('x', LONG, 'Ana Duarte'), article('y', TRIM_A, 'Ana Duarte')],
      () => null,
    );
    expect(agreed.quoteGroups[0]!.speakers).toBeUndefined();
  });

  it('does not chain another quote in through a fragment it shares with one trim', () => {
    for (const g of groups)
      if (g.members.some((m) => m.article === 'full'))
        expect(g.members.map((m) => m.article)).not.toContain('other');
  });
});

describe('quote groups never chain through a middle quote', () => {
  // A and C share no word; B shares six words with A and eight with C.
  const A = 'the harbour will reopen to fishing boats on the first of May';
  const B = 'fishing boats on the first of May will pay no fee for the season and may stay all year';
  const C =
    'will pay no fee for the season and may stay all year long, the council added in a letter to every owner';
  const { groups } = groupQuotes([article('a', A, null), article('b', B, null), article('c', C, null)]);

  it('puts A and C in no group together', () => {
    for (const g of groups) {
      const ids = g.members.map((m) => m.article);
      expect(ids.includes(articleId('a')) && ids.includes(articleId('c'))).toBe(false);
    }
    expect(groups.length).toBeGreaterThan(0);
  });
});
