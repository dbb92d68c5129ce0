// Golden fixtures: hand-written inputs with hand-checked expected output (see __fixtures__/).
// Files are loaded as raw text through Vite (the core's lint rules keep node:fs out).
import { describe, expect, it } from 'vitest';
import { extractFromText } from './index';

const inputs = import.meta.glob<string>('./__fixtures__/*/input.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const expecteds = import.meta.glob<string>('./__fixtures__/*/expected.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const caseName = (path: string) => path.split('/')[2]!;
const cases = Object.keys(inputs).map(caseName);
const read = (name: string) => ({
  input: inputs[`./__fixtures__/${name}/input.txt`]!,
  expected: JSON.parse(expecteds[`./__fixtures__/${name}/expected.json`]!),
});

describe('text extraction fixtures', () => {
  it('has at least four cases', () => expect(cases.length).toBeGreaterThanOrEqual(4));
  for (const name of cases) {
    it(name, () => {
      const { input, expected } = read(name);
      const x = extractFromText(input);
      expect({
        title: x.title,
        titleDerived: x.titleDerived,
        byline: x.byline,
        outlet: x.outlet,
        published: x.published,
        section: x.section,
      }).toEqual({
        title: expected.title,
        titleDerived: expected.titleDerived,
        byline: expected.byline,
        outlet: expected.outlet,
        published: expected.published,
        section: expected.section,
      });
      expect(x.paragraphs).toEqual(expected.paragraphs);
      expect(x.removed.map(({ text, reason }) => ({ text, reason }))).toEqual(expected.removed);
    });
  }
});
