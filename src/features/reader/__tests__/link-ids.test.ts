import { describe, expect, it } from 'vitest';
import { LINK_ID } from '../../../routing/routes';
import type { StoryRecord } from '../../../schema/corpus';
import { de, kyiv, seedStory } from '../../../testing/seed-story';
import { linkIds } from '../link-ids';

const links = seedStory.links!;
const ids = linkIds(seedStory, [de, kyiv]);

describe('link ids', () => {
  it('gives every link an id the URL accepts, none twice', () => {
    const all = [...ids.quote, ...ids.passage, ...ids.entity];
    expect(all.length).toBe(links.quoteGroups.length + links.passages.length + links.entityGroups.length);
    expect(all.every((id) => LINK_ID.test(id))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps a quote group its id when a rebuild reorders the groups and adds others', () => {
    const g = links.quoteGroups[0]!;
    const rebuilt: StoryRecord = {
      ...seedStory,
      links: {
        ...links,
        quoteGroups: [...links.quoteGroups.slice(1), { ...g, score: 0.5 }],
        entityGroups: [...links.entityGroups].reverse(),
      },
    };
    const after = linkIds(rebuilt, [de, kyiv]);
    expect(after.quote.at(-1)).toBe(ids.quote[0]);
    expect(after.entity.at(-1)).toBe(ids.entity[0]);
  });

  it('gives a different quote another id', () => {
    const g = links.quoteGroups[0]!;
    const m = g.members[0]!;
    const other: StoryRecord = {
      ...seedStory,
      links: { ...links, quoteGroups: [{ ...g, members: [{ ...m, end: m.end - 12 }] }] },
    };
    expect(linkIds(other, [de, kyiv]).quote[0]).not.toBe(ids.quote[0]);
  });
});
