// Golden fixtures of the attribution shapes of real news, written here: each case's
// input.json has a text, its expected.json the quotes a reader should see and who said each
// (hand-written; `npm run fixtures:update` rewrites them from the code, to review with git diff).
// Quote texts are compared without their edge punctuation.
import { describe, expect, it } from 'vitest';
import { testModel } from '../../testing/ner-model';
import { findEntities } from '../entities/index';
import { findQuotes } from './index';

const inputs = import.meta.glob<{ text: string }>('./__fixtures__/*/input.json', {
  import: 'default',
  eager: true,
});
const expecteds = import.meta.glob<{ quote: string; speaker: string | null }[]>(
  './__fixtures__/*/expected.json',
  { import: 'default', eager: true },
);
const caseName = (path: string) => path.split('/')[2]!;
const trim = (s: string) => s.replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, '');

function quotesOf(text: string) {
  return findQuotes(text, findEntities(text, testModel())).map((q) => ({
    quote: text.slice(q.start, q.end),
    speaker: q.speaker,
  }));
}

describe('quote attribution fixtures', () => {
  const cases = Object.keys(inputs).map(caseName);
  it('covers every attribution shape of the issue', () => expect(cases.length).toBeGreaterThanOrEqual(12));
  for (const name of cases) {
    it(name, () => {
      const { text } = inputs[`./__fixtures__/${name}/input.json`]!;
      const expected = expecteds[`./__fixtures__/${name}/expected.json`]!;
      const got = quotesOf(text).map((q) => ({ ...q, quote: trim(q.quote) }));
      expect(got).toEqual(expected.map((q) => ({ ...q, quote: trim(q.quote) })));
    });
  }
});
