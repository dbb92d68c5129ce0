/**
 * Sweeps the story grouping's settings over gold stories (`{story_id, articles: [{id, title,
 * text, date}]}` files, as in the dev data) and prints B-cubed P/R/F1 on two halves of the
 * stories: pick on the tuning half, read the check half. All articles of a half are grouped
 * together, shuffled, as the cluster harness does. The data stays outside the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed } from '../../src/core/cluster/bcubed';
import { groupStories, type StoryInput } from '../../src/core/cluster/group-stories';
import { seeded } from '../../src/core/random';
import { articleId } from '../../src/core/types';

interface Gold {
  readonly story: string;
  readonly input: StoryInput;
}

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`give ${name}`);
  return v;
}

function load(dir: string): Gold[][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const s = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return s.articles.map((a: { id: string; title?: string; text?: string; date?: string }) => ({
        story: s.story_id,
        input: { id: articleId(a.id), title: a.title ?? '', body: a.text ?? '', published: a.date ?? null },
      }));
    });
}

function score(half: readonly Gold[], threshold: number, maxSpanDays: number) {
  const groups = groupStories(
    half.map((g) => g.input),
    { threshold, maxSpanDays },
  );
  const story = new Map<string, string>();
  for (const g of groups) for (const id of g.articleIds) story.set(id, g.id);
  return bcubed(
    half.map((g) => g.story),
    half.map((g) => story.get(g.input.id)!),
  );
}

const stories = load(arg('--data'));
const random = seeded(Number(arg('--seed', '7')));
const tune: Gold[] = [];
const check: Gold[] = [];
for (const s of stories) (random() < 0.5 ? tune : check).push(...s);
const shuffle = (xs: Gold[]) => xs.sort(() => random() - 0.5);
shuffle(tune);
shuffle(check);
console.log(`${stories.length} stories: tuning half ${tune.length} articles, check half ${check.length}`);
console.log('threshold span | tune P  R     F1    | check P R     F1    | all F1');
const f = (x: number) => x.toFixed(3);
for (const span of [3, 5, 7, 10])
  for (let t = 0.08; t <= 0.4001; t += 0.02) {
    const a = score(tune, t, span);
    const b = score(check, t, span);
    const all = score([...tune, ...check], t, span);
    console.log(
      `${t.toFixed(2).padStart(9)} ${String(span).padStart(4)} | ${f(a.p)} ${f(a.r)} ${f(a.f)} | ${f(b.p)} ${f(b.r)} ${f(b.f)} | ${f(all.f)}`,
    );
  }
