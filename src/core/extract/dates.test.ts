import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['October 29, 2023 7:28 AM', '2023-10-29T07:28'],
    ['Oct. 29, 2023', '2023-10-29'],
    ['29 October 2023', '2023-10-29'],
    ['29th Oct 2023, 12:05 pm', '2023-10-29T12:05'],
    ['2023-10-29', '2023-10-29'],
    ['2024-05-14T08:30:00Z', '2024-05-14T08:30:00Z'],
    ['29.10.2023', '2023-10-29'],
    ['29.10.2023 14:05', '2023-10-29T14:05'],
    ['29/10/2023', '2023-10-29'],
    ['10/29/2023', '2023-10-29'],
    ['05/06/2023', null],
    ['12:30 AM, December 1, 2023', '2023-12-01'],
    ['2023-13-45', null],
    ['3 hours ago', null],
    ['', null],
  ])('%s → %s', (s, iso) => expect(parseDate(s)).toBe(iso));
  it('gives the position of the date', () => {
    expect(findDate('by X October 29, 2023 7:28 AM 2 min read')).toEqual({
      iso: '2023-10-29T07:28',
      start: 5,
      end: 29,
    });
  });
});
