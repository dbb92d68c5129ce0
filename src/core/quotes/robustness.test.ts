import { describe, expect, it } from 'vitest';
import { findQuotes } from './index';

describe('findQuotes never throws and stays near-linear', () => {
  it.each([
    ['empty', ''],
    ['only marks', '"“”„«»‹›\'‘’‚'.repeat(50)],
    ['lone surrogates', '\uD800 “a \uDC00 b” said \uD83D'],
    ['binary junk', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536))],
    ['unclosed everywhere', '“ “ “ “ said He said: “'.repeat(200)],
  ])('%s', (_name, text) => {
    expect(() => findQuotes(text)).not.toThrow();
    for (const q of findQuotes(text)) {
      expect(q.start).toBeLessThan(q.end);
      expect(q.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('a text of about 1 MB completes', () => {
    const paragraph =
      '“We will open the new line in June,” said transport minister Ada Moreau, who visited the depot. ' +
      'She added that “delays are over” and critics’ doubts were “misplaced.” ';
    const big = `${paragraph}\n\n`.repeat(Math.ceil(1_000_000 / (paragraph.length + 2)));
    const one = big.replace(/\n/g, ' '); // and the same without any line break
    expect(findQuotes(big).length).toBeGreaterThan(1000);
    expect(findQuotes(one).length).toBeGreaterThan(1000);
  });
});
