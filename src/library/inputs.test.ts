// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_CHARS, readFile, readPaste, readPastedHtml, sourceId, textProblem } from './inputs';

const file = (name: string, body: string, type = 'text/plain') => new File([body], name, { type });
const ARTICLE =
  'Harbour ferry resumes after storm\n\nThe Kessel harbour ferry ran again on Saturday. “We are glad to sail again,” said Mayor Ilse Brandt.';

describe('reading what the reader brings', () => {
  it('says why a text is not an article', () => {
    expect(textProblem(' \n ')).toBe('it is empty');
    expect(textProblem('x'.repeat(MAX_CHARS + 1))).toMatch(
      /^it is 2\.0 MB of text; an article is read up to 2\.0 MB/,
    );
    expect(textProblem('PK\u0003\u0004\u0000\u0000')).toBe('it is not text (a binary file?)');
    expect(textProblem(ARTICLE)).toBeNull();
  });

  it('keeps the metadata typed for a paste', () => {
    const r = readPaste(ARTICLE, { outlet: 'Kessel Post' });
    expect(r.errors).toEqual([]);
    expect(r.sources[0]).toMatchObject({
      name: 'Pasted text',
      text: ARTICLE,
      known: { outlet: 'Kessel Post' },
    });
    expect(readPaste('', {}).errors).toEqual(['The pasted text was not added: it is empty.']);
  });

  it('reads .txt, .json in the shapes ingest reads, and HTML pages; refuses other types', async () => {
    expect((await readFile(file('ferry.txt', ARTICLE))).sources).toHaveLength(1);
    const json = await readFile(
      file(
        'two.json',
        JSON.stringify({ articles: [{ text: ARTICLE, outlet: 'Kessel Post' }, { title: 'no text' }] }),
      ),
    );
    expect(json.sources.map((s) => s.known)).toEqual([{ outlet: 'Kessel Post' }]);
    expect(json.errors).toEqual([
      'two.json, article 2: article: an article needs a "text" or an "html" field',
    ]);
    const html = await readFile(
      file(
        'ferry.html',
        `<html><body><article><h1>Ferry</h1><p>${ARTICLE.replace('\n\n', '</p><p>')}</p></article></body></html>`,
        'text/html',
      ),
    );
    expect(html.errors).toEqual([]);
    expect(html.sources[0]!.extracted!.paragraphs.map((p) => p.text).join(' ')).toContain(
      'glad to sail again',
    );
    expect((await readFile(file('deck.pptx', 'x'))).errors[0]).toMatch(/not \.pptx/);
    expect((await readFile(file('other.json', '{"schemaVersion": 9, "stories": []}'))).errors[0]).toMatch(
      /another kind/,
    );
  });

  it('keys a source by its text: the same text gets the same key, another text another', async () => {
    const a = await sourceId({ name: 'a', text: ARTICLE, known: {} });
    expect(a).toMatch(/^mine-[0-9a-f]{16}$/);
    expect(await sourceId({ name: 'b', text: ARTICLE, known: { outlet: 'x' } })).toBe(a);
    expect(await sourceId({ name: 'c', text: `${ARTICLE}!`, known: {} })).not.toBe(a);
  });

  it('reads a rich paste as a web page, with the metadata typed for it', () => {
    const r = readPastedHtml(
      '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry back</h1><p>The Kessel harbour ferry ran again on Saturday after three days of gales, the port said.</p><p>“We are glad to sail again,” said Mayor Ilse Brandt.</p></article>',
      { outlet: 'Kessel Post' },
    );
    expect(r.errors).toEqual([]);
    expect(r.sources[0]!.extracted!.outlet).toBe('Kessel Post');
    expect(r.sources[0]!.extracted!.paragraphs.map((p) => p.text).join(' ')).toContain('glad to sail again');
    expect(readPastedHtml('<nav><a href="/">Home</a></nav>', {}).errors[0]).toMatch(/holds no article text/);
  });
});
