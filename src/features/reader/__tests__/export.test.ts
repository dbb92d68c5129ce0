import { describe, expect, it } from 'vitest';
import { de, kyiv, seedStory } from '../../../testing/seed-story';
import { comparisonJson, comparisonMarkdown, diffText } from '../export';

describe('export', () => {
  it('writes a diff with changed, dropped and added words', () => {
    expect(
      diffText([
        { op: 'same', first: 'seriously', this: 'seriously' },
        { op: 'changed', first: 'deadlocked', this: 'stalemated' },
        { op: 'only-first', first: 'Nobody', this: '' },
        { op: 'only-this', first: '', this: 'no one' },
      ]),
    ).toBe('seriously [deadlocked | stalemated] [-Nobody] [+no one]');
  });

  it('exports the seed comparison as JSON with both quote variants and the diff', () => {
    const j = comparisonJson(seedStory, [de, kyiv]);
    expect(j.articles.map((a) => a.id)).toEqual(['de', 'kyiv']);
    expect(j.quoteGroups).toHaveLength(1);
    const [first, second] = j.quoteGroups[0]!.variants;
    expect(first!.text).toBe(de.body.slice(first!.start, first!.end));
    expect(second!.text).toContain('stalemated');
    expect(second!.diff).toContain('seriously [deadlocked | stalemated] [Nobody | no one]');
    expect(j.entities.map((e) => e.name)).toContain('Alexander Lukashenko');
    expect(j.uniquePassages.length).toBeGreaterThan(0);
    for (const u of j.uniquePassages) expect([de.body, kyiv.body].some((b) => b.includes(u.text))).toBe(true);
  });

  it('leaves out a quote group when only one of its articles is shown', () => {
    expect(comparisonJson(seedStory, [kyiv]).quoteGroups).toEqual([]);
  });

  it('exports Markdown a person can read', () => {
    const md = comparisonMarkdown(seedStory, [de, kyiv]);
    expect(md).toMatch(/^# /);
    expect(md).toContain('## Shared quotes (1)');
    expect(md).toContain('### Alexander Lukashenko');
    expect(md).toContain('> — The Kyiv Independent');
    expect(md).toMatch(/Differences \(The Kyiv Independent\): .*seriously \[deadlocked \| stalemated\]/);
    expect(md).toMatch(/\| Alexander Lukashenko \| PER \| \d+×, quoted \| \d+×, quoted \|/);
    expect(md).toContain('## Only in one article');
  });

  it('writes article-supplied text into Markdown as text, never as HTML', () => {
    const hostile = {
      ...kyiv,
      title: 'Talks <img src=x onerror=alert(1)>',
      outlet: 'Kyiv | <b>Independent</b>',
      byline: 'A & B',
    };
    const md = comparisonMarkdown(seedStory, [de, hostile]);
    expect(md).not.toMatch(/<img|<b>/);
    expect(md).toContain('Talks &lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('by A &amp; B');
    expect(md).toContain('Kyiv \\| &lt;b&gt;Independent&lt;/b&gt;');
  });
});
