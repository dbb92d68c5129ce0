import { describe, expect, it } from 'vitest';
import seed000 from '../__fixtures__/seed-000-body.txt?raw';
import seed003 from '../__fixtures__/seed-003-body.txt?raw';
import { findQuotes } from './index';

/** The quote covering at least half of `phrase` (PRODUCT.md's seed expectations). */
function quoteOver(text: string, phrase: string) {
  const at = text.indexOf(phrase);
  expect(at, `phrase in text: ${phrase}`).toBeGreaterThanOrEqual(0);
  return findQuotes(text).find(
    (q) => Math.min(q.end, at + phrase.length) - Math.max(q.start, at) >= phrase.length / 2,
  );
}

describe('seed 000 (clean body)', () => {
  it('finds both Lukashenko quotes ("He said:" resolves to him)', () => {
    for (const phrase of [
      'There are enough problems on both sides',
      'We have to sit down at the negotiating table',
    ]) {
      expect(quoteOver(seed000, phrase)?.speaker).toContain('Lukashenko');
    }
  });

  it('spans exclude the quotation marks', () => {
    for (const q of findQuotes(seed000)) expect(seed000.slice(q.start, q.end)).not.toMatch(/^[“”"]|[“”"]$/);
  });
});

describe('seed 003 (clean body)', () => {
  it('Lukashenko’s quote and the embedded "nobody dies"', () => {
    expect(quoteOver(seed003, 'There are enough problems on both sides')?.speaker).toContain('Lukashenko');
    const partial = quoteOver(seed003, 'nobody dies');
    expect(partial).toBeDefined();
    expect(partial?.kind).toBe('partial');
    expect(partial?.speaker === null || partial?.speaker?.includes('Lukashenko')).toBe(true);
  });

  it('Zelensky’s quotes, the continuation after "Zelensky said." included', () => {
    for (const phrase of [
      'very symbolic that such a strong display',
      'We can see now that the architecture',
      'The unity of all who help Ukraine',
    ]) {
      expect(quoteOver(seed003, phrase)?.speaker).toContain('Zelensky');
    }
  });

  it('quotes are sorted and do not overlap', () => {
    const qs = findQuotes(seed003);
    for (let i = 1; i < qs.length; i++) expect(qs[i]!.start).toBeGreaterThanOrEqual(qs[i - 1]!.end);
  });
});
