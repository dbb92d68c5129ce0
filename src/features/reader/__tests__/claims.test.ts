import { describe, expect, it } from 'vitest';
import { attackCorpus, attackStory } from '../../../testing/attack-story';
import { comparisonJson, comparisonMarkdown } from '../export';
import { layerCounts } from '../layers';
import { buildStoryView } from '../story-model';

const articles = attackStory.articleIds.map((id) => attackCorpus.articles.find((a) => a.id === id)!);
const outletOf = (id: string) => articles.find((a) => a.id === id)?.outlet ?? '?';

describe('figures that differ, in the reader', () => {
  it('the corpus holds the death toll as a difference of the three articles', () => {
    const killed = attackStory.links?.claims?.find((c) => c.what === 'killed');
    expect(killed?.kind).toBe('difference');
    expect(killed?.members).toHaveLength(3);
  });

  it('marks each figure in its article, in the "differ" layer, labelled with every outlet’s figure', () => {
    const view = buildStoryView(attackStory, articles, outletOf);
    const marks = [...view.marks.values()].flat().filter((m) => m.kind === 'differ');
    expect(marks).toHaveLength(3);
    for (const part of ['at least 84 (The Sun Times)', 'Nearly 80 (Daily Courier)', '77 (Wire Service)'])
      expect(marks[0]!.label).toContain(part);
    expect(marks[0]!.label).toMatch(/^Figures differ: killed: /);
    expect(layerCounts(view).differ).toBe(1);
    expect(view.links.get(marks[0]!.link)?.differs).toBe(true);
  });

  it('both exports carry the difference, with each figure as written', () => {
    const j = comparisonJson(attackStory, articles);
    const killed = j.differences.find((d) => d.what === 'killed')!;
    expect(killed.members.map((m) => m.text).sort()).toEqual(['77', 'Nearly 80', 'at least 84']);
    expect(j.sharedFacts.length).toBeGreaterThan(0);
    const md = comparisonMarkdown(attackStory, articles);
    const line = md.split('\n').find((l) => l.startsWith('- killed: '))!;
    for (const part of [
      'at least 84 (The Sun Times, quoting the prosecutor)',
      'Nearly 80 (Daily Courier)',
      '77 (Wire Service)',
    ])
      expect(line).toContain(part);
    expect(md).toMatch(/## Figures they agree on \(\d+\)/);
  });

  it('an export of two panes whose figures agree lists no difference', () => {
    const by = (outlet: string) => articles.find((a) => a.outlet === outlet)!;
    const [sun, daily, wire] = [by('The Sun Times'), by('Daily Courier'), by('Wire Service')];
    const twoAgree = comparisonJson(attackStory, [daily, wire]);
    expect(twoAgree.differences.filter((d) => d.what === 'killed')).toEqual([]);
    expect(comparisonJson(attackStory, [sun, wire]).differences.map((d) => d.what)).toContain('killed');
  });
});
