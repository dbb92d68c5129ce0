import { describe, expect, it } from 'vitest';
import raw000 from '../../../corpus/articles/000_603a60e8229c8bdb.txt?raw';
import raw003 from '../../../corpus/articles/003_1a1a1ac63ae0f7f4.txt?raw';
import type { Mention } from '../entities/types';
import { extractFromText } from '../extract/index';
import type { Quote } from '../quotes/types';
import { articleId } from '../types';
import { compareArticles, DEFAULT_BUDGET } from './compare';
import type { CompareArticle } from './types';

const body = (raw: string) =>
  extractFromText(raw)
    .paragraphs.map((p) => p.text)
    .join('\n\n');
const A = body(raw000);
const B = body(raw003);

/** A quote over a phrase, found by hand in the text (so this test does not depend on the quote finder). */
function quote(text: string, from: string, to: string, speaker: string | null): Quote {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return { start, end, speaker, kind: 'direct' };
}
function mentions(text: string, name: string, type: Mention['type'], surface = name): Mention[] {
  const out: Mention[] = [];
  for (let i = text.indexOf(surface); i !== -1; i = text.indexOf(surface, i + 1))
    out.push({ start: i, end: i + surface.length, type, name });
  return out;
}

const a: CompareArticle = {
  id: articleId('000'),
  text: A,
  quotes: [
    quote(A, 'There are enough problems', 'advance their position.', 'Alexander Lukashenko'),
    quote(A, 'We have to sit down', 'come to an agreement.', 'Alexander Lukashenko'),
  ],
  entities: [
    ...mentions(A, 'Alexander Lukashenko', 'PER'),
    ...mentions(A, 'Minsk', 'LOC'),
    ...mentions(A, 'Russian', 'MISC'),
  ],
};
const b: CompareArticle = {
  id: articleId('003'),
  text: B,
  quotes: [
    quote(B, 'There are enough problems', 'advance their position', 'Lukashenko'),
    quote(B, 'nobody dies', 'nobody dies', null),
    quote(B, 'We can see now', 'did not work.', 'Volodymyr Zelensky'),
  ],
  entities: [
    ...mentions(B, 'Lukashenko', 'PER', "Lukashenko's"),
    ...mentions(B, 'Russia', 'LOC'),
    ...mentions(B, 'Volodymyr Zelensky', 'PER'),
  ],
};
const demonyms = (w: string) => ({ Russian: 'Russia' })[w] ?? null;
const result = compareArticles([a, b], demonyms);

describe('compareArticles on the seeds', () => {
  it('groups the two translations of Lukashenko’s quote, with a word diff', () => {
    expect(result.quoteGroups).toHaveLength(1);
    const g = result.quoteGroups[0]!;
    expect(g.members.map((m) => m.article)).toEqual(['000', '003']);
    expect(g.speaker).toBe('Alexander Lukashenko');
    expect(g.score).toBeGreaterThan(0.7);
    const changed = g.diffs[0]!.filter((d) => d.op === 'changed').map((d) => `${d.first}|${d.this}`);
    expect(changed).toContain('substantially|substantively');
    // word for word, as the reader shows it: seriously [deadlocked | stalemated] [Nobody | no one]
    expect(changed).toContain('deadlocked|stalemated');
    expect(changed).toContain('Nobody|no one');
    expect(g.diffs[0]!.some((d) => d.op === 'same' && d.first === 'seriously')).toBe(true);
  });

  it('anchors each member with its exact text and some context', () => {
    const m = result.quoteGroups[0]!.members[1]!;
    expect(m.anchor?.exact).toBe(B.slice(m.start, m.end));
    expect(B.slice(m.start - m.anchor!.prefix.length, m.start)).toBe(m.anchor!.prefix);
    expect(B.slice(m.end, m.end + m.anchor!.suffix.length)).toBe(m.anchor!.suffix);
    expect(m.anchor!.suffix.length).toBeGreaterThan(0);
    const luk = result.entityGroups.find((g) => g.name === 'Alexander Lukashenko')!;
    expect(luk.reason).toMatch(/named in 2 articles; \d+ mentions? by surname/);
  });

  it('does not group quotes that only one article carries', () => {
    const grouped = result.quoteGroups.flatMap((g) =>
      g.members.map((m) => (m.article === '000' ? A : B).slice(m.start, m.end)),
    );
    expect(grouped.some((t) => t.startsWith('We have to sit down'))).toBe(false);
    expect(grouped.some((t) => t.startsWith('nobody dies') || t.startsWith('We can see now'))).toBe(false);
  });

  it('merges a surname into the full name and links a demonym to its country', () => {
    const luk = result.entityGroups.filter((g) => /Lukashenko/.test(g.name));
    expect(luk).toHaveLength(1);
    expect(luk[0]!.name).toBe('Alexander Lukashenko');
    expect(luk[0]!.articles).toEqual(['000', '003']);
    const russia = result.entityGroups.find((g) => g.name === 'Russia')!;
    expect(russia.articles).toEqual(expect.arrayContaining(['000', '003']));
    expect(russia.mentions.some((m) => m.via === 'demonym' && A.slice(m.start, m.end) === 'Russian')).toBe(
      true,
    );
    expect(result.entityGroups.find((g) => g.name === 'Minsk')!.articles).toEqual(['000']);
  });

  it('finds the paraphrased fact as a shared passage, and unique passages on each side', () => {
    const hit = result.passages.find(
      (p) =>
        p.kind !== 'unique' &&
        p.members.some((m) =>
          A.slice(m.start, m.end).includes('made his country available as a starting point'),
        ) &&
        p.members.some((m) =>
          B.slice(m.start, m.end).includes("allowed his country's territory to be used as a base"),
        ),
    );
    expect(hit?.kind).toBe('paraphrase');
    const unique = result.passages.filter((p) => p.kind === 'unique').map((p) => p.members[0]!);
    expect(unique.some((m) => m.article === '003' && B.slice(m.start, m.end).includes('Malta'))).toBe(true);
    expect(unique.some((m) => m.article === '000' && A.slice(m.start, m.end).includes('Avdiivka'))).toBe(
      true,
    );
    expect(result.incomplete).toBeNull();
  });

  it('stops at the budget and says what is missing', () => {
    const r = compareArticles([a, b], demonyms, { maxQuoteSteps: Number.POSITIVE_INFINITY, maxPairs: 10 });
    expect(r.incomplete).toMatch(/budget/);
    expect(r.quoteGroups).toHaveLength(1);
  });
});

describe('compareArticles budget', () => {
  // Two articles quoting the same very long passage, written here by repetition.
  const long = Array.from({ length: 3000 }, (_, i) => `word${i % 997} fact${i % 991}`).join(' ');
  const text = `He said: “${long}.” ${long}.`;
  const art = (id: string): CompareArticle => ({
    id: articleId(id),
    text,
    quotes: [{ start: 10, end: 10 + long.length, speaker: 'Someone', kind: 'direct' }],
    entities: [],
  });

  it('stops at its work budget on huge quotes, saying what is missing', () => {
    const tight = compareArticles([art('x'), art('y')], () => null, {
      maxQuoteSteps: 1_000,
      maxPairs: 1_000_000,
    });
    expect(tight.incomplete).toMatch(/work budget/);
    expect(tight.quoteGroups).toHaveLength(0);
    const roomy = compareArticles([art('x'), art('y')], () => null, DEFAULT_BUDGET);
    expect(roomy.quoteGroups).toHaveLength(1);
    expect(roomy.incomplete).toBeNull();
  });

  it('gives the same answer every time: the budget counts work, not time', () => {
    // one pair of these quotes is 400 × 400 steps: the budget runs out inside the second pair
    const budget = { maxQuoteSteps: 200_000, maxPairs: 5_000 };
    const runs = Array.from({ length: 3 }, () =>
      compareArticles([art('x'), art('y'), art('z')], () => null, budget),
    );
    expect(runs[0]!.incomplete).toMatch(/compared quotes up to 1 of 3 before the work budget ran out/);
    expect(new Set(runs.map((r) => JSON.stringify(r))).size).toBe(1);
  });
});
