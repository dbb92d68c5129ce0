// HTML extraction through linkedom (the Node DOM the CLI uses), on hand-written fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/html-document';
import { extractFromHtml } from './extract-html';

const DIR = join(import.meta.dirname, '../core/extract/__fixtures__');

interface Expected {
  title: string;
  titleDerived: boolean;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  section: string | null;
  paragraphs: unknown[];
  removedIncludes: { text: string; reasons: string[] }[];
  absent: string[];
}

describe.each(['html-basic', 'html-hostile'])('HTML fixture %s', (name) => {
  const html = readFileSync(join(DIR, name, 'input.html'), 'utf8');
  const expected: Expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8'));
  const x = extractFromHtml(documentFromHtml(html));
  it('reads the metadata', () => {
    const { title, titleDerived, byline, outlet, published, section } = x;
    const e = expected;
    expect({ title, titleDerived, byline, outlet, published, section }).toEqual({
      title: e.title,
      titleDerived: e.titleDerived,
      byline: e.byline,
      outlet: e.outlet,
      published: e.published,
      section: e.section,
    });
  });
  it('keeps exactly the article paragraphs', () => expect(x.paragraphs).toEqual(expected.paragraphs));
  it('lists the page furniture with a reason', () => {
    for (const { text, reasons } of expected.removedIncludes) {
      const hit = x.removed.find((r) => r.text === text);
      expect(hit, text).toBeDefined();
      expect(reasons).toContain(hit?.reason);
    }
  });
  it('leaks no script, style or attribute text', () => {
    const out = JSON.stringify(x);
    for (const s of expected.absent) expect(out).not.toContain(s);
  });
  it('does not mutate the caller’s document', () => {
    const doc = documentFromHtml(html);
    const before = doc.body?.textContent;
    extractFromHtml(doc);
    expect(doc.body?.textContent).toBe(before);
  });
});

describe('extractFromHtml robustness', () => {
  it.each([
    ['empty', ''],
    ['fragment', '<p>Just one line.</p>'],
    ['no article', '<html><body><nav>Home</nav><footer>© 2024 X</footer></body></html>'],
    ['broken', '<<<div><p>unclosed <b>bold <i>and</p></div>>>'],
  ])('never throws on %s', (_, html) => {
    const x = extractFromHtml(documentFromHtml(html));
    expect(Array.isArray(x.removed)).toBe(true);
  });
  it('lists every outside text block, cutting long ones with a note', () => {
    const long = 'word '.repeat(400);
    const body =
      'The new library in Norwick opened on Monday with forty thousand books and a reading garden. '.repeat(
        6,
      );
    const x = extractFromHtml(
      documentFromHtml(
        `<html><body><article><p>${body}</p><p>${body}</p></article><footer><p>${long}</p></footer></body></html>`,
      ),
    );
    const piece = x.removed.find((r) => r.reason === 'outside-article' && r.text.startsWith('word'));
    expect(piece?.rule).toMatch(/first 1000 of 1999 characters/);
  });
});
