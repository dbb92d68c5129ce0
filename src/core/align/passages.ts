/**
 * Shared and unique passages: sentences of different articles that report the same fact,
 * verbatim or paraphrased, and the sentences no other article has.
 *
 * Each sentence becomes a set of content-word stems weighted by rarity in the story
 * (a word in every sentence says little). Two sentences of different articles are linked
 * when they share at least 4 stems, 2 of them not names (sharing only "Lukashenko, Putin,
 * Ukraine" is not a shared fact), and the weighted Dice overlap passes 0.3 — or, for a
 * short sentence restated inside a long one, at least 5 shared stems carry 40% of the
 * shorter sentence's weight; 0.8 and above counts as verbatim. Each sentence keeps its best counterpart per other article. Cost is
 * pairs of sentences: the budget caps it and reports what was not compared.
 */
import { sentences } from '../text/segment';
import type { ArticleId, Span } from '../types';
import { type ContentToken, contentTokens, stemsMatch } from './tokens';
import type { CompareArticle, CompareBudget, Passage } from './types';

const MIN_SHARED = 4;
const MIN_SHARED_WORDS = 2;
const LINK = 0.3;
const CONTAINED = 0.4;
const VERBATIM = 0.8;
/** A sentence is compared on its first words only: the fuzzy stem match is quadratic. */
const MAX_STEMS = 150;

/** A sentence with its content words: made once per article, for passages and claims. */
export interface SentenceTokens {
  readonly span: Span;
  readonly tokens: readonly ContentToken[];
}

export function segment(text: string): SentenceTokens[] {
  return sentences(text).map((span) => ({ span, tokens: contentTokens(text, span) }));
}

interface Sentence extends Span {
  readonly article: ArticleId;
  readonly stems: ReadonlyMap<string, boolean>; // stem → is a name
}

export function findPassages(
  articles: readonly CompareArticle[],
  budget: Pick<CompareBudget, 'maxPairs'>,
  segmented: readonly (readonly SentenceTokens[])[] = articles.map((a) => segment(a.text)),
): { passages: Passage[]; incomplete: string | null } {
  const all: Sentence[][] = articles.map((a, i) =>
    segmented[i]!.map(({ span: s, tokens }) => {
      const stems = new Map<string, boolean>();
      for (const t of tokens.slice(0, MAX_STEMS)) stems.set(t.stem, (stems.get(t.stem) ?? true) && t.name);
      return { ...s, article: a.id, stems };
    }),
  );
  const df = new Map<string, number>();
  for (const list of all)
    for (const s of list) for (const k of s.stems.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const total = all.reduce((n, l) => n + l.length, 0) || 1;
  const weight = (k: string) => Math.log(1 + total / (df.get(k) ?? 1));

  const linked = new Set<Sentence>();
  const passages: Passage[] = [];
  let pairs = 0;
  let incomplete: string | null = null;
  outer: for (let x = 0; x < all.length; x++)
    for (let y = x + 1; y < all.length; y++)
      for (const a of all[x]!) {
        let best: { s: Sentence; score: number; shared: number } | null = null;
        for (const b of all[y]!) {
          if (++pairs > budget.maxPairs) {
            incomplete = `passages: compared ${pairs - 1} sentence pairs before the budget ran out`;
            break outer;
          }
          const m = overlap(a, b, weight);
          if (m && (!best || m.score > best.score)) best = { s: b, ...m };
        }
        if (!best) continue;
        linked.add(a).add(best.s);
        const kind = best.score >= VERBATIM ? 'verbatim' : 'paraphrase';
        passages.push({
          kind,
          members: [member(a), member(best.s)],
          score: Math.round(best.score * 100) / 100,
          reason: `${best.shared} shared content words, weighted overlap ${Math.round(best.score * 100)}%`,
        });
      }
  if (!incomplete)
    for (const list of all)
      for (const s of list)
        if (!linked.has(s) && s.stems.size >= 3)
          passages.push({
            kind: 'unique',
            members: [member(s)],
            score: 1,
            reason: 'no counterpart in the other articles',
          });
  return { passages, incomplete };
}

const member = (s: Sentence) => ({ article: s.article, start: s.start, end: s.end });

function overlap(
  a: Sentence,
  b: Sentence,
  weight: (k: string) => number,
): { score: number; shared: number } | null {
  let shared = 0;
  let sharedWords = 0;
  let wShared = 0;
  for (const [k, isName] of a.stems) {
    let hit = b.stems.has(k) ? k : null;
    if (!hit) for (const kb of b.stems.keys()) if (stemsMatch(k, kb)) hit = kb;
    if (!hit) continue;
    shared++;
    if (!isName) sharedWords++;
    wShared += weight(k);
  }
  if (shared < MIN_SHARED || sharedWords < MIN_SHARED_WORDS) return null;
  let wa = 0;
  let wb = 0;
  for (const k of a.stems.keys()) wa += weight(k);
  for (const k of b.stems.keys()) wb += weight(k);
  const dice = (2 * wShared) / (wa + wb);
  // A short sentence restated inside a long one: most of the short one is shared.
  const containment = wShared / Math.min(wa, wb);
  if (dice >= LINK || (containment >= CONTAINED && shared >= MIN_SHARED + 1))
    return { score: Math.max(dice, containment * 0.75), shared };
  return null;
}
