import { describe, expect, it } from 'vitest';
import { knownFrom } from './article-input';

describe('article metadata', () => {
  it('reads "date" as the publication date when "published" is absent, and prefers "published"', () => {
    expect(knownFrom({ title: 'Broadcom raises its bid', date: '2018-02-05' }).published).toBe('2018-02-05');
    expect(knownFrom({ published: '2018-02-06', date: '2018-02-05' }).published).toBe('2018-02-06');
    expect(knownFrom({ date: '  ' }).published).toBeUndefined();
  });
});
