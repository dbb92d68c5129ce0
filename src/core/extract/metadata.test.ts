import { describe, expect, it } from 'vitest';
import { deriveTitle, outletFromSelfReference, readByline, readDateline, readWireCredit } from './metadata';

describe('metadata lines', () => {
  it('reads bylines and refuses body sentences', () => {
    expect(readByline('by Olena Goncharova October 29, 2023 7:28 AM 2 min read')).toEqual({
      byline: 'Olena Goncharova',
      published: '2023-10-29T07:28',
    });
    expect(readByline('From: Maximilian Kurz')?.byline).toBe('Maximilian Kurz');
    expect(readByline('By Jane Doe and John Roe')?.byline).toBe('Jane Doe and John Roe');
    expect(readByline('By May Chen')?.byline).toBe('May Chen');
    expect(readByline('From Kyiv, the president said the talks would resume.')).toBeNull();
    expect(readByline('By the end of the week')).toBeNull();
  });
  it('reads datelines with breadcrumbs', () => {
    expect(readDateline('date 2023-10-29 Home page politics')).toEqual({
      published: '2023-10-29',
      section: 'politics',
    });
    expect(readDateline('Updated 3 hours ago')).toEqual({ published: null, section: null });
    expect(readDateline('Home > World > Europe')?.section).toBe('Europe');
    expect(readDateline('On 29 October 2023 the council met to vote on the new budget.')).toBeNull();
  });
  it('reads wire credits', () => {
    expect(readWireCredit('Reporting by Jane Doe in Harwick; Editing by John Roe')?.byline).toBe('Jane Doe');
  });
  it('finds the outlet only where the page names itself', () => {
    expect(
      outletFromSelfReference(['Millions read the Kyiv Independent, but only one in 10,000 pays.']),
    ).toBe('The Kyiv Independent');
    expect(outletFromSelfReference(['© 2024 Example Media. All rights reserved.'])).toBe('Example Media');
    expect(outletFromSelfReference(['Alexander Lukashenko in Sochi. © Gavriil Grigorov/AFP'])).toBeNull();
    expect(outletFromSelfReference(['Subscribe', '* indicates required'])).toBeNull();
  });
  it('derives a short title from a lede', () => {
    expect(deriveTitle('The ruler wants negotiations to end the war – he hopes for talks.')).toBe(
      'The ruler wants negotiations to end the war',
    );
    expect(deriveTitle(`${'word '.repeat(60)}end.`).endsWith('…')).toBe(true);
  });
});
