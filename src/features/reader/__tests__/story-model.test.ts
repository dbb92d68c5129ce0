import { describe, expect, it } from 'vitest';
import { articleId } from '../../../core/types';
import type { StoryRecord } from '../../../schema/corpus';
import { de, kyiv, outletOf, seedStory } from '../../../testing/seed-story';
import { buildStoryView, coverage, entityMatrix, shareMatrix } from '../story-model';

const view = buildStoryView(seedStory, [de, kyiv], outletOf);

describe('story view of the seeds', () => {
  it('links the Lukashenko quote across both articles, marked as worded differently', () => {
    const quotes = [...view.links.values()].filter((l) => l.kind === 'quote');
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(new Set(q.members.map((m) => m.article))).toEqual(new Set(['de', 'kyiv']));
    expect(q.differs).toBe(true);
    const deMark = view.marks.get(de.id)!.find((m) => m.link === q.id)!;
    expect(de.body.slice(deMark.start, deMark.end)).toMatch(/^There are enough problems.*deadlocked/);
    expect(deMark.label).toContain('Alexander Lukashenko');
    expect(deMark.label).toContain('The Kyiv Independent');
  });

  it('marks shared names in both articles and no name that only one article has', () => {
    const names = (id: string) =>
      new Set(
        view.marks
          .get(articleId(id))!
          .filter((m) => m.kind === 'entity')
          .map((m) => view.links.get(m.link)!.id),
      );
    const shared = names('de');
    expect(shared).toEqual(names('kyiv'));
    const text = view.marks
      .get(kyiv.id)!
      .filter((m) => m.kind === 'entity')
      .map((m) => kyiv.body.slice(m.start, m.end));
    expect(text).toContain('Lukashenko');
    expect(text.join(' ')).not.toMatch(/Zelensky|Malta/);
  });

  it('puts every unique passage on the strip of its own article only', () => {
    const strip = coverage(view, kyiv);
    for (const s of strip) {
      expect(s.top).toBeGreaterThanOrEqual(0);
      expect(s.top + s.height).toBeLessThanOrEqual(1);
      const link = view.links.get(s.link)!;
      if (link.kind === 'unique') expect(link.members.every((m) => m.article === 'kyiv')).toBe(true);
    }
  });

  it('counts Lukashenko in the entity matrix as quoted in both, with his mentions', () => {
    const rows = entityMatrix(seedStory, [de, kyiv], view.ids.entity);
    const luka = rows.find((r) => r.name === 'Alexander Lukashenko')!;
    expect(luka.cells.map((c) => c.quoted)).toEqual([true, true]);
    const inKyiv = (kyiv.body.match(/Lukashenko/g) ?? []).length;
    expect(luka.cells[1]!.mentions).toBe(inKyiv);
    expect(luka.cells[1]!.firstParagraph).toBe(1);
    // shared names come first: every row is named in both articles
    expect(rows.every((r) => r.cells.every((c) => c.mentions > 0))).toBe(true);
  });

  it('knows who is quoted by entity id, not by the words that name the speaker', () => {
    const group = seedStory.links!.entityGroups.find((g) => g.name === 'Alexander Lukashenko')!;
    const only = (a: typeof de, speaker: string, speakerEntity: string | null) => ({
      ...a,
      body: a.body.replace(/Lukashenko/g, 'Xxxxxxxxxx'),
      analysis: {
        entities: [],
        quotes: (a.analysis?.quotes ?? []).map((q) => ({ ...q, speaker, speakerEntity })),
      },
    });
    const sameId = only(kyiv, 'the Belarusian leader', group.id!);
    const otherId = only(kyiv, 'Alexander Lukashenko', 'someone else');
    const quoted = (a: typeof de) =>
      entityMatrix(seedStory, [de, a], view.ids.entity).find((r) => r.name === 'Alexander Lukashenko')!
        .cells[1]!.quoted;
    expect(quoted(sameId as typeof de)).toBe(true);
    expect(quoted(otherId as typeof de)).toBe(false);
  });
});

describe('share matrix', () => {
  const body = 'x'.repeat(100);
  const a = { ...de, id: articleId('a'), body };
  const b = { ...kyiv, id: articleId('b'), body: 'y'.repeat(50) };
  const story = {
    ...seedStory,
    articleIds: ['a', 'b'],
    links: {
      quoteGroups: [],
      entityGroups: [],
      incomplete: null,
      passages: [
        {
          kind: 'verbatim',
          score: 1,
          reason: '',
          members: [
            { article: 'a', start: 0, end: 20 },
            { article: 'b', start: 0, end: 10 },
          ],
        },
        {
          kind: 'paraphrase',
          score: 1,
          reason: '',
          members: [
            { article: 'a', start: 10, end: 30 },
            { article: 'b', start: 20, end: 45 },
          ],
        },
        { kind: 'unique', score: 1, reason: '', members: [{ article: 'a', start: 50, end: 100 }] },
      ],
    },
  } as unknown as StoryRecord;

  it('counts overlapping shared spans once and ignores unique passages', () => {
    const m = shareMatrix(story, [a, b]);
    expect(m[0]![0]).toBe(1);
    expect(m[0]![1]).toBeCloseTo(30 / 100);
    expect(m[1]![0]).toBeCloseTo(35 / 50);
  });
});
