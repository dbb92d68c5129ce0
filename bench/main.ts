/**
 * Benchmarks of the foundation path, each against a named baseline measured in the same run:
 *   extract   seed articles and a long article built from them   vs  splitting into lines
 *   ingest    assemble the corpus bundle from extracted seeds     vs  JSON.stringify of it
 *   search    Fuse.js query over the seed corpus, with typos      vs  a plain substring scan
 *   analyse   entities + quotes of a ~1,000-word article         vs  a regex quote pairer + capitalised runs
 *   compare   a 6-article story (the seeds, three times over)     vs  the same with exact 6-gram matching
 *   library   sort and filter of 25,000 catalogue entries         vs  sorting them by size alone
 *   app       the built app's JavaScript, gzip                    (dist/, when built)
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundledNerModel } from '../cli/ner-model';
import { compareArticles } from '../src/core/align/compare';
import { demonymOf, findEntities } from '../src/core/entities/index';
import { extractFromText } from '../src/core/extract/index';
import { findQuotes } from '../src/core/quotes/index';
import { seeded } from '../src/core/random';
import { articleId } from '../src/core/types';
import { assembleCorpus } from '../src/corpus/build/assemble-corpus';
import { DEFAULT_FILTER, filterStories } from '../src/features/library/library-filter';
import type { CatalogueEntry } from '../src/schema/corpus-files';
import { createSearcher } from '../src/search/searcher';

const SEEDS = 'corpus/articles';
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS, f), 'utf8') }));

function time(fn: () => unknown, minRuns = 20, minMs = 300): { median: number; p95: number; runs: number } {
  const samples: number[] = [];
  const t0 = performance.now();
  while (samples.length < minRuns || performance.now() - t0 < minMs) {
    const s = performance.now();
    fn();
    samples.push(performance.now() - s);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)]!,
    p95: samples[Math.floor(samples.length * 0.95)]!,
    runs: samples.length,
  };
}

const rows: [string, string, string, string, string][] = [];
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
function row(
  name: string,
  size: string,
  r: { median: number; p95: number },
  base: { median: number } | null,
) {
  rows.push([name, size, fmt(r.median), fmt(r.p95), base ? `${(r.median / base.median).toFixed(1)}×` : '']);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
for (const s of seeds) {
  row(
    `extract ${s.id.slice(0, 3)}`,
    `${words(s.text)} words`,
    time(() => extractFromText(s.text)),
    time(() => s.text.split('\n')),
  );
}
const long = Array.from({ length: 40 }, (_, i) => seeds[i % seeds.length]!.text).join('\n\n');
row(
  'extract long',
  `${words(long)} words`,
  time(() => extractFromText(long), 5),
  time(() => long.split('\n'), 5),
);

const sources = seeds.map((s) => ({
  id: s.id,
  source: { file: `${s.id}.txt`, format: 'txt' as const, sha256: '' },
  extracted: extractFromText(s.text),
}));
const meta = { generator: 'bench', inputsHash: '', builtAt: '' };
const ner = bundledNerModel();
const corpus = assembleCorpus(sources, meta, ner);
row(
  'assemble corpus',
  `${corpus.articles.length} articles`,
  time(() => assembleCorpus(sources, meta, ner)),
  time(() => JSON.stringify(corpus)),
);

const bodies = sources.map((s) => s.extracted.paragraphs.map((p) => p.text).join('\n\n'));
let thousand = '';
for (let i = 0; words(thousand) < 1000; i++) thousand += `${bodies[i % bodies.length]}\n\n`;
const naiveAnalysis = (t: string) => [t.match(/["“][^"”]{3,}["”]/g), t.match(/(?:\p{Lu}\p{L}+\s?)+/gu)];
row(
  'analyse ~1,000 words',
  `${words(thousand)} words`,
  time(() => {
    const entities = findEntities(thousand, ner);
    return [entities, findQuotes(thousand, entities)];
  }),
  time(() => naiveAnalysis(thousand)),
);

const thousandEntities = findEntities(thousand, ner);
row(
  'quotes ~1,000 words',
  `${words(thousand)} words`,
  time(() => findQuotes(thousand, thousandEntities)),
  time(() => thousand.match(/["“][^"”]{3,}["”]/g)),
);

row(
  'tagger ~1,000 words',
  `${words(thousand)} words`,
  time(() => findEntities(thousand, ner)),
  time(() => findEntities(thousand)),
);

const six = Array.from({ length: 6 }, (_, i) => {
  const text = bodies[i % bodies.length]!;
  const entities = findEntities(text, ner);
  return { id: articleId(`a${i}`), text, quotes: findQuotes(text, entities), entities };
});
const sixgrams = (t: string) => {
  const w = t.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(w.slice(5).map((_, i) => w.slice(i, i + 6).join(' ')));
};
const naiveCompare = () => {
  const sets = six.map((a) => sixgrams(a.text));
  let n = 0;
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) for (const g of sets[i]!) if (sets[j]!.has(g)) n++;
  return n;
};
row(
  'compare 6 articles',
  `${six.reduce((n, a) => n + words(a.text), 0)} words`,
  time(() => compareArticles(six, demonymOf), 5),
  time(naiveCompare, 5),
);

const searcher = createSearcher(corpus.articles);
const queries = [
  'lukashenk',
  'zelenskyy',
  'negotiating table',
  'Lukašenko',
  'belta',
  'stalemate',
  'kyiv independent',
  'avdiivka',
];
const fuse = time(() => {
  for (const q of queries) searcher.search(q);
});
const scan = time(() => {
  for (const q of queries) corpus.articles.filter((a) => a.body.toLowerCase().includes(q.toLowerCase()));
});
row(`search ×${queries.length} queries`, `${corpus.articles.length} articles`, fuse, scan);

// The library's sort and filter over 25,000 catalogue entries (generated: dates, outlets, sizes).
const rand = seeded(3);
const OUTLET_NAMES = [
  'Coastal Courier',
  'Harbour Times',
  'Río Gazette',
  'Dorval Daily',
  'Northern Star',
  'Evening Post',
];
const catalogue = Array.from({ length: 25_000 }, (_, i) => {
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(rand() * 3000) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const n = 1 + Math.floor(rand() * 8);
  return {
    id: `s${i}`,
    title: `story ${i}`,
    articleIds: Array.from({ length: n }, (_, k) => `s${i}-${k}`),
    outlets: OUTLET_NAMES.filter(() => rand() < 0.4),
    firstPublished: day,
    lastPublished: day,
    sharedNames: [],
    unknownOutlets: 0,
  };
}) as unknown as CatalogueEntry[];
row(
  'library filter',
  '25,000 stories',
  time(() =>
    filterStories(catalogue, { ...DEFAULT_FILTER, sort: 'articles', outlet: 'rio', minArticles: 3 }),
  ),
  time(() => [...catalogue].sort((a, b) => b.articleIds.length - a.articleIds.length)),
);

console.log('\nbenchmark              input            median      p95   vs baseline');
for (const r of rows)
  console.log(`${r[0].padEnd(22)} ${r[1].padEnd(14)} ${r[2].padStart(9)} ${r[3].padStart(9)}   ${r[4]}`);
console.log(
  'baselines: extract vs text.split("\\n"); assemble vs JSON.stringify(corpus); analyse vs regex quotes + capitalised runs; name tagger vs the rule tagger it replaced; quotes (speakers resolved to the entities) vs a regex; compare vs exact 6-gram matching; search vs lower-case substring scan; library filter (outlet, size, sorted by size) vs sorting by size alone',
);
console.log('(one core, Node; targets: analyse ~1,000 words ≤ 50 ms median, compare of 6 articles ≤ 300 ms)');

if (existsSync('dist/assets')) {
  const gz = (f: string) => gzipSync(readFileSync(join('dist', f)), { level: 9 }).length;
  let raw = 0;
  let all = 0;
  for (const f of readdirSync('dist/assets').filter((f) => f.endsWith('.js'))) {
    raw += statSync(join('dist/assets', f)).size;
    all += gz(join('assets', f));
  }
  // The first screen: the scripts and style sheets index.html loads or preloads.
  const html = readFileSync('dist/index.html', 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(js|css))"/g)];
  const firstJs = first.filter((m) => m[2] === 'js').reduce((n, m) => n + gz(m[1]!), 0);
  const firstCss = first.filter((m) => m[2] === 'css').reduce((n, m) => n + gz(m[1]!), 0);
  console.log(
    `app JavaScript: first screen ${(firstJs / 1000).toFixed(1)} KB gzip (target ≤ 120 KB) and ${(firstCss / 1000).toFixed(1)} KB of CSS; all of it ${(raw / 1024).toFixed(0)} KiB raw, ${(all / 1024).toFixed(0)} KiB gzip (dist/assets, workers and routes loaded later included)`,
  );
} else console.log('app JavaScript: not built (run npm run build first)');
