import { describe, expect, it } from 'vitest';
import { testModel } from '../../testing/ner-model';
import seed000 from '../__fixtures__/seed-000-body.txt?raw';
import seed003 from '../__fixtures__/seed-003-body.txt?raw';
import { findEntities as find, type NerModel } from './index';

// The clean bodies of the two seed articles (from `parallax extract`), and what PRODUCT.md
// says the reader must see in them.
function names(findEntities: (t: string) => ReturnType<typeof find>, text: string): Set<string> {
  const out = new Set<string>();
  for (const e of findEntities(text)) {
    expect(text.slice(e.start, e.end).length).toBe(e.end - e.start);
    out.add(e.name);
    const surface = text.slice(e.start, e.end);
    out.add(surface);
    for (const w of surface.split(' ')) out.add(w);
  }
  return out;
}

const TAGGERS: Array<[string, () => NerModel | undefined]> = [
  ['trained tagger', testModel],
  ['rule fallback', () => undefined],
];

describe.each(TAGGERS)('seed entities (%s)', (_label, model) => {
  const findEntities = (t: string) => find(t, model());
  it('000 names the expected people, places and organisations', () => {
    const got = names(findEntities, seed000);
    for (const n of [
      'Alexander Lukashenko',
      'Vladimir Putin',
      'Russia',
      'Ukraine',
      'Belarus',
      'BelTA',
      'Minsk',
      'Avdiivka',
      'Donetsk',
      'Sergei Lavrov',
      'Reuters',
      'White House',
    ])
      expect(got, n).toContain(n);
  });

  it('003 names the expected entities and not Sochi', () => {
    const got = names(findEntities, seed003);
    for (const n of [
      'Lukashenko',
      'Putin',
      'Russia',
      'Ukraine',
      'Belarus',
      'BelTA',
      'Volodymyr Zelensky',
      'Malta',
    ])
      expect(got, n).toContain(n);
    expect(got).not.toContain('Sochi');
  });

  it('merges "Lukashenko" into "Alexander Lukashenko" and keeps demonyms out of LOC', () => {
    const ents = findEntities(seed000);
    const luka = ents.filter((e) => seed000.slice(e.start, e.end) === 'Lukashenko');
    expect(luka.length).toBeGreaterThan(3);
    for (const e of luka) expect(e).toMatchObject({ type: 'PER', name: 'Alexander Lukashenko' });
    const russian = ents.filter((e) => seed000.slice(e.start, e.end) === 'Russian');
    for (const e of russian) expect(e).toMatchObject({ type: 'MISC', name: 'Russian' });
    expect(
      ents.some((e) => e.type === 'LOC' && /Belarusian|Russian/.test(seed000.slice(e.start, e.end))),
    ).toBe(false);
  });

  it('reads "The Belarusian leader" in 000 as Alexander Lukashenko', () => {
    const at = seed000.indexOf('The Belarusian leader emphasized');
    expect(at).toBeGreaterThan(0);
    const e = findEntities(seed000).find((m) => m.start >= at && m.start < at + 21);
    expect(e).toMatchObject({ type: 'PER', name: 'Alexander Lukashenko' });
    expect(seed000.slice(e!.start, e!.end)).toBe('Belarusian leader');
  });
});
