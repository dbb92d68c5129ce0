import { describe, expect, it } from 'vitest';
import { looksBinary } from './binary';

describe('telling text from binary', () => {
  it('calls random bytes binary even without a NUL, and real text with a stray symbol text', () => {
    let seed = 7;
    const bytes = Buffer.from(
      Array.from({ length: 4000 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return 1 + (seed % 255);
      }),
    );
    expect(bytes.includes(0)).toBe(false);
    expect(looksBinary(bytes.toString('utf8'))).toBe(true);
    expect(looksBinary('The ferry ran again on Saturday.\r\n\tIt was late\f.')).toBe(false);
    expect(looksBinary(`${'Łódź – “quoted” text. '.repeat(200)}\uFFFD`)).toBe(false);
    expect(looksBinary('PK\u0003\u0004\u0000')).toBe(true);
  });
});
