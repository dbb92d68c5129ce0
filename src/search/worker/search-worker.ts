/**
 * The search worker: loads the manifest and the search index's head, then answers queries with
 * the engine (src/search/engine) off the page's thread, fetching the index parts a query needs
 * (its words' typo parts, then the postings parts of the terms they expand into) and keeping
 * them. Offline, a part the service worker does not have is left out and the answer says so.
 * Queries are handled newest first: a query waiting behind a newer one is dropped, and one
 * waiting for article text gives up as soon as a newer one arrives. Article text (for "phrases"
 * and snippets) comes from the story shards, fetched on demand and kept (a bounded number).
 */
/// <reference lib="webworker" />
import { fetchCorpusFile } from '../../corpus/load/fetch-corpus-file';
import { LIBRARY_CHANNEL } from '../../library/channel';
import type { ArticleRecord } from '../../schema/corpus';
import { type CorpusManifest, type IndexPartRef, shardOf } from '../../schema/corpus-files';
import {
  CorpusError,
  parseIndexFile,
  parseIndexPart,
  parseManifest,
  parseShardTexts,
} from '../../schema/read-files';
import { type ReadTable, readArticleTable } from '../engine/article-table';
import { createEngine, type Engine } from '../engine/engine';
import { type PartedSource, partedSource } from '../engine/index-source';
import { phraseText } from '../phrase-text';
import { groupResults } from '../results';
import { type MyIndex, openMyIndex } from './my-index';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;
const post = (m: FromWorker) => self.postMessage(m);

let base = '';
interface Loaded {
  readonly manifest: CorpusManifest;
  readonly table: ReadTable;
  readonly source: PartedSource;
  readonly engine: Engine;
}
let loaded: Promise<Loaded> | null = null;
/** Index parts fetched or on their way (kept: a part is small, and queries come back to them). */
const parts = new Map<IndexPartRef, Promise<void>>();
const texts = new Map<string, ArticleRecord>();
/** What phrases are checked against (phrase-text.ts), by article id. */
const phraseTexts = new Map<string, string>();
const shards = new Map<string, Promise<void>>();
const MAX_SHARDS = 64;
/** Snippets are fetched for the first stories of an answer (the page shows ten). */
const SNIPPET_STORIES = 10;
const SNIPPET_DELAY = 120;
let latest = 0;
let pending: Extract<ToWorker, { type: 'search' }> | null = null;
/** The reader's own articles (my-index.ts), rebuilt after the library changes. */
let mine: Promise<MyIndex | null> | null = null;
try {
  new BroadcastChannel(LIBRARY_CHANNEL).onmessage = () => {
    mine = null;
  };
} catch {
  /* no BroadcastChannel: the index of the reader's articles is built once per page */
}

const fetchText = (name: string) => fetchCorpusFile(base, name);

function open() {
  loaded ??= (async () => {
    const t0 = performance.now();
    const manifest = parseManifest(await fetchText('manifest.json'));
    const index = parseIndexFile(await fetchText(manifest.index.file));
    const table = readArticleTable(index.articles);
    const { docs } = table;
    const source = partedSource(index.wordIndex, docs);
    const engine = createEngine(source, (n) => {
      const id = docs[n]!.id;
      let t = phraseTexts.get(id);
      if (t === undefined) {
        const a = texts.get(id);
        if (!a) return undefined;
        t = phraseText(a);
        phraseTexts.set(id, t);
      }
      return t;
    });
    post({ type: 'ready', articles: docs.length, ms: performance.now() - t0 });
    return { manifest, table, source, engine };
  })();
  // A failed load (offline before the index was cached) is tried again by the next query.
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/** Fetches the shards holding these articles (by number), with their parts, unless already here. */
async function loadTexts(manifest: CorpusManifest, table: ReadTable, nums: readonly number[]) {
  const files = new Set<string>();
  for (const n of nums) {
    const d = table.docs[n];
    if (d && !texts.has(d.id)) files.add(manifest.shards[shardOf(d.story, manifest.shards.length)]!.file);
  }
  await Promise.all(
    [...files].map((file) => {
      let p = shards.get(file);
      if (!p) {
        if (shards.size >= MAX_SHARDS) {
          shards.clear();
          texts.clear();
          phraseTexts.clear();
        }
        p = fetchText(file).then(async (json) => {
          const shard = parseShardTexts(json);
          for (const a of shard.articles) texts.set(a.id, a);
          // a story larger than a shard has its articles in parts, fetched with its shard (its
          // first part, the record with the links, holds no text)
          const partTexts = await Promise.all(
            Object.values(shard.parts)
              .flatMap((l) => l.slice(1))
              .map(fetchText),
          );
          for (const part of partTexts) for (const a of parseShardTexts(part).articles) texts.set(a.id, a);
        });
        p.catch(() => shards.delete(file));
        shards.set(file, p);
      }
      return p;
    }),
  );
}

/**
 * Fetches these index parts, unless here or on their way. False when one could not be fetched
 * (offline, and never fetched before); a damaged part is an error.
 */
async function loadParts(source: PartedSource, refs: readonly IndexPartRef[]): Promise<boolean> {
  const results = await Promise.allSettled(
    refs.map((ref) => {
      let p = parts.get(ref);
      if (!p) {
        p = fetchText(ref.file).then((json) => source.add(ref, parseIndexPart(json, ref)));
        p.catch(() => parts.delete(ref));
        parts.set(ref, p);
      }
      return p;
    }),
  );
  for (const r of results)
    if (r.status === 'rejected' && !(r.reason instanceof CorpusError && r.reason.kind === 'unreadable'))
      throw r.reason;
  return results.every((r) => r.status === 'fulfilled');
}

async function run(q: Extract<ToWorker, { type: 'search' }>) {
  const t0 = performance.now();
  const { manifest, table, source, engine } = await open();
  const moot = () => q.seq !== latest;
  let hits: ReturnType<Engine['search']> = [];
  // The index parts the query needs (typo parts first: they say which terms it expands into,
  // whose postings parts come next), then, for phrases, the text of the best candidates: each
  // loaded, then the query asked again. A part that cannot be fetched is not asked for again.
  let partsFailed = false;
  for (let round = 0; round < 8; round++) {
    source.wanted.clear();
    const missing: number[] = [];
    hits = engine.search(q.query, q.limit, missing);
    if (source.wanted.size && !partsFailed) {
      partsFailed = !(await loadParts(source, [...source.wanted]));
      if (moot()) return;
      continue;
    }
    if (!missing.length) break;
    await loadTexts(manifest, table, missing);
    if (moot()) return;
  }
  const incomplete = source.wanted.size > 0;
  if (moot()) return;
  // Answer at once with the snippets whose text is at hand, then fetch the text of the
  // stories the page shows first and answer again: results follow the keystroke, snippets
  // follow the results.
  const { docs, cards, storyTitles } = table;
  // The reader's own articles, searched with the same engine; a library that cannot be read
  // (no IndexedDB, a private window) just adds nothing.
  mine ??= openMyIndex().catch(() => null);
  const my = await mine;
  if (moot()) return;
  const myHits = my ? my.engine.search(q.query, q.limit) : [];
  const best = (hs: typeof hits) => {
    const m = new Map<string, number>();
    for (const h of hs) m.set(h.story, Math.max(m.get(h.story) ?? 0, h.score));
    return m;
  };
  const answer = () => {
    const scores = new Map([...best(hits), ...best(myHits)]);
    const groups = [
      ...(my
        ? groupResults(
            myHits,
            (n) => ({
              title: my.articles[n]!.title,
              outlet: my.articles[n]!.outlet,
              published: my.articles[n]!.published,
            }),
            (n) => my.articles[n],
            (s) => my.storyTitles.get(s) ?? s,
          )
        : []),
      ...groupResults(
        hits,
        (n) => ({ ...cards[n]!, published: docs[n]!.published }),
        (n) => texts.get(docs[n]!.id),
        (s) => storyTitles.get(s) ?? s,
      ),
    ].sort((a, b) => (scores.get(b.story) ?? 0) - (scores.get(a.story) ?? 0));
    post({
      type: 'results',
      seq: q.seq,
      query: q.query,
      groups,
      count: hits.length + myHits.length,
      incomplete,
      ms: performance.now() - t0,
    });
  };
  // The shown stories' articles whose text is not at hand for this answer. Decided now, not
  // after the pause: a shard an earlier query asked for may arrive meanwhile, and this answer
  // would then never get its snippets.
  const shownStories = [...new Set(hits.map((h) => h.story))].slice(0, SNIPPET_STORIES);
  const wanted = hits.filter((h) => shownStories.includes(h.story) && !texts.has(h.id)).map((h) => h.doc);
  answer();
  if (!wanted.length) return;
  // Snippet text is fetched once typing pauses: a keystroke within SNIPPET_DELAY makes it moot.
  await new Promise((r) => setTimeout(r, SNIPPET_DELAY));
  if (moot()) return;
  await loadTexts(manifest, table, wanted).catch(() => {
    /* no snippet where the text cannot be fetched (offline, and its story never opened) */
  });
  if (!moot()) answer();
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'open') {
    base = m.base;
    open().catch((err: Error) => post({ type: 'error', seq: null, message: err.message }));
    // The reader's own articles are indexed while the reader types the first letters.
    mine ??= openMyIndex().catch(() => null);
    return;
  }
  latest = m.seq;
  // Several keystrokes may queue while a query runs: only the newest is answered.
  const first = pending === null;
  pending = m;
  if (first)
    setTimeout(() => {
      const q = pending!;
      pending = null;
      run(q).catch((err: Error) => post({ type: 'error', seq: q.seq, message: err.message }));
    }, 0);
};
