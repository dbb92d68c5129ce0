import { describe, expect, it } from 'vitest';
import { consistent, findNumbers } from './numbers';

/** The one number expression in a text (fails when there is none, or more than one). */
function one(text: string) {
  const found = findNumbers(text);
  expect(found.map((n) => text.slice(n.start, n.end))).toHaveLength(1);
  return { ...found[0]!, as: text.slice(found[0]!.start, found[0]!.end) };
}

describe('findNumbers', () => {
  it.each([
    ['The deal was worth $1.2bn to the firm.', '$1.2bn', 1.2e9, 'USD'],
    ['Some 1,200 troops were sent.', 'Some 1,200', 1200, null],
    ['It has 1.2 million voters.', '1.2 million', 1.2e6, null],
    ['She had three children.', 'three', 3, null],
    ['There were twenty-five men in the boat.', 'twenty-five', 25, null],
    ['They found a dozen eggs.', 'a dozen', 12, null],
    ['Turnout rose to 50 percent in the north.', '50 percent', 50, 'percent'],
    ['Prices rose 12% last year.', '12%', 12, 'percent'],
    ['The club paid £3m for him.', '£3m', 3e6, 'GBP'],
    ['The firm lost 40 million dollars in a year.', '40 million dollars', 4e7, 'USD'],
  ])('reads %j', (text, as, value, unit) => {
    const n = one(text);
    expect(n.as).toBe(as);
    expect(n.value).toBeCloseTo(value);
    expect(n.unit).toBe(unit);
  });

  it('reads the qualifier before a figure', () => {
    expect(one('At least 84 people were killed.').qualifier).toBe('at least');
    expect(one('Nearly 80 people died.').qualifier).toBe('nearly');
    expect(one('The fine is up to $5,000.').qualifier).toBe('up to');
    expect(one('They hired more than 300 workers.').qualifier).toBe('more than');
    expect(one('The crowd was about 80 strong.').qualifier).toBe('about');
  });

  it('leaves out years, ordinals, codes, ranges and clock times', () => {
    for (const text of [
      'It opened in 2015 to great acclaim.',
      'They met on 53rd Street.',
      'The 5G network and the A380 jet.',
      'It is 10 to 100 times faster.',
      'The train left at 5:10 a.m.',
      'The game ended 2-1 after extra time.',
      'She starred in Kill Bill Vol. 1 and its sequel.',
      'The firm filed for Chapter 11 last spring.',
    ])
      expect(
        findNumbers(text).map((n) => text.slice(n.start, n.end)),
        text,
      ).toEqual([]);
  });
});

describe('consistent', () => {
  const n = (text: string) => one(text);
  it.each([
    ['At least 84 died.', '77 died.', false],
    ['Nearly 80 died.', '80 died.', true],
    ['Nearly 80 died.', '77 died.', true],
    ['80 died.', '77 died.', false],
    ['About 80 died.', '77 died.', true],
    ['It has 1.2 million voters.', 'It has 1,213,000 voters.', true],
    ['It cost $121 billion.', 'It cost $121.3 billion.', true],
    ['It cost some $146 billion.', 'It cost $148.9 billion.', false],
    ['Support is at 89 percent.', 'Support is at 90 percent.', true],
    ['Shares fell 4.3 percent.', 'Shares fell 6.6 percent.', false],
    ['Up to 30 people.', '25 people.', true],
    ['Up to 30 people.', '45 people.', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(consistent(n(a), n(b))).toBe(same);
    expect(consistent(n(b), n(a))).toBe(same);
  });
});
