import { describe, expect, it } from 'vitest';
import { testModel } from '../../testing/ner-model';
import { findEntities } from '../entities/index';
import { findQuotes } from '../quotes/index';
import { analysedLength, analysedNote, MAX_ANALYSED_CHARS } from './budget';

describe('the work budget of one text', () => {
  it('cuts at the last paragraph break, else a sentence end, else a space, before the limit', () => {
    expect(analysedLength('short text', 100)).toBe(10);
    const paragraphs = `${'a'.repeat(70)}\n${'b'.repeat(60)}`;
    expect(analysedLength(paragraphs, 100)).toBe(70);
    const sentences = `${'a '.repeat(35)}end. ${'b'.repeat(60)}`;
    expect(sentences.slice(0, analysedLength(sentences, 100))).toMatch(/end\.$/);
    expect(analysedLength('x'.repeat(300), 100)).toBe(100);
    expect(analysedNote('x'.repeat(300), 100)).toBe(
      'analysed the first 100 of 300 characters (a text is read up to 100)',
    );
    expect(analysedNote('short', 100)).toBeNull();
  });

  it('entities and quotes past the budget are not looked for; those before it are found', () => {
    const before = 'Angela Merkel met reporters. “We will not give up,” Merkel said.\n';
    const after = '\nBarack Obama met reporters. “We are ready to talk,” Obama said.';
    // one long "word" of padding: the text is long, the tokens are few
    const text = before + 'x'.repeat(MAX_ANALYSED_CHARS - before.length + 10) + after;
    const names = findEntities(text, testModel()).map((e) => e.name);
    expect(names).toContain('Angela Merkel');
    expect(names.some((n) => n.includes('Obama'))).toBe(false);
    const quotes = findQuotes(text, findEntities(text, testModel()));
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['We will not give up,']);
    expect(analysedNote(text)).toMatch(/^analysed the first 2,000,000 of/);
  });
});
