/**
 * Grouping articles into stories (one event, told by several outlets).
 *
 * Method: each article is a vector of weighted terms (vectors.ts: names and words of its title
 * and first paragraphs, by idf); pairs that share a heavy term within a date window are scored
 * by cosine (candidates.ts); stories are built by average-link agglomeration over those pairs,
 * refusing a story whose dates would span more than `MAX_SPAN_DAYS` (average-link.ts). Cost is
 * near-linear in the number of articles for news spread over time.
 *
 * Limits: a running story told over weeks is split into its episodes; two events about the same
 * people in the same week and with the same words can merge; an undated article may join any
 * story it is close to.
 */
import { type ArticleId, type StoryId, storyId } from '../types';
import { averageLink } from './average-link';
import { candidateEdges, type Dated } from './candidates';
import { nameEvidence, namesFrom } from './features';
import { BODY_CHARS, idfOf, type RawTerms, rawTerms, weigh } from './vectors';

export interface StoryInput {
  readonly id: ArticleId;
  readonly title: string;
  readonly body: string;
  readonly published: string | null;
}

export interface StoryGroup {
  readonly id: StoryId;
  readonly articleIds: readonly ArticleId[];
  /** Names found in at least two articles of the group, most widely shared first. */
  readonly sharedNames: readonly string[];
}

/** Mean cosine two groups must reach to become one story (tuned on half the dev stories). */
export const MERGE_THRESHOLD = 0.14;
/** A story's articles lie within this many days of each other. */
export const MAX_SPAN_DAYS = 7;

const dayOf = (published: string | null): number | null => {
  const day = published ? Date.parse(published.slice(0, 10)) / 86_400_000 : Number.NaN;
  return Number.isFinite(day) ? day : null;
};

/** Names per article, where any article's mid-sentence capitals count as evidence for all. */
function corpusTerms(articles: readonly StoryInput[]): { names: Set<string>[]; raw: RawTerms[] } {
  const evidence = articles.map((a) => nameEvidence(a.body.slice(0, BODY_CHARS)));
  const known = new Set(evidence.flatMap((e) => [...e.midSentence]));
  return {
    names: evidence.map((e) => namesFrom(e, known)),
    raw: articles.map((a, i) => rawTerms(a.title, a.body, evidence[i]!, known)),
  };
}

export interface GroupOptions {
  readonly threshold?: number;
  readonly maxSpanDays?: number;
}

/** Each article's unit term vector and day, with the idf of the articles grouped together. */
export function storyVectors(articles: readonly StoryInput[]): { items: Dated[]; names: Set<string>[] } {
  const { names, raw } = corpusTerms(articles);
  const df = new Map<string, number>();
  for (const r of raw) for (const t of r.counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => idfOf(df.get(t) ?? 0, articles.length);
  return { items: raw.map((r, i) => ({ vector: weigh(r, idf), day: dayOf(articles[i]!.published) })), names };
}

export function groupStories(articles: readonly StoryInput[], options: GroupOptions = {}): StoryGroup[] {
  const threshold = options.threshold ?? MERGE_THRESHOLD;
  const maxSpanDays = options.maxSpanDays ?? MAX_SPAN_DAYS;
  const { items, names } = storyVectors(articles);
  // Pairs below half the threshold hardly move an average; leaving them out keeps the graph small.
  const edges = candidateEdges(items, maxSpanDays, threshold / 2);
  const cluster = averageLink(
    items.map((x) => x.day),
    edges,
    { threshold, maxSpanDays },
  );

  const groups = new Map<number, number[]>();
  cluster.forEach((root, i) => {
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].map((members) => {
    const ids = members.map((i) => articles[i]!.id).sort();
    return {
      id: storyId(`story-${ids[0]}`),
      articleIds: ids,
      sharedNames: sharedNames(members.map((i) => names[i]!)),
    };
  });
}

function sharedNames(members: readonly ReadonlySet<string>[]): string[] {
  if (members.length < 2) return [];
  const counts = new Map<string, number>();
  for (const names of members) for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts]
    .filter(([, c]) => c > 1)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([n]) => n);
}
