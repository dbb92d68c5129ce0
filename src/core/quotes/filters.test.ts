import { describe, expect, it } from 'vitest';
import { isHeadingLine, isTitleCase } from './filters';
import { findQuotes } from './index';

const words = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('filters: what is not a quotation', () => {
  it('leaves out short unattributed scare quotes', () => {
    expect(words('The so-called “reform” left the budget unchanged.')).toEqual([]);
    expect(words('The “miracle cure” pills were sold online for years.')).toEqual([]);
  });

  it('keeps a short quote that a speech verb attributes', () => {
    expect(words('Lena Fischer called the plan “reckless” on Tuesday.')).toEqual(['reckless']);
  });

  it('keeps a short direct quote that stands as its own sentence', () => {
    const text = '“Is it over?” she asked. “Not yet.”';
    expect(words(text)).toEqual(['Is it over?', 'Not yet.']);
  });

  it('leaves out titles of works and programmes', () => {
    expect(words('She spoke on CBS’s “Morning Report” about taxes.')).toEqual([]);
    expect(words('The documentary “Silent Rivers” opens on Friday.')).toEqual([]);
  });

  it('keeps a title-cased name that someone is called', () => {
    expect(words('Fans nicknamed the striker “The Hammer” after the final.')).toEqual(['The Hammer']);
  });

  it('leaves out nicknames between a first and a last name', () => {
    expect(words('Senator Robert “Bobby” Lane arrived late.')).toEqual([]);
  });

  it('leaves out quotes in a heading line and stage directions', () => {
    expect(words('Mayor Says “We Will Rebuild” After Storm\n\nThe storm hit on Monday.')).toEqual([]);
    expect(words('“(APPLAUSE.)”')).toEqual([]);
  });

  it('leaves out single-quoted terms that nobody says', () => {
    expect(words("The so-called 'smart' meters failed in the cold snap.")).toEqual([]);
  });
});

describe('filter helpers', () => {
  it('isTitleCase', () => {
    expect(isTitleCase('Face the Nation')).toBe(true);
    expect(isTitleCase('we will rebuild')).toBe(false);
  });

  it('isHeadingLine', () => {
    const text = 'Mayor Says City Will Rebuild After Storm';
    expect(isHeadingLine(text, 0, text.length)).toBe(true);
    const body = 'The mayor said the city will rebuild after the storm.';
    expect(isHeadingLine(body, 0, body.length)).toBe(false);
  });
});
