import { describe, expect, it } from 'vitest';
import { de, kyiv, seedCorpus } from '../testing/seed-story';
import { groupResults, markTerms, snippetOf } from './results';

const marked = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('search results', () => {
  it('marks whole source words whose fold is a matched term, accents and apostrophes kept', () => {
    const text = 'Lukašenko’s aide met Zelensky; LUKASENKO left. Lukasenkos stayed.';
    expect(marked(text, markTerms(text, new Set(["lukasenko's", 'lukasenko', 'zelensky'])))).toEqual([
      'Lukašenko’s',
      'Zelensky',
      'LUKASENKO',
    ]);
    expect(markTerms(text, new Set())).toEqual([]);
  });

  it('picks the paragraph holding most of the matched words and cuts around the first', () => {
    const s = snippetOf(kyiv, new Set(['seriously', 'stalemated', 'belta']))!;
    const para = kyiv.paragraphs[s.paragraph]!;
    // The quote's paragraph is the one that names BelTA too; the window starts at the quote.
    expect(kyiv.body.slice(para.start, para.end)).toContain(s.text);
    expect(kyiv.body.slice(para.start, para.end)).toContain('BelTA');
    expect(marked(s.text, s.marks).map((w) => w.toLowerCase())).toEqual(['seriously', 'stalemated']);
    expect(s.text.length).toBeLessThan(320);
  });

  it('without a match in the text, shows the first body paragraph unmarked', () => {
    const s = snippetOf(de, new Set(['xylophone']))!;
    expect(s.marks).toEqual([]);
    expect(de.paragraphs[s.paragraph]!.kind).toBe('body');
  });

  it('groups hits by story in the order of each story best hit', () => {
    const story = seedCorpus.stories.find((s) => s.articleIds.length === 2)!;
    const articles = [kyiv, de];
    const hit = (doc: number, st: string) => ({
      doc,
      id: articles[doc]!.id,
      story: st,
      score: 1,
      terms: ['lukashenko'],
    });
    const groups = groupResults(
      [hit(0, story.id), hit(1, 'other'), hit(1, story.id)],
      (n) => ({ title: articles[n]!.title, outlet: articles[n]!.outlet, published: articles[n]!.published }),
      (n) => (n === 0 ? articles[n] : undefined),
      (s) => (s === story.id ? story.title : 'Other story'),
    );
    expect(groups.map((g) => [g.title, g.articles.map((a) => a.id)])).toEqual([
      [story.title, ['kyiv', 'de']],
      ['Other story', ['de']],
    ]);
    expect(marked(groups[0]!.articles[0]!.title, groups[0]!.articles[0]!.titleMarks)).toEqual(['Lukashenko']);
    // Text not at hand: no snippet, the card still shows.
    expect(groups[1]!.articles[0]!.snippet).toBeNull();
  });
});
