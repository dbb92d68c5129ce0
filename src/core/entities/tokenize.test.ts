import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps exact offsets, abbreviations and splits possessives', () => {
    const text = 'Mr. Smith visited the U.S. on Friday. Putin’s aide left.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    const words = toks.map((t) => t.text);
    expect(words).toContain('Mr.');
    expect(words).toContain('U.S.');
    expect(words).toContain('Putin');
    expect(words).not.toContain('Friday.');
  });

  it('marks sentence starts, ALL-CAPS lines and tight neighbours', () => {
    const toks = tokenize('HEADLINE HERE\nThe cat. A dog, Bob Jones');
    expect(toks[0]!.capsLine).toBe(true);
    const the = toks.find((t) => t.text === 'The')!;
    expect(the.capsLine).toBe(false);
    expect(the.sentStart).toBe(true);
    expect(toks.find((t) => t.text === 'A')!.sentStart).toBe(true);
    expect(toks.find((t) => t.text === 'Jones')!.tight).toBe(true);
    expect(toks.find((t) => t.text === 'The')!.tight).toBe(false); // a newline precedes it
  });

  it('unglues an acronym-like name from a lost space ("BelTAthe")', () => {
    const toks = tokenize('on BelTAthe agency');
    expect(toks.map((t) => t.text)).toEqual(['on', 'BelTA', 'the', 'agency']);
  });

  it('counts surrogate pairs as two code units', () => {
    const text = '😀 Anna';
    const t = tokenize(text).find((x) => x.text === 'Anna')!;
    expect(t.start).toBe(3);
    expect(text.slice(t.start, t.end)).toBe('Anna');
  });
});
