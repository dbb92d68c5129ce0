import { describe, expect, it } from 'vitest';
import { findClaims } from './find-claims';

function claims(text: string) {
  return findClaims(text).map((c) => ({ ...c, as: text.slice(c.start, c.end) }));
}
const only = (text: string) => {
  const found = claims(text);
  expect(found.map((c) => c.as)).toHaveLength(1);
  return found[0]!;
};

describe('findClaims', () => {
  it('names a casualty count by its event, with or without a noun', () => {
    expect(only('At least 84 people were killed when the lorry hit the crowd.')).toMatchObject({
      kind: 'count',
      what: 'killed',
      value: 84,
      qualifier: 'at least',
    });
    expect(only('The lorry hit the crowd, killing 84.').what).toBe('killed');
    expect(only('Officials said 202 were injured in the crush.').what).toBe('injured');
    expect(only('Ten children were among the dead.').what).toBe('children killed');
    expect(only('Police arrested 12 men overnight.').what).toBe('men arrested');
  });

  it('names other counts by the head of the noun phrase after the figure', () => {
    expect(only('Two New York City subway work trains collided.').what).toBe('trains');
    expect(only('There are 11 million undocumented immigrants in the country.')).toMatchObject({
      what: 'immigrants',
      value: 11e6,
    });
  });

  it('reads money with what it is, and a price per share', () => {
    const c = only('The new offer of $82 a share will be the last.');
    expect(c).toMatchObject({ kind: 'money', unit: 'USD', per: 'share', value: 82 });
    expect(only('The club made a $121 billion offer for the firm.').what).toBe('offer');
  });

  it('reads ages', () => {
    expect(only('The driver, a 31-year-old man, was shot.')).toMatchObject({ kind: 'age', value: 31 });
    expect(only('The driver, Pierre Martin, 31, was shot.')).toMatchObject({ kind: 'age', value: 31 });
  });

  it('compares measures in one unit per quantity, and keeps the unit as written', () => {
    expect(only('The lorry drove 2 km along the front.')).toMatchObject({
      kind: 'measure',
      unit: 'metres',
      value: 2000,
    });
    const depth = only('The boy fell into a 130-foot well.');
    expect(depth).toMatchObject({ unit: 'metres', written: 'foot' });
    expect(depth.value).toBeCloseTo(39.62, 1);
    expect(only('The search went on for two days.')).toMatchObject({ unit: 'hours', value: 48 });
  });

  it('leaves out what is not a claim', () => {
    for (const text of [
      'It was one of the worst days.',
      'No one was hurt at all.',
      'The attack came two years ago this week.',
      'The wall is 12 wide and tall.',
      "The Chang'e 4 space mission will launch in June.",
      'She drove the car to kill Bill, the same one she kept.',
    ])
      expect(
        claims(text).map((c) => c.as),
        text,
      ).toEqual([]);
  });

  it('gives the source the sentence attributes a figure to', () => {
    expect(only('At least 84 people were killed, according to the prosecutor.').source).toBe(
      'the prosecutor',
    );
    expect(only('Hollande said 77 people had died.').source).toBe('Hollande');
    expect(only('At least 84 people were killed in the attack.').source).toBeNull();
  });

  it('reads clock times, days and dates', () => {
    expect(only('The trains collided around 5:10 a.m. in the tunnel.')).toMatchObject({
      kind: 'time',
      value: 5 * 60 + 10,
      qualifier: 'about',
    });
    expect(only('The flight landed at 10.30pm local time.').value).toBe(22 * 60 + 30);
    expect(only('The House voted on Tuesday.')).toMatchObject({ kind: 'day', value: 2 });
    expect(only('The attack came on July 14 at night.')).toMatchObject({ kind: 'date', value: 714 });
    expect(only('The attack came on 14 July at night.')).toMatchObject({ kind: 'date', value: 714 });
  });
});

describe('findClaims, money and sources in context', () => {
  it('names a share price, and takes "said X" as a source only at the end of a clause', () => {
    const text = 'Shares fell 4.3 percent to $63.20 after a report said Apple might drop the chipmaker.';
    const price = claims(text).find((c) => c.kind === 'money')!;
    expect(price.what).toBe('share price');
    expect(price.source).toBeNull();
    expect(only('The deal is worth $148.9 billion, said Dealogic.').source).toBe('Dealogic');
  });
});

describe('findClaims, dates', () => {
  it('leaves out a date given with its year: a caption or a stamp, not the event', () => {
    expect(
      claims('A rocket takes off from the launch centre, July 2, 2017.').filter((c) => c.kind === 'date'),
    ).toEqual([]);
    expect(claims('The launch is set for 2 July.').map((c) => c.kind)).toEqual(['date']);
  });
});

describe('findClaims, a limit', () => {
  it('reads the first figures in text order, of every kind, up to the limit', () => {
    const text = 'On Tuesday, at least 84 people were killed at 10:30 p.m. and 202 were injured.';
    const all = claims(text).map((c) => c.as);
    expect(all).toEqual(['Tuesday', 'at least 84', '10:30 p.m.', '202']);
    expect(findClaims(text, undefined, 2).map((c) => text.slice(c.start, c.end))).toEqual(all.slice(0, 2));
  });
});
