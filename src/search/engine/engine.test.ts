import { describe, expect, it } from 'vitest';
import { articleId, storyId } from '../../core/types';
import { partedEngine, splitInMemory } from '../../testing/parted-index';
import { createEngine } from './engine';
import type { IndexDoc } from './fields';
import { memorySource } from './index-source';
import { parseQuery } from './parse-query';
import { buildWordIndex, postingsOf } from './word-index';

// A small corpus written for these tests: three stories, accents, quotes and speakers.
const doc = (
  id: string,
  story: string,
  published: string,
  outlet: string,
  f: Partial<IndexDoc['fields']>,
): IndexDoc => ({
  id: articleId(id),
  story: storyId(story),
  published,
  outlet,
  fields: { title: '', speaker: '', entity: '', quote: '', outlet, body: '', ...f },
});
const DOCS: IndexDoc[] = [
  doc('minsk-1', 's1', '2023-10-29', 'Kyiv Independent', {
    title: 'Lukashenko urges talks between Russia and Ukraine',
    speaker: 'Alexander Lukashenko',
    entity: 'Alexander Lukashenko Russia Ukraine Belarus',
    quote: 'the situation is now seriously stalemated',
    body: 'Belarusian dictator Alexander Lukashenko said the situation is now seriously stalemated.',
  }),
  doc('minsk-2', 's1', '2023-10-29', 'Wire Service', {
    title: 'Lukašenko wants negotiations',
    speaker: 'Alexander Lukashenko',
    entity: 'Alexander Lukashenko Minsk',
    quote: 'seriously deadlocked',
    body: 'The Belarusian ruler said the war is seriously deadlocked and nobody can win.',
  }),
  doc('ferry-1', 's2', '2024-03-02', 'Coastal Courier', {
    title: 'Harbour ferry resumes after storm',
    speaker: 'Ana Petrova',
    entity: 'Kessel Marrow Point Ana Petrova',
    quote: 'we are glad to sail again',
    body: 'The ferry between Kessel and Marrow Point ran again on Saturday. Ana Petrova said: we are glad to sail again.',
  }),
  doc('zoo-1', 's3', '2022-05-01', 'Coastal Courier', {
    title: 'Zoë the otter turns ten',
    entity: 'Zoë',
    body: 'The café at the zoo served a crème cake for the otter, who ignored the talks about a new pond.',
  }),
];
const index = buildWordIndex(DOCS);
const texts = DOCS.map((d) => Object.values(d.fields).join(' '));
// Split as ingest splits it, into parts of a few terms each, fetched as queries need them.
const engine = partedEngine(splitInMemory(index, 64), (n) => texts[n]!);
const ids = (q: string) => engine.search(q).map((h) => h.id);

describe('word index', () => {
  it('round-trips postings: every term lists exactly the articles holding it', () => {
    index.vocabulary.forEach((t, i) => {
      const docs = postingsOf(index, i).map((p) => p.doc);
      const expected = DOCS.flatMap((_, n) =>
        texts[n]!.toLowerCase()
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .match(new RegExp(`(^|[^\\p{L}\\p{N}])${t}($|[^\\p{L}\\p{N}])`, 'u'))
          ? [n]
          : [],
      );
      expect(docs, t).toEqual(expected);
    });
  });

  it('keeps where each term first appears in the reading text: the title, then the body', () => {
    const at = (term: string, n: number) =>
      postingsOf(index, index.vocabulary.indexOf(term)).find((p) => p.doc === n)?.first;
    // ferry-1: "Harbour ferry resumes after storm" (5 words), then "The ferry between Kessel…".
    expect(at('harbour', 2)).toBe(0);
    expect(at('ferry', 2)).toBe(1);
    expect(at('kessel', 2)).toBe(5 + 3);
    expect(at('petrova', 2)).toBe(5 + 12);
    // minsk-2 names Alexander Lukashenko only as speaker and entity: no place in its text.
    expect(at('alexander', 1)).toBeNull();
    // Places are kept for the lead only: the first 64 words of title and body.
    const words = Array.from({ length: 70 }, (_, i) => `w${i}`);
    const long = buildWordIndex([
      doc('long', 's1', '2024-01-01', 'Courier', { title: 'Storm', body: words.join(' ') }),
    ]);
    const first = (t: string) => postingsOf(long, long.vocabulary.indexOf(t))[0]!.first;
    expect([first('storm'), first('w0'), first('w62'), first('w63'), first('w69')]).toEqual([
      0,
      1,
      63,
      null,
      null,
    ]);
  });
});

describe('engine', () => {
  it('finds an exact word and ranks a title hit first', () => {
    expect(ids('ferry')[0]).toBe('ferry-1');
    expect(ids('negotiations')).toEqual(['minsk-2']);
  });
  it('forgives a typo and missing accents, and matches while typing', () => {
    expect(ids('lukashenk')).toEqual(expect.arrayContaining(['minsk-1', 'minsk-2']));
    expect(ids('Lukašenko').slice(0, 2).sort()).toEqual(['minsk-1', 'minsk-2']);
    expect(ids('zoe')).toEqual(['zoo-1']);
    expect(ids('crème')).toEqual(['zoo-1']);
    expect(ids('harb')).toEqual(['ferry-1']);
  });
  it('takes a swap of two letters for one typo, and a word merely holding the typed one for none', () => {
    const swap = buildWordIndex([
      doc('nissha', 's1', '2024-01-01', 'Courier', { title: 'Nissha speaks', speaker: 'Viktor Nissha' }),
      doc('nenisha', 's2', '2024-01-01', 'Courier', { title: 'Nenisha speaks', speaker: 'Emil Nenisha' }),
    ]);
    const e = createEngine(memorySource(swap));
    expect(e.expand('nishsa', false).map((x) => swap.vocabulary[x.term])).toEqual(['nissha']);
    expect(e.search('nishsa').map((h) => h.id)).toEqual(['nissha']);
  });
  it('ranks articles holding every query word above those holding one', () => {
    const r = ids('otter talks');
    expect(r[0]).toBe('zoo-1');
    expect(r).toContain('minsk-1');
  });
  it('ranks an article whose query words stand together above one where they are far apart', () => {
    // The same words, as often, in fields of the same length: only their distance differs.
    const filler = 'the council met again on tuesday and heard from residents about the plan';
    const near = buildWordIndex([
      doc('apart', 's1', '2024-01-01', 'Courier', { body: `harbour ${filler} storm` }),
      doc('together', 's2', '2024-01-01', 'Courier', { body: `harbour storm ${filler}` }),
    ]);
    const e = createEngine(memorySource(near));
    expect(e.search('harbour storm').map((h) => h.id)).toEqual(['together', 'apart']);
    // One word alone: no proximity, equal scores, the index's order.
    expect(e.search('harbour').map((h) => h.id)).toEqual(['apart', 'together']);
  });
  it('honours "phrases", -exclusions and filters', () => {
    expect(ids('"seriously stalemated"')).toEqual(['minsk-1']);
    expect(ids('"stalemated seriously"')).toEqual([]);
    // Any case in the text; accents folded where the text is not ASCII.
    expect(ids('"HARBOUR FERRY"')).toEqual(['ferry-1']);
    expect(ids('"creme cake"')).toEqual(['zoo-1']);
    expect(ids('"cafe at"')).toEqual(['zoo-1']);
    expect(ids('seriously -deadlocked')).toEqual(['minsk-1']);
    expect(ids('said outlet:"coastal courier"')).toEqual(['ferry-1']);
    expect(ids('said speaker:petrova')).toEqual(['ferry-1']);
    expect(ids('entity:minsk')).toEqual(['minsk-2']);
    expect(ids('the before:2023-01-01')).toEqual(['zoo-1']);
    expect(ids('said after:2024')).toEqual(['ferry-1']);
  });
  it('answers from parts as it does from the whole index, fetching only the parts a query needs', () => {
    const whole = createEngine(memorySource(index), (n) => texts[n]!);
    const queries = [
      'ferry',
      'lukashenk',
      'Lukašenko',
      'otter talks',
      '"seriously stalemated"',
      'harb',
      'zoe',
    ];
    for (const q of queries) expect(ids(q), q).toEqual(whole.search(q).map((h) => h.id));
    const split = splitInMemory(index, 64);
    const fresh = partedEngine(split);
    expect(fresh.search('ferry').map((h) => h.id)).toEqual(['ferry-1']);
    const postings = [...split.parts.keys()].filter((f) => f.startsWith('index/p'));
    const fetched = [...fresh.files].filter((f) => f.startsWith('index/p'));
    expect(postings.length).toBeGreaterThan(10);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(postings.length / 4);
  });
  it('does not let a very long field bury an article holding every query word', () => {
    // An article whose title field holds its whole text (a source without a headline), and
    // short articles holding one of the two words each.
    const long = Array.from({ length: 400 }, (_, i) => `word${i % 50}`).join(' ');
    const e = createEngine(
      memorySource(
        buildWordIndex([
          doc('a', 's1', '2024-01-01', 'Courier', { title: 'Mayor opens bridge' }),
          doc('b', 's2', '2024-01-01', 'Courier', { title: 'Bridge closed', body: 'The ferry waits.' }),
          doc('whole', 's3', '2024-01-01', 'Courier', { title: `${long} ferry ${long} mayor ${long}` }),
          doc('c', 's4', '2024-01-01', 'Courier', { title: 'Mayor resigns' }),
        ]),
      ),
    );
    expect(e.search('ferry mayor')[0]?.id).toBe('whole');
  });
  it('answers nothing for nothing, and never throws on odd input', () => {
    expect(ids('')).toEqual([]);
    expect(ids('qqqqqqqq')).toEqual([]);
    for (const q of ['"', '-', 'outlet:', 'before:soon', '""', '🙂', 'a'.repeat(5000)])
      expect(() => ids(q)).not.toThrow();
  });
});

describe('query parsing', () => {
  it('reads words, phrases, exclusions, filters and whether the last word is still being typed', () => {
    const q = parseQuery('Lukašenko “peace plan” -Putin outlet:kyiv speaker:"Jo Bloggs" after:2023-10 cris');
    expect(q.words).toEqual(['lukasenko', 'cris']);
    expect(q.phrases).toEqual([['peace', 'plan']]);
    expect(q.excluded).toEqual(['putin']);
    expect(q.outlet).toEqual(['kyiv']);
    expect(q.speaker).toEqual(['jo bloggs']);
    expect(q.after).toBe('2023-10');
    expect(q.open).toBe(true);
    expect(parseQuery('crisis ').open).toBe(false);
  });
});
