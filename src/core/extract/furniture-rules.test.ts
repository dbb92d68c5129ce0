import { describe, expect, it } from 'vitest';
import { isFeedTimestamp, isTruncatedTeaser, lineRule, regionMarker } from './furniture-rules';

const reason = (s: string) => lineRule(s, 'line')?.reason ?? null;

describe('lineRule', () => {
  it.each([
    ['* indicates required', 'newsletter'],
    ['Please enter a valid email address', 'newsletter'],
    ['Sign up', 'newsletter'],
    ['Become a member', 'membership'],
    ['Donate now', 'membership'],
    ['Share on Facebook Share on Twitter', 'share'],
    ['Follow us', 'share'],
    ['visa masterCard americanExpress', 'membership'],
    ['Listen to this article', 'audio'],
    ['This audio is created with AI assistance', 'audio'],
    ['A crowd in the square. Photo: Jane Doe/Reuters', 'photo'],
    ['Protesters in Minsk. © Jan Novak/AFP', 'photo'],
    ['A man walks past a poster. (Getty Images)', 'photo'],
    ['Credit: Nina Park', 'photo'],
    ['© 2024 Example Media. All rights reserved.', 'copyright'],
    ['Advertisement', 'navigation'],
    ['Skip to content', 'navigation'],
    ['We use cookies to personalise content. Accept our cookie policy to continue.', 'navigation'],
    ['Read more: Other story about something', 'related'],
  ])('%s → %s', (s, r) => expect(reason(s)).toBe(r));

  it.each([
    'The council said it would share the cost of the new bridge with the region, officials said on Monday.',
    'A Reuters/Ipsos poll published on Tuesday found that most voters backed the plan, though many remained undecided about its cost.',
    'He said the donation had been returned to the company in full last year, according to the report.',
    'Share prices fell.',
    'By the end of the week, the talks had collapsed.',
  ])('keeps body sentence: %s', (s) => expect(reason(s)).toBeNull());
});

describe('context helpers', () => {
  it('spots feed stamps, markers and cut-off teasers', () => {
    expect(isFeedTimestamp('3:44 PM')).toBe(true);
    expect(isFeedTimestamp('15:44')).toBe(true);
    expect(isFeedTimestamp('12 min ago')).toBe(true);
    expect(isFeedTimestamp('3:44 PM was when the train left')).toBe(false);
    expect(regionMarker('News Feed')?.reason).toBe('news-feed');
    expect(regionMarker("Editors' Picks")?.reason).toBe('related');
    expect(regionMarker('Related:')?.reason).toBe('related');
    expect(regionMarker('Relatedness of things')).toBeNull();
    expect(isTruncatedTeaser('Reports said the corridor had been halted due to the potenti…')).toBe(true);
    expect(isTruncatedTeaser('He paused. …')).toBe(false);
  });
});
