import { describe, expect, it } from 'vitest';
import { terms } from '../search/engine/tokens';
import { generateCorpus } from './generated-corpus';

const vocabulary = (n: number) => {
  const df = new Map<string, number>();
  for (const a of generateCorpus(n))
    for (const t of new Set(terms(`${a.title} ${a.body}`))) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
};

describe('generated corpus', () => {
  it('has a vocabulary of real size that keeps growing, most of it rare', () => {
    const small = vocabulary(1000);
    const large = vocabulary(3000);
    // A real news corpus of 1,000 articles holds about 10,000 distinct terms (BBC News: 56,708 at 10,250).
    expect(small.size).toBeGreaterThan(7000);
    expect(large.size).toBeGreaterThan(small.size * 1.6);
    expect(large.size).toBeLessThan(small.size * 3);
    const once = [...large.values()].filter((d) => d === 1).length;
    expect(once / large.size).toBeGreaterThan(0.3);
    expect(generateCorpus(50)).toEqual(generateCorpus(50));
  });
});
