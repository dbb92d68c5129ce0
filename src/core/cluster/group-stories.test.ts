import { describe, expect, it } from 'vitest';
import { articleId } from '../types';
import { groupStories } from './group-stories';

// Three short articles written for this test: two about one event, told differently, one unrelated.
const ferryA = {
  id: articleId('ferry-a'),
  title: 'Harbour ferry resumes after storm',
  published: '2024-03-02',
  body: 'The Kessel harbour ferry ran again on Saturday. Mayor Ilse Brandt thanked the crews of the Marrow Point pier, and the Kessel Port Authority said repairs cost less than feared.',
};
const ferryB = {
  id: articleId('ferry-b'),
  title: 'Ferry link to Marrow Point restored',
  published: '2024-03-03',
  body: 'Ferries between Kessel and Marrow Point are sailing again, the Kessel Port Authority announced. Brandt, the mayor, visited the pier on Sunday.',
};
const chess = {
  id: articleId('chess'),
  title: 'Teenager wins national chess title',
  published: '2024-03-02',
  body: 'Sixteen-year-old Tomas Varga won the national chess championship in Dorval on Sunday, beating grandmaster Petra Lind in the final round.',
};

describe('groupStories', () => {
  it('puts two tellings of one event together and keeps an unrelated article apart', () => {
    const groups = groupStories([ferryA, chess, ferryB]);
    const sets = groups.map((g) => [...g.articleIds].sort().join('+')).sort();
    expect(sets).toEqual(['chess', 'ferry-a+ferry-b']);
  });

  it('lists the names the grouped articles share', () => {
    const g = groupStories([ferryA, ferryB]).find((x) => x.articleIds.length === 2)!;
    expect(g.sharedNames).toEqual(expect.arrayContaining(['kessel', 'marrow', 'brandt']));
    expect(g.sharedNames).not.toContain('the');
  });

  it('does not link the same names a month apart when titles differ', () => {
    const later = {
      ...ferryB,
      id: articleId('later'),
      published: '2024-04-10',
      title: 'Council budget vote',
      body: 'Mayor Brandt presented the council budget.',
    };
    const groups = groupStories([ferryA, later]);
    expect(groups).toHaveLength(2);
  });

  it('gives stable story ids from the member ids', () => {
    const a = groupStories([ferryA, ferryB]);
    const b = groupStories([ferryB, ferryA]);
    expect(a.map((g) => g.id)).toEqual(b.map((g) => g.id));
  });

  it('does not chain: ten articles each close only to the next stay in small stories', () => {
    // Article k is about the invented places P_k and P_{k+1}: single link would make one story.
    const place = (k: number) => `Vel${'abcdefghijkl'[k]}ora`;
    const chain = Array.from({ length: 10 }, (_, k) => ({
      id: articleId(`chain-${k}`),
      title: `${place(k)} and ${place(k + 1)} sign a water pact`,
      published: '2024-05-01',
      body: `Officials from ${place(k)} met counterparts from ${place(k + 1)} on Monday. ${place(k)} and ${place(k + 1)} will share the reservoir.`,
    }));
    const groups = groupStories(chain);
    // No story holds more than half the chain.
    expect(Math.max(...groups.map((g) => g.articleIds.length))).toBeLessThanOrEqual(5);
  });

  it('keeps one telling apart from the same words three weeks later, but an undated one may join', () => {
    const again = { ...ferryB, id: articleId('again'), published: '2024-03-24' };
    const undated = { ...ferryA, id: articleId('undated'), published: null };
    const sets = groupStories([ferryA, again, undated])
      .map((g) => g.articleIds.join('+'))
      .sort();
    expect(sets).toEqual(['again', 'ferry-a+undated']);
  });

  it('groups many stories at once without mixing them', () => {
    // Twenty invented events, three tellings each, on nearby days.
    const towns =
      'Arvel Brisk Corran Dunmere Elsby Farrow Glent Harrowgate Ivel Jorvik Kelso Lanark Morven Nairn Oban Perth Quarry Rhyl Selby Tain'.split(
        ' ',
      );
    const events = ['flood', 'fire', 'strike', 'festival', 'election'];
    const articles = towns.flatMap((town, t) =>
      [0, 1, 2].map((k) => ({
        id: articleId(`${town}-${k}`),
        title: `${town} ${events[t % 5]}: ${['what we know', 'residents react', 'council responds'][k]}`,
        published: `2024-06-${String(1 + (t % 3) + k).padStart(2, '0')}`,
        body: `The ${events[t % 5]} in ${town} on Tuesday drew crowds, said ${town} council leader Mara ${town}son. ${town} residents gathered near the ${town} town hall.`,
      })),
    );
    const groups = groupStories(articles);
    expect(groups.map((g) => g.articleIds.map((id) => id.split('-')[0]).join(' '))).toEqual(
      expect.arrayContaining(towns.map((town) => [0, 1, 2].map(() => town).join(' '))),
    );
    expect(groups).toHaveLength(towns.length);
  });
});
