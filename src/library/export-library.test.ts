import { describe, expect, it } from 'vitest';
import { extractFromText } from '../core/extract/index';
import { articleInputsFromJson, knownFrom } from '../schema/article-input';
import type { StoredSource } from './db';
import { libraryFile } from './export-library';

const TEXT =
  'Harbour ferry resumes after storm\n\nThe Kessel harbour ferry ran again on Saturday, the port said.';
const pasted: StoredSource = {
  id: 'mine-1',
  name: 'Pasted text',
  addedAt: '2026-12-01T10:00:00Z',
  text: TEXT,
  known: { outlet: 'Kessel Post' },
};
const page: StoredSource = {
  id: 'mine-2',
  name: 'ferry.html',
  addedAt: '2026-12-01T11:00:00Z',
  extracted: { ...extractFromText(TEXT), title: 'Ferry back', outlet: 'Harbour Times' },
  known: {},
};

describe('library export', () => {
  it('writes every article with its metadata, in a shape the importers read back', () => {
    const file = JSON.parse(libraryFile([page, pasted], '2026-12-01T12:00:00Z'));
    expect(file).toMatchObject({ format: 'parallax-library', libraryVersion: 1 });
    const { articles, errors } = articleInputsFromJson(file);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.text, knownFrom(a).outlet])).toEqual([
      [TEXT, 'Kessel Post'],
      [page.extracted!.paragraphs.map((p) => p.text).join('\n\n'), 'Harbour Times'],
    ]);
    expect(knownFrom(articles[1]!).title).toBe('Ferry back');
  });

  it('refuses a library from a newer version as a whole', () => {
    const r = articleInputsFromJson({
      format: 'parallax-library',
      libraryVersion: 2,
      articles: [{ text: TEXT }],
    });
    expect(r.articles).toEqual([]);
    expect(r.errors[0]).toMatch(/newer Parallax \(library version 2; this one reads version 1\)/);
  });

  it('carries the grouping corrections', () => {
    const file = JSON.parse(
      libraryFile([pasted], '2026-12-01T12:00:00Z', [{ article: 'mine-1', key: 'split:mine-1' }]),
    );
    expect(file.pins).toEqual([{ article: 'mine-1', key: 'split:mine-1' }]);
  });
});
