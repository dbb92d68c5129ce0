/**
 * `npm run bench:search -- --articles N`: search at scale, in one run, for
 *   parallax    word index split into a head and parts as ingest splits it, typo index,
 *               Fuse.js ranking the typo candidates, BM25 (src/search/engine)
 *   plain fuse  Fuse.js with its default options over title, outlet, entities and first
 *               paragraph (the naive design)
 *   minisearch  MiniSearch over the same fields as parallax, fuzzy 0.2 and prefix search
 * on a generated corpus (src/testing/generated-corpus.ts): index build time, index size (raw, gzip),
 * load time (parse + ready to query, with JSON.parse of the same bytes as the yardstick; best
 * of six rounds each),
 * heap retained by the loaded index (measured around the load, after garbage collection), query p50/p95 over fixed queries with typos, keystroke p95 (each query typed a letter
 * at a time from three letters), and recall@10 on the queries with a known target.
 * Each engine first answers warm-up queries of the same kinds with other words (bench/search.ts
 * WARM), so compiled code, not caches of the measured words, is what the warm-up buys.
 * Plain Fuse.js takes seconds per query on large corpora: above 20,000 articles it answers a
 * sample of the queries only (stated in the output).
 * For parallax, "load" is the head and every part (the whole index, as when all of it is cached);
 * the first search from the head alone, each part parsed when a query first needs it, is
 * measured after the table: parts and bytes fetched per query, and its time without a network.
 */
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { fold } from '../src/core/text/fold';
import { parseIndexFile, parseIndexPart } from '../src/schema/read-files';
import { readArticleTable } from '../src/search/engine/article-table';
import { createEngine } from '../src/search/engine/engine';
import { BOOST, FIELDS } from '../src/search/engine/fields';
import { partedSource } from '../src/search/engine/index-source';
import { buildWordIndex } from '../src/search/engine/word-index';
import { generateCorpus, knownQueries, toIndexDoc } from '../src/testing/generated-corpus';
import { type PartedIndex, partedEngine, splitInMemory } from '../src/testing/parted-index';
import { readRealCorpus, realQueries } from './real-corpus';

const argN = process.argv.indexOf('--articles');
const argCorpus = process.argv.indexOf('--corpus');
const corpusDir = argCorpus > 0 ? process.argv[argCorpus + 1] : null;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const ms = (t: number) => `${t < 10 ? t.toFixed(2) : t.toFixed(1)} ms`;
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const now = () => performance.now();

const t0 = now();
// A real corpus (any folder `parallax ingest` wrote), or one generated here.
const corpus = corpusDir
  ? readRealCorpus(corpusDir)
  : generateCorpus(argN > 0 ? Number(process.argv[argN + 1]) : 10_000);
const N = corpus.length;
const queriesFor = corpusDir ? realQueries : knownQueries;
const words = corpus.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
const known = queriesFor(corpus, 30);
const GENERAL = [
  'ceasefire talks',
  'grain corridor',
  'harbour ferry storm',
  'electon turnout',
  'inflaton prices',
  'vaccine doses',
  'bridge colapse',
  '"central bank"',
  'pipeline -gas',
  'drought outlet:"baltic ledger"',
];
const queries = [...known.map((k) => k.query), ...GENERAL];
// Warm-up queries of the same kinds but other words (so no measured word is cached): every
// engine's code paths are compiled before the timed queries. Sixty, about what a reader types
// in five queries (each keystroke is one): after twenty, V8 was still optimising, and the
// first queries after the next collection took 3-7 ms where the rest took under one.
const WARM = [
  ...queriesFor(corpus, 60, 99).map((k) => k.query),
  '"grain corridor"',
  'storm -ferry',
  'flood outlet:"atlas news"',
  'strke wages',
];
const vocabulary = new Set(corpus.flatMap((a) => fold(`${a.title} ${a.body}`).match(/[\p{L}\p{N}]+/gu) ?? []))
  .size;
console.log(
  `search bench: ${N.toLocaleString('en')} ${corpusDir ? `real articles from ${corpusDir}` : 'generated articles'} (${Math.round(words / N)} words each on average, ${(words / 1e6).toFixed(1)} M words, ${vocabulary.toLocaleString('en')} distinct terms; ` +
    `${corpusDir ? 'queries from real titles' : 'seed sentences + text written in src/testing/generated-corpus.ts'}), ${queries.length} queries (${known.length} with a known target, most with a typo); read in ${ms(now() - t0)}`,
);

interface Row {
  name: string;
  build: number;
  raw: number;
  gzip: number;
  load: number;
  parse: number;
  heap: number;
  p50: number;
  p95: number;
  key95: number;
  recall: number;
  note: string;
}

function measureQueries(run: (q: string) => string[], sample: number) {
  const qs = queries.slice(0, sample);
  for (const q of WARM.slice(0, sample === queries.length ? WARM.length : 3)) run(q);
  // The bench's own garbage (corpus, serialised indexes) is collected before the timed queries,
  // for every engine alike: a collection started by it would land on whichever query was next.
  gc();
  const times: number[] = [];
  for (const q of qs) {
    const s = now();
    run(q);
    times.push(now() - s);
  }
  if (process.env.BENCH_VERBOSE)
    console.log(
      qs
        .map((q, i) => [q, times[i]!] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([q, t]) => `  ${ms(t)}  ${q}`)
        .join('\n'),
    );
  const keys: number[] = [];
  for (const q of qs.slice(0, sample === queries.length ? 12 : 2)) {
    for (let i = 3; i <= q.length; i++) {
      const s = now();
      run(q.slice(0, i));
      keys.push(now() - s);
    }
  }
  let found = 0;
  const ks = known.filter((k) => qs.includes(k.query));
  for (const k of ks) if (run(k.query).slice(0, 10).includes(k.target)) found++;
  return {
    p50: pct(times, 50),
    p95: pct(times, 95),
    key95: pct(keys, 95),
    recall: ks.length ? found / ks.length : 0,
  };
}

const rows: Row[] = [];

/**
 * One engine through the same steps: build and serialise its index (timed, sized), parse the
 * bytes alone (the yardstick), load them into a ready engine (timed; heap retained around it),
 * then the queries.
 */
function measureEngine(e: {
  name: string;
  build: () => string;
  /** Files beside the one `load` reads, counted in the index size (parallax's parts). */
  more?: () => readonly string[];
  load: (json: string) => (q: string) => string[];
  sample: number;
  note: string;
}) {
  let s = now();
  const json = e.build();
  const build = now() - s;
  const more = e.more?.() ?? [];
  const gzip = [json, ...more].reduce((n, f) => n + gzipSync(f).length, 0);
  // Parse alone and load, six rounds, each after garbage collection, the best of each compared:
  // a collection landing inside one parse of megabytes changes it several-fold (seen: 11 to
  // 62 ms for the same bytes), so medians measured the collector more than the code.
  const parses: number[] = [];
  const loads: number[] = [];
  const parseAlone = () => {
    heap();
    const t = now();
    JSON.parse(json);
    for (const f of more) JSON.parse(f);
    parses.push(now() - t);
  };
  for (let i = 0; i < 6; i++) {
    // Which goes first alternates: the first allocation after a collection pays for the heap.
    if (i % 2 === 0) parseAlone();
    heap();
    s = now();
    e.load(json);
    loads.push(now() - s);
    if (i % 2 === 1) parseAlone();
  }
  // The heap the loaded index keeps: measured around one more load, which is kept.
  const h0 = heap();
  const run = e.load(json);
  const h = heap() - h0;
  const parse = Math.min(...parses);
  if (process.env.BENCH_VERBOSE)
    console.log(
      `  ${e.name}: parse ${parses.map((x) => x.toFixed(1)).join(' ')}; load ${loads.map((x) => x.toFixed(1)).join(' ')}`,
    );
  const load = Math.min(...loads);
  rows.push({
    name: e.name,
    build,
    raw: [json, ...more].reduce((n, f) => n + f.length, 0),
    gzip,
    load,
    parse,
    heap: h,
    ...measureQueries(run, e.sample),
    note: e.note,
  });
}

let parted: PartedIndex | null = null;
measureEngine({
  name: 'parallax',
  build: () => {
    // Story titles as the ingest gives them: its first article's title.
    const first = new Map<string, string>();
    for (const a of corpus) if (!first.has(a.story)) first.set(a.story, a.title);
    parted = splitInMemory(buildWordIndex(corpus.map(toIndexDoc)), undefined, (n) => ({
      title: corpus[n]!.title,
      storyTitle: first.get(corpus[n]!.story)!,
    }));
    return parted.head;
  },
  more: () => [...parted!.parts.values()],
  load: (json) => {
    const file = parseIndexFile(json);
    const head = file.wordIndex;
    const source = partedSource(head, readArticleTable(file.articles).docs);
    for (const ref of [...head.postingParts, ...head.typoParts])
      source.add(ref, parseIndexPart(parted!.parts.get(ref.file)!, ref));
    const engine = createEngine(source, (n) => corpus[n]!.body);
    return (q) => engine.search(q, 10).map((r) => r.id);
  },
  sample: queries.length,
  note: 'head and every part loaded',
});

// The same fields and boosts as parallax.
const MINI_OPTIONS = {
  fields: [...FIELDS],
  searchOptions: { boost: { ...BOOST }, fuzzy: 0.2, prefix: true },
};
measureEngine({
  name: 'minisearch',
  build: () => {
    const mini = new MiniSearch(MINI_OPTIONS);
    mini.addAll(corpus.map((a) => ({ id: a.id, ...toIndexDoc(a).fields })));
    return JSON.stringify(mini);
  },
  load: (json) => {
    const mini = MiniSearch.loadJSON(json, MINI_OPTIONS);
    return (q) =>
      mini
        .search(q)
        .slice(0, 10)
        .map((r) => String(r.id));
  },
  sample: queries.length,
  note: 'query syntax not understood',
});

// Plain Fuse.js over short fields: title, outlet, entities and the first paragraph.
const fuseDocs = corpus.map((a) => ({
  id: a.id,
  title: a.title,
  outlet: a.outlet,
  entities: a.entities.join(' '),
  lead: a.body.split('\n\n')[0]!,
}));
const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'outlet', weight: 1.5 },
  { name: 'entities', weight: 2 },
  { name: 'lead', weight: 1 },
];
const fuseSample = N > 20_000 ? 6 : queries.length;
measureEngine({
  name: 'plain fuse',
  build: () => JSON.stringify(Fuse.createIndex(FUSE_KEYS, fuseDocs).toJSON()),
  load: (json) => {
    const fuse = new Fuse(
      fuseDocs,
      // Fuse.js as it comes: its defaults found more of the known targets than tuned options
      // tried here (threshold 0.3, location ignored), at about the same speed.
      { keys: FUSE_KEYS },
      Fuse.parseIndex(JSON.parse(json)),
    );
    return (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id);
  },
  sample: fuseSample,
  note: fuseSample < queries.length ? `first ${fuseSample} queries only` : 'short fields only, no bodies',
});

console.log(
  '\nengine       build      index raw / gzip     load (JSON.parse)*     heap      query p50   query p95   key p95   recall@10',
);
for (const r of rows)
  console.log(
    `${r.name.padEnd(11)} ${ms(r.build).padStart(10)}  ${mb(r.raw).padStart(9)} / ${mb(r.gzip).padEnd(8)} ${ms(r.load).padStart(9)} (${ms(r.parse)})`.padEnd(
      78,
    ) +
      `${mb(r.heap).padStart(9)} ${ms(r.p50).padStart(11)} ${ms(r.p95).padStart(11)} ${ms(r.key95).padStart(9)}   ${r.recall.toFixed(2)}  ${r.note}`,
  );
console.log('* best of six rounds, each after garbage collection; the parse of the same bytes in brackets');
const [p, mini, fuse] = rows as [Row, Row, Row];

// The first search from the network: the head alone, then the parts each query names (its
// words' typo parts, then the postings parts of their terms), each query from a fresh head.
{
  const head = parted!.head;
  const w = parseIndexFile(head).wordIndex;
  const sizes = (refs: readonly { bytes: number }[]) => refs.map((r) => r.bytes).sort((a, b) => a - b);
  const postings = sizes(w.postingParts);
  const typos = sizes(w.typoParts);
  const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
  console.log(
    `\nparallax index files: head ${mb(head.length)} (${mb(gzipSync(head).length)} gzip); ${postings.length} postings parts (median ${kib(pct(postings, 50))}, largest ${kib(postings.at(-1) ?? 0)}); ${typos.length} typo parts (median ${kib(pct(typos, 50))}, largest ${kib(typos.at(-1) ?? 0)}, ${mb(typos.reduce((a, b) => a + b, 0))} in all)`,
  );
  const bytes: number[] = [];
  const files: number[] = [];
  const times: number[] = [];
  for (const q of known.map((k) => k.query)) {
    const s = now();
    const e = partedEngine(parted!, (n) => corpus[n]!.body);
    e.search(q, 10);
    times.push(now() - s);
    bytes.push(e.fetched());
    files.push(e.files.size);
  }
  console.log(
    `first search from the head alone (${known.length} queries, each from a fresh head; no network): parts fetched median ${pct(files, 50)}, most ${Math.max(...files)}; bytes fetched median ${mb(pct(bytes, 50))}, p95 ${mb(pct(bytes, 95))}; time (parsing the head and the parts) median ${ms(pct(times, 50))}`,
  );
}

// The issue's targets, judged for this run: those at 10,000 articles up to 50,000, those at
// 100,000 beyond.
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
const loadRatio = p.load / Math.max(0.001, p.parse);
const floor = fuse.p95 / Math.max(0.001, p.p95);
console.log(
  N <= 50_000
    ? `targets at 10,000: p95 ≤ 16 ms (${met(p.p95 <= 16)}), below minisearch's (${met(p.p95 < mini.p95)}); recall@10 ≥ minisearch's (${met(p.recall >= mini.recall)}); load ≤ 1.5× JSON.parse (${loadRatio.toFixed(2)}×, ${met(loadRatio <= 1.5)}); plain fuse ÷ parallax p95 = ${floor.toFixed(0)}× (≥ 100×: ${met(floor >= 100)})`
    : `targets at 100,000: p95 ≤ 16 ms (${met(p.p95 <= 16)}); heap ≤ 400 MB (${mb(p.heap)}, ${met(p.heap <= 400 * 1048576)}); plain fuse ÷ parallax p95 = ${floor.toFixed(0)}× (≥ 100×: ${met(floor >= 100)}); load ${loadRatio.toFixed(2)}× JSON.parse`,
);
console.log(
  `search@${N}: p95 ${p.p95.toFixed(1)} ms, recall@10 ${p.recall.toFixed(2)} (plain fuse p95 ${fuse.p95.toFixed(1)} ms; minisearch p95 ${mini.p95.toFixed(1)} ms, recall@10 ${mini.recall.toFixed(2)})`,
);
