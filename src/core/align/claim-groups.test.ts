import { describe, expect, it } from 'vitest';
import { ATTACK } from '../__fixtures__/attack-story';
import seed000 from '../__fixtures__/seed-000-body.txt?raw';
import seed003 from '../__fixtures__/seed-003-body.txt?raw';
import { findClaims } from '../claims/find-claims';
import { articleId } from '../types';
import { type ArticleClaims, groupClaims as groupWithNotes } from './claim-groups';
import { segment } from './passages';

const groupClaims = (
  articles: ArticleClaims[],
  ...rest: [] | [Parameters<typeof groupWithNotes>[1], number?]
) => groupWithNotes(articles, ...(rest as [])).groups;

const story = (texts: Record<string, string>, outlets: Record<string, string> = {}): ArticleClaims[] =>
  Object.entries(texts).map(([id, text]) => ({
    id: articleId(id),
    text,
    sentences: segment(text),
    claims: findClaims(text),
    outlet: outlets[id] ?? id,
  }));

const show = (texts: Record<string, string>, g: ReturnType<typeof groupClaims>[number]) =>
  g.members.map((m) => `${m.article}: ${texts[m.article]!.slice(m.start, m.end)}`);

describe('groupClaims', () => {
  const texts = ATTACK;
  const groups = groupClaims(story(texts));

  it('finds the death toll the outlets give differently, with each figure', () => {
    const killed = groups.find((g) => g.what === 'killed')!;
    expect(killed.kind).toBe('difference');
    expect(show(texts, killed)).toEqual(['sun: at least 84', 'daily: Nearly 80', 'wire: 77']);
    expect(killed.members.find((m) => m.article === 'sun')).toMatchObject({
      value: 84,
      qualifier: 'at least',
      source: 'the prosecutor',
    });
  });

  it('finds the figures they agree on as shared facts', () => {
    expect(groups.find((g) => g.claimKind === 'age')).toMatchObject({ kind: 'shared' });
    expect(show(texts, groups.find((g) => g.claimKind === 'age')!)).toHaveLength(3);
    const distance = groups.find((g) => g.claimKind === 'measure')!;
    expect(distance.kind).toBe('shared');
    expect(show(texts, distance)).toEqual(['sun: 2 km', 'daily: about 2 km']);
  });

  it('does not group figures about different things: the driver’s children and a victim’s', () => {
    expect(groups.filter((g) => g.what === 'children')).toEqual([]);
  });

  it('lists differences before shared facts', () => {
    const kinds = groups.map((g) => g.kind);
    expect(kinds.indexOf('shared')).toBeGreaterThan(kinds.lastIndexOf('difference'));
  });

  it('sees no conflict when an article gives the other figure too (a toll that rose)', () => {
    const rose = `At least 84 people were killed when a lorry drove into a crowd on the seafront promenade. Earlier, officials had said 77 people were killed when the lorry drove into the crowd on the promenade.`;
    const t = { sun: rose, wire: ATTACK.wire };
    const killed = groupClaims(story(t)).filter((g) => g.what === 'killed');
    expect(killed.map((g) => g.kind)).toEqual(['shared']);
    expect(show(t, killed[0]!)).toEqual(['sun: 77', 'wire: 77']);
  });

  it('needs two outlets for a shared fact, when the outlets are known', () => {
    const t = { a: ATTACK.daily, b: ATTACK.daily };
    expect(groupClaims(story(t, { a: 'Daily', b: 'Daily' }))).toEqual([]);
    expect(groupClaims(story(t, { a: 'Daily', b: 'Other' })).length).toBeGreaterThan(0);
  });

  it('gives the same groups for the same articles every time', () => {
    expect(groupClaims(story(texts))).toEqual(groups);
  });

  it('finds a toll told in different sentences, and not one of another event', () => {
    // written for this test
    const t = {
      a: 'The death toll from the ferry disaster rose to 212 on Sunday, officials said. Rescue boats searched the bay through the night.',
      b: 'Nearly 190 people died when the ferry capsized off the coast. Last year, 150 people died when another boat sank in the same strait.',
    };
    const killed = groupClaims(story(t)).filter((g) => g.what === 'killed');
    expect(killed.map((g) => [g.kind, show(t, g)])).toEqual([['difference', ['a: 212', 'b: Nearly 190']]]);
  });

  it('shows no difference between the two seed articles', () => {
    const seeds = groupClaims(
      story({ de: seed000, kyiv: seed003 }, { de: 'unknown', kyiv: 'The Kyiv Independent' }),
    );
    expect(seeds.filter((g) => g.kind === 'difference')).toEqual([]);
  });

  it('stays within its work budget on a story of thousands of figures, and says so', () => {
    // written for this test: 600 sentences of casualty figures in each of six articles
    const text = (seed: number) =>
      Array.from(
        { length: 600 },
        (_, i) => `At least ${80 + ((i * seed) % 7)} people were killed in town ${i * seed}, officials said.`,
      ).join(' ');
    const articles = story(Object.fromEntries([1, 2, 3, 4, 5, 6].map((s) => [`a${s}`, text(s)])));
    const { incomplete } = groupWithNotes(articles, () => false, 2_000);
    expect(incomplete).toMatch(/read the first 150 figures of 6 article\(s\)/);
    expect(incomplete).toMatch(/compared 2000 pairs of figures before the budget ran out/);
    expect(groupWithNotes(articles, () => false, 2_000)).toEqual(
      groupWithNotes(articles, () => false, 2_000),
    );
  });
});
