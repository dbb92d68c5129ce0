import { describe, expect, it } from 'vitest';
import { de, kyiv, seedStory } from '../../../testing/seed-story';
import { linkIds } from '../link-ids';
import { partnerFor, storyOverview } from '../overview-model';

const ids = linkIds(seedStory, [de, kyiv]);
// The Kyiv article published a day later, so the columns follow publication order.
const later = { ...kyiv, published: '2023-10-30' };
const o = storyOverview(seedStory, [later, de], ids);

describe('story overview', () => {
  it('puts the articles in order of publication', () => {
    expect(o.articles.map((a) => a.id)).toEqual(['de', 'kyiv']);
    expect(o.timeline.map((t) => t.time)).toEqual([Date.parse('2023-10-29'), Date.parse('2023-10-30')]);
    expect(o.timeline[0]!.words).toBe(de.body.split(/\s+/).filter(Boolean).length);
  });

  it('marks who carries the shared quote, and that one outlet worded it differently', () => {
    const q = o.quotes.find((x) => x.speaker === 'Alexander Lukashenko')!;
    expect(q.link).toBe(ids.quote[0]);
    expect(q.cells.filter(Boolean)).toHaveLength(2);
    // The seeds translate the quote differently ("deadlocked" / "stalemated").
    expect(q.cells).toContain('reworded');
  });

  it('lists shared names with their mentions per article, the most shared first', () => {
    const luka = o.names.find((n) => n.name === 'Alexander Lukashenko')!;
    expect(luka.cells.every((c) => c > 0)).toBe(true);
    expect(o.names.every((n) => n.cells.filter((c) => c > 0).length >= 2)).toBe(true);
    expect(o.names.some((n) => n.name === 'Zelensky')).toBe(false);
  });

  it('gives each pair its share, and a cell its partner', () => {
    expect(o.pairs[0]![1]).toBeGreaterThan(0);
    expect(o.pairs[0]![1]).toBeLessThan(1);
    expect(partnerFor(['same', null, 'same'], 0)).toBe(2);
    expect(partnerFor(['same', 'same', 'same'], 0, [2])).toBe(2);
    expect(partnerFor(['same', null], 0)).toBeNull();
  });
});
