import { describe, expect, it } from 'vitest';
import { pinsAfter } from './corrections';

const stories = [
  { id: 'story-a', articleIds: ['a1', 'a2'] },
  { id: 'story-b', articleIds: ['b1', 'b2'] },
];
const byKey = (pins: { article: string; key: string }[]) => {
  const m = new Map<string, string[]>();
  for (const p of pins) m.set(p.key, [...(m.get(p.key) ?? []), p.article].sort());
  return [...m.values()].sort();
};

describe('grouping corrections', () => {
  it('moving an article pins it with every article of the story it joins', () => {
    expect(byKey(pinsAfter({ kind: 'move', article: 'b1', to: 'story-a' }, stories, []))).toEqual([
      ['a1', 'a2', 'b1'],
    ]);
  });

  it('splitting pins the article alone; merging pins both stories to one key', () => {
    expect(byKey(pinsAfter({ kind: 'split', article: 'a2' }, stories, []))).toEqual([['a2']]);
    expect(byKey(pinsAfter({ kind: 'merge', story: 'story-a', with: 'story-b' }, stories, []))).toEqual([
      ['a1', 'a2', 'b1', 'b2'],
    ]);
  });

  it('keeps earlier corrections and joins a story under the key it already has', () => {
    const earlier = [
      { article: 'a1', key: 'k' },
      { article: 'a2', key: 'k' },
    ];
    const pins = pinsAfter({ kind: 'move', article: 'b2', to: 'story-a' }, stories, earlier);
    expect(pins.find((p) => p.article === 'b2')!.key).toBe('k');
    expect(byKey(pins)).toEqual([['a1', 'a2', 'b2']]);
  });
});
