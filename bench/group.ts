/**
 * Story grouping at scale: `groupStories` over 1,000, 10,000 and 100,000 generated articles
 * (src/testing/generated-corpus.ts: stories of 2-6 articles over about six and a half years, names
 * built from syllables), with B-cubed against the generator's stories and the growth
 * exponent between sizes. Baseline, in the same run: scoring every pair of the same vectors
 * (what grouping did before candidates), measured at 1,000 and 4,000 articles and
 * extrapolated as n².
 */
import { bcubed } from '../src/core/cluster/bcubed';
import { groupStories, storyVectors } from '../src/core/cluster/group-stories';
import { cosine } from '../src/core/cluster/vectors';
import { articleId } from '../src/core/types';
import { generateCorpus } from '../src/testing/generated-corpus';

const sizes = process.argv.includes('--quick') ? [1000, 10_000] : [1000, 10_000, 100_000];
const inputs = (n: number) =>
  generateCorpus(n).map((a) => ({
    story: a.story,
    input: { id: articleId(a.id), title: a.title, body: a.body, published: a.published },
  }));

function allPairs(n: number): number {
  const { items } = storyVectors(inputs(n).map((x) => x.input));
  const t = performance.now();
  let linked = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (cosine(items[i]!.vector, items[j]!.vector) >= 0.07) linked++;
  if (linked < 0) throw new Error('unreachable');
  return (performance.now() - t) / 1000;
}

const s = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
console.log('\nstory grouping (generated articles)');
console.log('articles | seconds | articles/s | growth | B3 P   R     F1    | stories | largest | heap MB');
let prev: { n: number; t: number } | null = null;
for (const n of sizes) {
  const corpus = inputs(n);
  const t0 = performance.now();
  const groups = groupStories(corpus.map((x) => x.input));
  const t = (performance.now() - t0) / 1000;
  const story = new Map<string, string>();
  for (const g of groups) for (const id of g.articleIds) story.set(id, g.id);
  const b = bcubed(
    corpus.map((x) => x.story),
    corpus.map((x) => story.get(x.input.id)!),
  );
  const growth = prev ? (Math.log(t / prev.t) / Math.log(n / prev.n)).toFixed(2) : '';
  const largest = Math.max(...groups.map((g) => g.articleIds.length));
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(
    `${String(n).padStart(8)} | ${s(t).padStart(7)} | ${String(Math.round(n / t)).padStart(10)} | ${growth.padStart(6)} | ${b.p.toFixed(3)} ${b.r.toFixed(3)} ${b.f.toFixed(3)} | ${String(groups.length).padStart(7)} | ${String(largest).padStart(7)} | ${heap.toFixed(0)}`,
  );
  prev = { n, t };
}
const b1 = allPairs(1000);
const b4 = allPairs(4000);
const fit = b4 / 16e6;
console.log(
  `baseline all pairs: 1,000 ${s(b1)} s, 4,000 ${s(b4)} s (growth ${(Math.log(b4 / b1) / Math.log(4)).toFixed(2)}); n² gives 10,000 ${s(fit * 1e8)} s, 100,000 ${s(fit * 1e10)} s`,
);
