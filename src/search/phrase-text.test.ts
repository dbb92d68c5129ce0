import { describe, expect, it } from 'vitest';
import { kyiv } from '../testing/seed-story';
import { phraseText } from './phrase-text';

describe('phrase text', () => {
  it('holds the title, the speakers and the names as well as the body', () => {
    const t = phraseText(kyiv);
    expect(kyiv.body).not.toContain('urges talks');
    expect(t).toContain('Lukashenko urges talks between Russia, Ukraine');
    expect(t).toContain('Alexander Lukashenko');
    expect(t.endsWith(kyiv.body)).toBe(true);
  });
});
