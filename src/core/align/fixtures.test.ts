// Golden fixtures of shared quotes across articles, written here: each case's input.json has
// a story's articles, its expected.json the quote groups a reader should see (speaker, and the
// quote each article carries); hand-written, `npm run fixtures:update` rewrites them for review.

import { describe, expect, it } from 'vitest';
import { testModel } from '../../testing/ner-model';
import { demonymOf, findEntities } from '../entities/index';
import { findQuotes } from '../quotes/index';
import { articleId } from '../types';
import { compareArticles } from './compare';

type Input = { articles: { id: string; text: string }[] };
type Expected = { speaker: string | null; quotes: Record<string, string> }[];
const inputs = import.meta.glob<Input>('./__fixtures__/*/input.json', { import: 'default', eager: true });
const expecteds = import.meta.glob<Expected>('./__fixtures__/*/expected.json', {
  import: 'default',
  eager: true,
});
const caseName = (path: string) => path.split('/')[2]!;
const trim = (s: string) => s.replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, '');

function groupsOf(input: Input): Expected {
  const articles = input.articles.map((a) => {
    const entities = findEntities(a.text, testModel());
    return { ...a, id: articleId(a.id), entities, quotes: findQuotes(a.text, entities) };
  });
  const text = new Map(articles.map((a) => [a.id, a.text]));
  return compareArticles(articles, demonymOf).quoteGroups.map((g) => ({
    speaker: g.speaker,
    quotes: Object.fromEntries(g.members.map((m) => [m.article, text.get(m.article)!.slice(m.start, m.end)])),
  }));
}

const trimmed = (groups: Expected) =>
  groups.map((g) => ({
    speaker: g.speaker,
    quotes: Object.fromEntries(Object.entries(g.quotes).map(([k, v]) => [k, trim(v)])),
  }));

describe('shared quote fixtures', () => {
  const cases = Object.keys(inputs).map(caseName);
  it('has the cases of the issue', () => expect(cases.length).toBeGreaterThanOrEqual(4));
  for (const name of cases)
    it(name, () => {
      const got = groupsOf(inputs[`./__fixtures__/${name}/input.json`]!);
      expect(trimmed(got)).toEqual(trimmed(expecteds[`./__fixtures__/${name}/expected.json`]!));
    });
});
