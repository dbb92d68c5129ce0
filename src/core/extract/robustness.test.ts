// Any string in, an article out: no throw, linear-ish time, nothing lost.
import { describe, expect, it } from 'vitest';
import { extractFromBlocks, extractFromText } from './index';

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n\t \r\n'],
    ['binary', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65536))],
    ['lone surrogates', 'Text \uD800 with \uDC00 broken pairs.\n\uDBFF'],
    ['nul bytes', 'a\u0000b\u0001c'],
  ])('does not throw on %s input', (_, s) => {
    const x = extractFromText(s);
    expect(Array.isArray(x.paragraphs)).toBe(true);
    for (const p of [...x.paragraphs, ...x.removed])
      expect(p.text).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/);
  });
  it('puts an all-furniture page entirely in removed', () => {
    const x = extractFromText(
      'Subscribe\n* indicates required\nShare on Facebook\nSkip to content\n© 2024 Foo Bar',
    );
    expect(x.paragraphs).toEqual([]);
    expect(x.removed).toHaveLength(5);
    expect(x.title).toBe('');
  });
  it('tolerates junk blocks', () => {
    const junk = [null, { text: 42 }, { text: 'A fine paragraph of text that says something.', tag: 'p' }];
    expect(() => extractFromBlocks(junk as never)).not.toThrow();
  });
  it('extracts a ~2 MB article', () => {
    const para =
      'The river authority of Eastmoor said on Monday that the Eastmoor dam would be inspected again. ';
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 2_000_000; i++) {
      lines.push(para.repeat(3 + (i % 4)).trim());
      size += lines[i]!.length + 2;
    }
    const x = extractFromText(['Skip to content', 'Dam inspection ordered', ...lines].join('\n\n'));
    expect(x.paragraphs.length).toBeGreaterThan(1000);
  });
  it('survives one 3 MB line with no spaces', () => {
    const x = extractFromText('x'.repeat(3_000_000));
    expect(x.paragraphs.length + x.removed.length).toBe(1);
  });
});

describe('bidirectional controls in one-line fields', () => {
  it('are dropped from the title, byline and outlet, so an unclosed override cannot reverse the page', () => {
    const x = extractFromText(
      '\u202EReuters Outlet\n\nThe ferry ran again on Saturday after three days of gales, the port said.',
      {
        outlet: 'Kessel \u202EPost',
        byline: '\u2067Ana Petrova',
      },
    );
    expect(x.outlet).toBe('Kessel Post');
    expect(x.byline).toBe('Ana Petrova');
    expect(x.title).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
