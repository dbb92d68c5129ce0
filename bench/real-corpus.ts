/**
 * A corpus `parallax ingest` wrote (any folder of its files), as the search bench's articles:
 * the same shape as the generated ones, from the real analysis (speaker of the first quote, the
 * entities named, the first quote), and queries with a known target made from real titles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from '../src/core/random';
import { fold } from '../src/core/text/fold';
import { mergeParts, parseManifest } from '../src/schema/read-files';
import { parseShard } from '../src/schema/validate';
import { type GeneratedArticle, typo } from '../src/testing/generated-corpus';

export function readRealCorpus(dir: string): GeneratedArticle[] {
  const m = parseManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const out: GeneratedArticle[] = [];
  for (const f of m.shards) {
    const read = (file: string) => parseShard(readFileSync(join(dir, file), 'utf8'));
    const whole = read(f.file);
    const shard = mergeParts(
      whole,
      Object.values(whole.parts ?? {})
        .flat()
        .map(read),
    );
    const byId = new Map(shard.articles.map((a) => [a.id, a]));
    for (const s of shard.stories)
      for (const id of s.articleIds) {
        const a = byId.get(id)!;
        const q = a.analysis?.quotes[0];
        out.push({
          id: a.id,
          story: s.id,
          title: a.title,
          outlet: a.outlet ?? '',
          published: a.published ?? '',
          speaker: q?.speaker ?? '',
          entities: [...new Set((a.analysis?.entities ?? []).map((e) => e.name))].slice(0, 12),
          quote: q ? a.body.slice(q.start, q.end) : '',
          body: a.body,
        });
      }
  }
  return out;
}

/**
 * Queries a reader could type to find one article again: the two rarest words of its title
 * (five letters or more), one of them mistyped in two queries of three.
 */
export function realQueries(corpus: readonly GeneratedArticle[], count: number, seed = 11) {
  const df = new Map<string, number>();
  const titleWords = (t: string) => [...new Set(fold(t).match(/\p{L}{5,}/gu) ?? [])];
  for (const a of corpus) for (const w of titleWords(a.title)) df.set(w, (df.get(w) ?? 0) + 1);
  const r = seeded(seed);
  const qs: { query: string; target: string }[] = [];
  for (let tries = 0; qs.length < count && tries < count * 20; tries++) {
    const a = corpus[Math.floor(r() * corpus.length)]!;
    const words = titleWords(a.title).sort((x, y) => df.get(x)! - df.get(y)! || x.localeCompare(y));
    if (words.length < 2) continue;
    const [w1, w2] = words as [string, string];
    qs.push({ query: qs.length % 3 === 2 ? `${w1} ${w2}` : `${typo(w1, r)} ${w2}`, target: a.id });
  }
  return qs;
}
