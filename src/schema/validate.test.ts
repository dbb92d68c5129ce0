import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../core/extract/types';
import { assembleCorpus } from '../corpus/build/assemble-corpus';
import { CorpusError } from './read-files';
import { parseCorpus, parseShard, validateCorpus } from './validate';

// A small real-text article written for this test (not from any outlet).
const article: ExtractedArticle = {
  title: 'Harbour ferry resumes after storm',
  titleDerived: false,
  byline: 'Ana Petrova',
  outlet: 'Coastal Courier',
  published: '2024-03-02',
  section: 'local',
  paragraphs: [
    {
      kind: 'body',
      text: 'The harbour ferry between Kessel and Marrow Point ran again on Saturday morning.',
    },
    { kind: 'heading', text: 'Repairs at the pier' },
    {
      kind: 'body',
      text: 'Crews replaced two mooring posts that the storm had torn loose, the port authority said.',
    },
  ],
  removed: [{ text: 'Subscribe to our newsletter', reason: 'newsletter', rule: 'call to action' }],
};

const build = () =>
  assembleCorpus(
    [{ id: 'ferry', source: { file: 'ferry.txt', format: 'txt', sha256: 'x' }, extracted: article }],
    {
      generator: 'test',
      inputsHash: 'h',
      builtAt: '2024-03-02T10:00:00Z',
    },
  );

describe('corpus validation', () => {
  it('accepts what assembleCorpus builds, and paragraph spans cut the body exactly', () => {
    const corpus = parseCorpus(JSON.stringify(build()));
    const a = corpus.articles[0]!;
    expect(a.paragraphs.map((p) => a.body.slice(p.start, p.end))).toEqual(
      article.paragraphs.map((p) => p.text),
    );
    expect(corpus.stories).toHaveLength(1);
  });

  it('refuses another schema version, naming both versions', () => {
    const e = (() => {
      try {
        validateCorpus({ ...build(), schemaVersion: 1 });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(CorpusError);
    expect((e as CorpusError).kind).toBe('version');
    expect((e as CorpusError).message).toMatch(/schemaVersion 1.*reads schemaVersion 3/);
  });

  it('says when the version is a string, not the number it looks like', () => {
    expect(() => validateCorpus({ ...build(), schemaVersion: '3' as never })).toThrow(
      /schemaVersion "3" \(a string, not the number 3\)/,
    );
  });

  it('refuses broken JSON as unreadable and a wrong shape as invalid, with the failing path', () => {
    expect(() => parseCorpus('{"schemaVersion": 3,')).toThrow(/not valid JSON/);
    const bad = build();
    const broken = {
      ...bad,
      articles: [{ ...bad.articles[0]!, paragraphs: [{ kind: 'body', start: 0, end: 99999 }] }],
    };
    try {
      validateCorpus(broken);
      expect.unreachable();
    } catch (err) {
      expect((err as CorpusError).kind).toBe('invalid');
      expect((err as CorpusError).details.join('\n')).toMatch(
        /articles\.0\.paragraphs\.0: paragraph span outside the body/,
      );
    }
  });

  it('refuses a story that names an article the corpus does not have', () => {
    const c = build();
    expect(() => validateCorpus({ ...c, stories: [{ ...c.stories[0]!, articleIds: ['ghost'] }] })).toThrow(
      CorpusError,
    );
  });

  it("refuses a shard that lost one of its story's articles, naming the story and the article", () => {
    const c = build();
    const whole = JSON.stringify({
      schemaVersion: c.schemaVersion,
      articles: c.articles,
      stories: c.stories,
    });
    expect(parseShard(whole).stories).toHaveLength(1);
    const short = JSON.stringify({ schemaVersion: c.schemaVersion, articles: [], stories: c.stories });
    expect(() => parseShard(short)).toThrow(CorpusError);
    try {
      parseShard(short);
    } catch (e) {
      expect((e as CorpusError).details.join(' ')).toMatch(
        /story story-ferry names article ferry, which is not there/,
      );
    }
  });
});
