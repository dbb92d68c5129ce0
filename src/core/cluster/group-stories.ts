/**
 * Grouping a handful of articles into stories (events), before full clustering exists.
 *
 * Method: each article gets a set of names (capitalised words and runs that do not start a
 * sentence, so "Lukashenko" counts and "The" does not) and a set of content words from its
 * title and lede. Two articles are linked when a weighted score of name overlap
 * (overlap coefficient), title/lede word overlap and date proximity passes a threshold;
 * stories are the connected components (union–find). Limits: O(n²) pairs, so meant for
 * tens to hundreds of articles; names are not real entities (that comes with the entity
 * layer); two stories about the same people in the same week can merge.
 */
import { type ArticleId, type StoryId, storyId } from '../types';
import { contentWords, nameEvidence, namesFrom } from './features';

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

export const LINK_THRESHOLD = 0.34;

interface Features {
  readonly names: ReadonlySet<string>;
  readonly lede: ReadonlySet<string>;
  readonly day: number | null;
}

function features(a: StoryInput, names: ReadonlySet<string>): Features {
  const ledeText = `${a.title}\n${a.body.slice(0, 600)}`;
  const day = a.published ? Date.parse(a.published.slice(0, 10)) / 86_400_000 : Number.NaN;
  return { names, lede: contentWords(ledeText), day: Number.isFinite(day) ? day : null };
}

/** Names per article, where any article's mid-sentence capitals count as evidence for all. */
function corpusNames(articles: readonly StoryInput[]): Set<string>[] {
  const evidence = articles.map((a) => nameEvidence(a.body));
  const known = new Set(evidence.flatMap((e) => [...e.midSentence]));
  return evidence.map((e) => namesFrom(e, known));
}

/** Overlap coefficient, damped for small sets so two shared words out of two is not "all". */
const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (Math.min(a.size, b.size) + 2);
};

/** 1 for the same day, falling to 0 at a week apart; 0.5 when a date is unknown. */
const dateCloseness = (a: number | null, b: number | null): number =>
  a === null || b === null ? 0.5 : Math.max(0, 1 - Math.abs(a - b) / 7);

export function linkScore(a: Features, b: Features): number {
  return 0.5 * overlap(a.names, b.names) + 0.3 * overlap(a.lede, b.lede) + 0.2 * dateCloseness(a.day, b.day);
}

export function groupStories(articles: readonly StoryInput[]): StoryGroup[] {
  const names = corpusNames(articles);
  const feats = articles.map((a, i) => features(a, names[i]!));
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++)
      if (linkScore(feats[i]!, feats[j]!) >= LINK_THRESHOLD) parent[find(i)] = find(j);

  const groups = new Map<number, number[]>();
  for (let i = 0; i < articles.length; i++) {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].map((members) => {
    const ids = members.map((i) => articles[i]!.id).sort();
    return {
      id: storyId(`story-${ids[0]}`),
      articleIds: ids,
      sharedNames: sharedNames(members.map((i) => feats[i]!)),
    };
  });
}

function sharedNames(members: readonly Features[]): string[] {
  if (members.length < 2) return [];
  const counts = new Map<string, number>();
  for (const f of members) for (const n of f.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts]
    .filter(([, c]) => c > 1)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([n]) => n);
}
