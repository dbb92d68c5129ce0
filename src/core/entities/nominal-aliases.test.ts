import { describe, expect, it } from 'vitest';
import { findEntities } from './index';

const said = (text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  return findEntities(text).find((e) => e.start >= at && e.start < at + phrase.length);
};

describe('nominal aliases', () => {
  it('ties "the Kenyan president" to the one Kenyan named before', () => {
    const text =
      'Kenyan President William Ruto arrived in Nairobi on Monday. Hours later the Kenyan president met the envoys.';
    expect(said(text, 'the Kenyan president')).toMatchObject({ type: 'PER', name: 'William Ruto' });
  });

  it('leaves the phrase alone when two people share the demonym and the role does not decide', () => {
    const text =
      'Russian President Vladimir Putin and Russian Foreign Minister Sergei Lavrov flew to Minsk. The Russian leader spoke first.';
    expect(said(text, 'The Russian leader')?.type).not.toBe('PER');
  });

  it('lets the role pick between two people of one country', () => {
    const text =
      'Russian President Vladimir Putin and Russian Foreign Minister Sergei Lavrov flew to Minsk. The Russian president spoke first.';
    expect(said(text, 'The Russian president')).toMatchObject({ type: 'PER', name: 'Vladimir Putin' });
  });

  it('does not look ahead: an alias before the introduction stays unresolved', () => {
    const text =
      'The Belarusian leader spoke on Sunday. Later, Belarusian dictator Alexander Lukashenko left.';
    expect(said(text, 'The Belarusian leader')?.type).not.toBe('PER');
  });
});
