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
});
