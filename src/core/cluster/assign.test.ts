import { describe, expect, it } from 'vitest';
import { articleId } from '../types';
import { assignToStories } from './assign';

// Articles written for this test: two ferry stories and a chess story, and late arrivals.
const a = (id: string, title: string, body: string, published = '2024-03-02') => ({
  id: articleId(id),
  title,
  body,
  published,
});
const ferryA = a(
  'ferry-a',
  'Harbour ferry resumes after storm',
  'The Kessel harbour ferry ran again on Saturday. Mayor Ilse Brandt thanked the crews of the Marrow Point pier.',
);
const ferryB = a(
  'ferry-b',
  'Ferry link to Marrow Point restored',
  'Ferries between Kessel and Marrow Point are sailing again. Brandt, the mayor, visited the pier.',
  '2024-03-03',
);
const chess = a(
  'chess',
  'Teenager wins national chess title',
  'Sixteen-year-old Tomas Varga won the national chess championship in Dorval, beating grandmaster Petra Lind.',
);
const ferryC = a(
  'ferry-c',
  'Kessel ferry back in service',
  'The Kessel ferry to Marrow Point is back, Mayor Ilse Brandt said at the pier on Sunday.',
  '2024-03-03',
);
const chessB = a(
  'chess-b',
  'Varga, 16, is national chess champion',
  'Tomas Varga beat grandmaster Petra Lind in Dorval to win the national chess championship.',
);
const sets = (groups: string[][]) => groups.map((g) => [...g].sort().join('+')).sort();

describe('adding articles to existing stories', () => {
  it('a new article joins the story it belongs to; the others stay as they were', () => {
    const existing = [{ articleIds: [ferryA.id, ferryB.id] }, { articleIds: [chess.id] }];
    const groups = assignToStories(existing, [ferryA, ferryB, chess, ferryC], new Set(['ferry-c']));
    expect(sets(groups)).toEqual(['chess', 'ferry-a+ferry-b+ferry-c']);
  });

  it('never merges or splits existing stories, even ones a regrouping would join', () => {
    // The two chess tellings were kept apart (say, by an earlier run); adding a ferry article leaves them so.
    const existing = [{ articleIds: [chess.id] }, { articleIds: [chessB.id] }, { articleIds: [ferryA.id] }];
    const groups = assignToStories(existing, [chess, chessB, ferryA, ferryC], new Set(['ferry-c']));
    expect(sets(groups)).toEqual(['chess', 'chess-b', 'ferry-a+ferry-c']);
  });

  it('new articles close to no story are grouped among themselves', () => {
    const groups = assignToStories(
      [{ articleIds: [ferryA.id] }],
      [ferryA, chess, chessB],
      new Set(['chess', 'chess-b']),
    );
    expect(sets(groups)).toEqual(['chess+chess-b', 'ferry-a']);
  });
});
