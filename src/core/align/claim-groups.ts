/**
 * Claims aligned across a story's articles: the figures several outlets give for the same
 * thing, as shared facts (the values agree) or differences (they do not).
 *
 * Each claim's context is the content words near its figure in its sentence (a window of
 * WINDOW words each side, a word's weight falling with its distance from the figure: at
 * NEAR words it counts half), weighted by how rare they are in the story's sentences: every
 * sentence of a takeover story says "Broadcom" and "offer", few say "initial" or "debt". Two
 * claims of different articles can be about the same thing when they have the same kind,
 * unit and label (a count's noun or event: "killed", "trains"; money and percentages by
 * context alone, since outlets call one $121bn an "offer", a "bid" and a "deal").
 *
 * 1. Repeats within an article (the lede's "$5 billion" and the body's) are one claim, its
 *    first mention.
 * 2. Shared facts: claims whose values agree (numbers.ts: qualifiers and rounding) and are
 *    within 10% as written, whose contexts overlap (weighted Dice ≥ SHARED_SIM), joined best
 *    first, one claim per article a group. Across outlets only, when the outlets are known:
 *    two pieces of one outlet repeating a figure is not two outlets agreeing.
 * 3. Differences: two groups (or lone claims) whose values disagree are joined when their
 *    best pair's contexts overlap strongly (≥ DIFFERENT_SIM, with at least 2 rare words in
 *    common), the values are within a factor of 2.5, and no article of either side also gives
 *    a figure of the other side's value (of any label of that kind and unit, in words with
 *    something in common, GIVEN_SIM): an
 *    article that says 77 and later 84 is not in conflict with one that says 84, and one that
 *    names both the $60 cash part and the $110 rival bid is not in conflict over either.
 * 4. A shared fact another article contests (a disagreeing figure, in words close to the
 *    group's, CONTEST_SIM) is left out: it is neither agreed nor a difference we can show.
 * A casualty count (its label is the event: "killed", "injured") asks less context of both.
 * Precision first: a difference a reader sees must be real, so what is uncertain is left out.
 */
import { consistent as figuresAgree } from '../claims/numbers';
import type { Claim } from '../claims/types';
import { fold } from '../text/fold';
import type { ArticleId, Span } from '../types';
import type { SentenceTokens } from './passages';
import { type ContentToken, contentTokens } from './tokens';
import type { ClaimGroup } from './types';

export interface ArticleClaims {
  readonly id: ArticleId;
  readonly text: string;
  /** The article's sentences with their content words (passages.ts `segment`). */
  readonly sentences: readonly SentenceTokens[];
  readonly claims: readonly Claim[];
  /** The article's outlet when known: shared facts need two outlets. */
  readonly outlet?: string | null;
}

const WINDOW = 10;
const NEAR = 3;
const SHARED_SIM = 0.12;
const DIFFERENT_SIM = 0.33;
const DIFFERENT_MIN_RARE = 2;
const LINKED_SIM = 0.15;
const CONTEST_SIM = 0.12;
/**
 * A casualty count's label already says what it counts ("killed"): outlets tell a toll in
 * different sentences ("the death toll rose to 212", "at least 190 people died when the ferry
 * capsized"), so less context in common is asked of it.
 */
const EVENT_SHARED_SIM = 0.05;
const EVENT_DIFFERENT_SIM = 0.1;
const SHARED_MAX_RATIO = 1.1;
const GIVEN_SIM = 0.05;
const MAX_RATIO = 2.5;
/** About half a second of context comparisons on one core of a 2-core laptop. */
const DEFAULT_CLAIM_STEPS = 400_000;

interface Node {
  readonly article: number;
  readonly claim: Claim;
  readonly context: ReadonlyMap<string, Weight>;
  readonly key: string;
}

/**
 * Two figures agree: numbers.ts's rule, with room for conversion when the outlets wrote
 * different units ("130-foot" is 39.6 m, written by another outlet as 40 m).
 */
function consistent(a: Claim, b: Claim): boolean {
  if ((a.written ?? a.unit) === (b.written ?? b.unit)) return figuresAgree(a, b);
  return figuresAgree(widen(a), widen(b));
}
const widen = (c: Claim): Claim => ({ ...c, precision: Math.max(c.precision, c.value * 0.06) });

const kindKey = (c: Claim): string => `${c.kind}|${c.unit ?? ''}`;
const keyOf = (c: Claim): string =>
  `${kindKey(c)}|${c.per ?? ''}|${BY_CONTEXT.has(c.kind) ? '' : fold(c.what)}`;
const BY_CONTEXT = new Set<Claim['kind']>(['money', 'percent', 'day', 'date']);
/**
 * Days and dates are shared facts only: a story dates many events, and in the dev stories
 * no context measure told "the vote was on Tuesday / Wednesday" from "the price on Nov. 2 /
 * the offer of Nov. 6".
 */
const NO_DIFFERENCE = new Set<Claim['kind']>(['day', 'date']);

/**
 * Whether two sentences of different articles were found to report the same fact (a shared
 * passage, passages.ts): figures that disagree in such a pair need less context in common.
 */
export type SameFact = (a: ArticleId, aSentence: Span, b: ArticleId, bSentence: Span) => boolean;

/** Figures read per article: a story's figures that matter come early, and pairs grow as their square. */
export const MAX_CLAIMS_PER_ARTICLE = 150;

export function groupClaims(
  articles: readonly ArticleClaims[],
  sameFact: SameFact = () => false,
  maxSteps = DEFAULT_CLAIM_STEPS,
): { groups: ClaimGroup[]; incomplete: string | null } {
  // the work budget, in context comparisons: past it every pair is taken as unrelated
  let steps = 0;
  let spent = false;
  const dice = (a: ReadonlyMap<string, Weight>, b: ReadonlyMap<string, Weight>) => {
    if (++steps > maxSteps) {
      spent = true;
      return { sim: 0, rare: 0 };
    }
    return overlapOf(a, b);
  };
  // each sentence's content words, once: for the story's word rarity and every claim's context
  const tokensOf = articles.map((a) => new Map(a.sentences.map((s) => [s.span.start, s.tokens])));
  const idf = storyIdf(tokensOf);
  const nodes: Node[] = [];
  articles.forEach((a, article) => {
    const seen = new Map<string, Map<string, Weight>>();
    for (const claim of a.claims.slice(0, MAX_CLAIMS_PER_ARTICLE)) {
      const key = keyOf(claim);
      const repeat = `${key}|${claim.value}|${claim.qualifier ?? ''}`;
      const context = contextOf(
        tokensOf[article]!.get(claim.sentence.start) ?? contentTokens(a.text, claim.sentence),
        claim,
        idf,
      );
      const first = seen.get(repeat);
      // a repeat adds its words to the first mention's: the lede and the body say different things about one figure
      if (first) for (const [s, w] of context) first.set(s, w);
      else {
        seen.set(repeat, context);
        nodes.push({ article, claim, key, context });
      }
    }
  });
  // the no-conflict rule: does an article give, of any label of this kind and unit, a figure
  // agreeing with this one, in words that have something in common with its own?
  const byArticle = articles.map((_, i) => nodes.filter((n) => n.article === i));
  const givenBy = (article: number, like: Node) =>
    byArticle[article]!.some(
      (c) =>
        kindKey(c.claim) === kindKey(like.claim) &&
        consistent(c.claim, like.claim) &&
        close(c.claim, like.claim, SHARED_MAX_RATIO) &&
        dice(c.context, like.context).sim >= GIVEN_SIM,
    );

  // 2. shared facts
  const outlet = (i: number) => articles[i]!.outlet ?? null;
  const agreeing: { a: Node; b: Node; score: number }[] = [];
  const byKey = new Map<string, Node[]>();
  for (const n of nodes) {
    const list = byKey.get(n.key);
    if (list) list.push(n);
    else byKey.set(n.key, [n]);
  }
  for (const list of byKey.values())
    for (let x = 0; x < list.length && !spent; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        if (a.article === b.article || !consistent(a.claim, b.claim)) continue;
        if (!close(a.claim, b.claim, SHARED_MAX_RATIO)) continue;
        const sim = dice(a.context, b.context).sim;
        if (sim >= (a.claim.event ? EVENT_SHARED_SIM : SHARED_SIM)) agreeing.push({ a, b, score: sim });
      }
  agreeing.sort((x, y) => y.score - x.score || x.a.claim.start - y.a.claim.start);
  const groupOf = new Map<Node, Node[]>(nodes.map((n) => [n, [n]]));
  const join = (ga: Node[], gb: Node[]) => {
    const merged = [...ga, ...gb];
    for (const n of merged) groupOf.set(n, merged);
  };
  const disjoint = (ga: readonly Node[], gb: readonly Node[]) =>
    !ga.some((x) => gb.some((y) => x.article === y.article));
  for (const e of agreeing) {
    const ga = groupOf.get(e.a)!;
    const gb = groupOf.get(e.b)!;
    if (ga !== gb && disjoint(ga, gb)) join(ga, gb);
  }

  // 3. differences, between groups whose values all agree inside
  const differing: { ga: Node[]; gb: Node[]; score: number }[] = [];
  const sides = [...new Set(groupOf.values())];
  for (let x = 0; x < sides.length && !spent; x++)
    for (let y = x + 1; y < sides.length; y++) {
      const ga = sides[x]!;
      const gb = sides[y]!;
      if (ga[0]!.key !== gb[0]!.key || !disjoint(ga, gb) || NO_DIFFERENCE.has(ga[0]!.claim.kind)) continue;
      if (ga.some((a) => gb.some((b) => consistent(a.claim, b.claim) || !close(a.claim, b.claim, MAX_RATIO))))
        continue;
      if (ga.some((a) => gb.some((b) => givenBy(a.article, b) || givenBy(b.article, a)))) continue;
      let best = 0;
      for (const a of ga)
        for (const b of gb) {
          const d = dice(a.context, b.context);
          if (d.rare < (a.claim.event ? 1 : DIFFERENT_MIN_RARE)) continue;
          const linked = sameFact(
            articles[a.article]!.id,
            a.claim.sentence,
            articles[b.article]!.id,
            b.claim.sentence,
          );
          // in sentences that tell one fact, less context in common is enough
          best = Math.max(best, linked ? d.sim * (DIFFERENT_SIM / LINKED_SIM) : d.sim);
        }
      if (best >= (ga[0]!.claim.event ? EVENT_DIFFERENT_SIM : DIFFERENT_SIM))
        differing.push({ ga, gb, score: best });
    }
  differing.sort((x, y) => y.score - x.score);
  for (const d of differing) {
    const ga = groupOf.get(d.ga[0]!)!;
    const gb = groupOf.get(d.gb[0]!)!;
    if (ga === gb || !disjoint(ga, gb)) continue;
    // a third value joins only if it conflicts with none of the group's articles either
    if (ga.some((a) => gb.some((b) => givenBy(a.article, b) || givenBy(b.article, a)))) continue;
    join(ga, gb);
  }

  // 4. a shared fact another article contests (a figure for it that disagrees, in words close
  // to the group's) is uncertain, not agreed: "Tuesday" in two outlets when a third says
  // "Wednesday" for the same vote. It is left out, since no difference could be shown either.
  const contested = (g: readonly Node[]): boolean => {
    const inGroup = new Set(g.map((n) => n.article));
    return nodes.some(
      (o) =>
        !inGroup.has(o.article) &&
        o.key === g[0]!.key &&
        g.every((n) => !consistent(n.claim, o.claim)) &&
        g.some((n) => close(n.claim, o.claim, MAX_RATIO) && dice(n.context, o.context).sim >= CONTEST_SIM),
    );
  };
  const outletOfId = (id: ArticleId): string => {
    const i = articles.findIndex((a) => a.id === id);
    return outlet(i) ?? `#${i}`;
  };
  const groups = [...new Set(groupOf.values())]
    .filter((g) => g.length >= 2)
    .filter((g) => !g.every((n) => consistent(n.claim, g[0]!.claim)) || !contested(g))
    .map((g) =>
      toGroup(
        [...g].sort((a, b) => a.article - b.article || a.claim.start - b.claim.start),
        articles,
      ),
    )
    .filter((g) => g.kind === 'difference' || new Set(g.members.map((m) => outletOfId(m.article))).size > 1)
    .sort(
      (a, b) =>
        Number(a.kind === 'shared') - Number(b.kind === 'shared') ||
        b.members.length - a.members.length ||
        a.members[0]!.start - b.members[0]!.start,
    );
  const cut = articles.filter((a) => a.claims.length > MAX_CLAIMS_PER_ARTICLE).length;
  const notes = [
    spent ? `claims: compared ${maxSteps} pairs of figures before the budget ran out` : null,
    cut ? `claims: read the first ${MAX_CLAIMS_PER_ARTICLE} figures of ${cut} article(s)` : null,
  ].filter(Boolean);
  return { groups, incomplete: notes.length ? notes.join('; ') : null };
}

/**
 * Each stem's weight, its inverse sentence frequency over the story's sentences (never 0: in
 * a story of two sentences every word is in both), and whether it is rare: in at most a third
 * of the sentences, or two.
 */
function storyIdf(tokensOf: readonly ReadonlyMap<number, readonly ContentToken[]>[]): Weigh {
  const df = new Map<string, number>();
  let n = 0;
  for (const article of tokensOf)
    for (const tokens of article.values()) {
      n++;
      for (const stem of new Set(tokens.map((t) => t.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
    }
  const rareAt = Math.max(2, n / 3);
  return (stem) => {
    const d = df.get(stem) ?? 1;
    return { weight: Math.log(1 + n / d), rare: d <= rareAt };
  };
}
type Weigh = (stem: string) => { readonly weight: number; readonly rare: boolean };
interface Weight {
  readonly weight: number;
  readonly rare: boolean;
}

/** The weighted content words within WINDOW words of the figure, in its sentence. */
function contextOf(sentence: readonly ContentToken[], c: Claim, idf: Weigh): Map<string, Weight> {
  const tokens = sentence.filter((t) => !/^\p{N}/u.test(t.stem));
  const before = tokens.filter((t) => t.end <= c.start).slice(-WINDOW);
  const after = tokens.filter((t) => t.start >= c.end).slice(0, WINDOW);
  const out = new Map<string, Weight>();
  // nearer words say more about what the figure is: weight falls with distance from it
  const add = (t: ContentToken, d: number) => {
    const w = idf(t.stem);
    const near = { weight: w.weight / (1 + d / NEAR), rare: w.rare };
    const had = out.get(t.stem);
    if (!had || had.weight < near.weight) out.set(t.stem, near);
  };
  for (const [i, t] of before.entries()) add(t, before.length - 1 - i);
  for (const [i, t] of after.entries()) add(t, i);
  return out;
}

/** Weighted Dice overlap of two contexts, and how many of the shared words are rare. */
function overlapOf(
  a: ReadonlyMap<string, Weight>,
  b: ReadonlyMap<string, Weight>,
): { sim: number; rare: number } {
  let shared = 0;
  let rare = 0;
  let total = 0;
  for (const [s, w] of a) {
    total += w.weight;
    if (b.has(s)) {
      shared += w.weight;
      if (w.rare) rare++;
    }
  }
  for (const w of b.values()) total += w.weight;
  return { sim: total ? (2 * shared) / total : 0, rare };
}

/** The figures as written are within `ratio` of each other (times: within three hours, or 15 minutes for a shared one). */
function close(a: Claim, b: Claim, ratio: number): boolean {
  if (a.kind === 'day' || a.kind === 'date') return true;
  if (a.kind === 'time')
    return (
      Math.abs(a.value - b.value) <= (ratio === MAX_RATIO ? 180 : Math.max(15, a.precision, b.precision))
    );
  const low = Math.min(a.value, b.value);
  const high = Math.max(a.value, b.value);
  return low > 0 ? high / low <= ratio : high === low;
}

function toGroup(members: readonly Node[], articles: readonly ArticleClaims[]): ClaimGroup {
  let agree = true;
  for (let i = 0; i < members.length && agree; i++)
    for (let j = i + 1; j < members.length; j++)
      if (!consistent(members[i]!.claim, members[j]!.claim)) {
        agree = false;
        break;
      }
  const kind = agree ? 'shared' : 'difference';
  // the label most members give ("offer" over one outlet's "bid")
  const labels = new Map<string, number>();
  for (const n of members) labels.set(n.claim.what, (labels.get(n.claim.what) ?? 0) + 1);
  const what = [...labels].sort((x, y) => y[1] - x[1])[0]![0];
  const first = members[0]!.claim;
  return {
    what,
    kind,
    claimKind: first.kind,
    unit: first.unit,
    per: first.per,
    reason: agree
      ? `${members.length} articles give ${what} a figure their wording allows to be the same, in sentences about the same thing`
      : `${members.length} articles give ${what} figures that no reading of their wording reconciles, in sentences about the same thing, and none of them also gives the others' figure`,
    members: members.map((n) => ({
      article: articles[n.article]!.id,
      start: n.claim.start,
      end: n.claim.end,
      value: n.claim.value,
      qualifier: n.claim.qualifier,
      precision: n.claim.written ? widen(n.claim).precision : n.claim.precision,
      source: n.claim.source,
    })),
  };
}
