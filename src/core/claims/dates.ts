/**
 * Days and dates of events: a weekday ("on Tuesday", "late Thursday", "Friday's vote") and a
 * day of a month ("July 14", "14 July", "Nov. 6, 2017"). A weekday's value is its number
 * (Monday 1 … Sunday 7); a date's is month × 100 + day, the year left out (outlets give it
 * or not for the same day). Relative days ("yesterday") and bare years are not read: they
 * need the article's own date to mean anything.
 */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

export interface DateExpression {
  readonly start: number;
  readonly end: number;
  readonly kind: 'day' | 'date';
  readonly value: number;
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b/g;
// A date given with its year ("July 2, 2017", "1 February 2018") is left out: in news that is a
// photo caption, a tweet's stamp or a past event's date, seldom the day of the story's event.
const MONTH_DAY = new RegExp(
  String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[-–:]|\d)|,?\s*\d{4})`,
  'g',
);
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?![\p{L}])(?!,?\s*\d{4})`,
  'gu',
);

const monthOf = (m: string): number => MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;

export function findDates(text: string): DateExpression[] {
  const days: DateExpression[] = [...text.matchAll(WEEKDAY)].map((m) => ({
    start: m.index,
    end: m.index + m[1]!.length,
    kind: 'day',
    value: WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1,
  }));
  const dates: DateExpression[] = [];
  const add = (start: number, end: number, month: number, day: number) => {
    if (month >= 1 && day >= 1 && day <= 31)
      dates.push({ start, end, kind: 'date', value: month * 100 + day });
  };
  for (const m of text.matchAll(MONTH_DAY)) add(m.index, m.index + m[0].length, monthOf(m[1]!), Number(m[2]));
  for (const m of text.matchAll(DAY_MONTH)) add(m.index, m.index + m[0].length, monthOf(m[2]!), Number(m[1]));
  // "14 July 15" reads both ways: the first reading in the text is kept
  dates.sort((a, b) => a.start - b.start);
  const kept: DateExpression[] = [];
  for (const d of dates) if (!kept.length || kept[kept.length - 1]!.end <= d.start) kept.push(d);
  return [...days, ...kept].sort((a, b) => a.start - b.start);
}
