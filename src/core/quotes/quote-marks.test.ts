import { describe, expect, it } from 'vitest';
import { findQuotedSegments } from './quote-marks';

const inner = (text: string): string[] => findQuotedSegments(text).map((s) => text.slice(s.start, s.end));

describe('findQuotedSegments: mark styles', () => {
  it.each([
    ['curly English', 'She said “the bridge will open in May” to reporters.', 'the bridge will open in May'],
    [
      'straight double',
      'She said "the bridge will open in May" to reporters.',
      'the bridge will open in May',
    ],
    ['German low-high', 'Er sagte „die Brücke öffnet im Mai“ gestern.', 'die Brücke öffnet im Mai'],
    ['Polish low-right', 'Powiedział „most zostanie otwarty” wczoraj.', 'most zostanie otwarty'],
    ['French guillemets', 'Il a dit « le pont ouvrira en mai » hier.', 'le pont ouvrira en mai'],
    [
      'German reversed guillemets',
      'Er sagte »die Brücke öffnet im Mai« gestern.',
      'die Brücke öffnet im Mai',
    ],
    ['single guillemets', 'Il a dit ‹ le pont › hier.', 'le pont'],
    ['curly single', 'She wrote ‘the bridge will open’ on Monday.', 'the bridge will open'],
    ['straight single', "She wrote 'the bridge will open' on Monday.", 'the bridge will open'],
    ['low single', 'Er schrieb ‚die Brücke‘ gestern.', 'die Brücke'],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual([expected]);
  });

  it('excludes the marks and trims the whitespace inside them', () => {
    expect(inner('He said: “  Keep calm.  ”')).toEqual(['Keep calm.']);
  });
});

describe('findQuotedSegments: apostrophes are not quotes', () => {
  it('skips contractions, possessives, decades and plural possessives', () => {
    const text = "Ukraine's envoy didn't say much about the '90s or the students' demands.";
    expect(inner(text)).toEqual([]);
  });

  it('keeps a quote that holds apostrophes', () => {
    const text = 'The mayor said “we don’t know the city’s plans for the ’90s estates” today.';
    expect(inner(text)).toEqual(['we don’t know the city’s plans for the ’90s estates']);
  });

  it('does not let a stray apostrophe swallow a later quote', () => {
    const text = 'The players\' union said "we will strike" on Friday.';
    expect(inner(text)).toEqual(['we will strike']);
  });
});

describe('findQuotedSegments: nesting and paragraphs', () => {
  it('returns only the outer quote of a nested pair', () => {
    const text = 'The minister said “my aide told me ‘wait until spring’ and I did” on Friday.';
    expect(inner(text)).toEqual(['my aide told me ‘wait until spring’ and I did']);
  });

  it('splits a multi-paragraph quote per paragraph and marks the continuation', () => {
    const text = '“The first part runs on.\n\n“The second part ends here,” the witness said.';
    const segs = findQuotedSegments(text);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'The first part runs on.',
      'The second part ends here,',
    ]);
    expect(segs[0]?.closed).toBe(false);
    expect(segs[1]?.continued).toBe(true);
  });

  it('keeps stray marks off the edges of an unclosed quote', () => {
    expect(inner('"They chanted “Go home!”\n\nNext.')).toEqual(['They chanted “Go home!']);
  });

  it('skips markup attributes', () => {
    expect(inner('<tweet author="someone" id="42">Hello</tweet>')).toEqual([]);
  });

  it('ignores the doubled-apostrophe convention', () => {
    expect(inner("''We will see,'' the coach said.")).toEqual([]);
  });
});

describe('findQuotedSegments: offsets', () => {
  it('stays exact after astral characters (surrogate pairs)', () => {
    const text = '🇺🇦🎉 Fans 😀 chanted “we are the champions” all night.';
    const [seg] = findQuotedSegments(text);
    expect(seg && text.slice(seg.start, seg.end)).toBe('we are the champions');
  });
});
