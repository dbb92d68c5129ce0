import { describe, expect, it } from 'vitest';
import { de, kyiv, seedStory } from '../../testing/seed-story';
import { buildStories } from './assemble-corpus';

const ids = (stories: ReturnType<typeof buildStories>) =>
  stories.map((s) => [...s.articleIds].sort().join('+')).sort();

describe('building stories', () => {
  it('groups the two seeds into one story with links', () => {
    const stories = buildStories([de, kyiv]);
    expect(ids(stories)).toEqual(['de+kyiv']);
    expect(stories[0]!.links!.quoteGroups.length).toBeGreaterThan(0);
  });

  it('keeps what the reader decided: a split article stands alone, a merge holds', () => {
    expect(ids(buildStories([de, kyiv], { pins: new Map([['kyiv', 'split-kyiv']]) }))).toEqual([
      'de',
      'kyiv',
    ]);
    const pins = new Map([
      ['de', 'mine'],
      ['kyiv', 'mine'],
    ]);
    expect(ids(buildStories([de, kyiv], { pins }))).toEqual(['de+kyiv']);
  });

  it('reuses a story whose articles did not change, instead of comparing them again', () => {
    const marked = { ...seedStory, id: seedStory.id, title: 'kept as it was' };
    const stories = buildStories([de, kyiv], { previous: [marked] });
    expect(stories[0]!.title).toBe('kept as it was');
    const other = buildStories([de, kyiv], { previous: [{ ...marked, articleIds: [de.id] }] });
    expect(other[0]!.title).not.toBe('kept as it was');
  });
});
