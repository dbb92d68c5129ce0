/**
 * Search over the word index, with Fuse.js as the fuzzy matcher of WORDS, never of articles:
 *
 *   1. each query word is expanded into the corpus terms it may mean: itself, the terms it
 *      starts (for the word being typed), and the terms within its typos allowed, found by the
 *      typo index ingest built (typo-index.ts: a few dozen lookups, however large the
 *      vocabulary) and ranked by edit distance and Fuse.js;
 *   2. the postings of those terms are fetched and scored with BM25 per field (title, speaker,
 *      entity, quote, outlet, body, with boosts), a word counting once per article (its best
 *      variant), articles holding more of the query's words ranked first;
 *   3. filters (outlet:, speaker:, entity:, before:, after:), -exclusions and "phrases" cut
 *      the candidates; phrases are checked on the text of the best candidates only.
 *
 * Cost grows with the postings of the words asked for, not with the corpus. The index comes from
 * an IndexSource (index-source.ts): a postings part or typo part that is not here yet reads as
 * empty and is named in the source's `wanted`, for the caller to fetch before asking again.
 */
import Fuse from 'fuse.js';
import { editDistance } from './edit-distance';
import { BOOST, FIELDS, type Field } from './fields';
import type { IndexSource } from './index-source';
import { lowerBound } from './index-source';
import { type ParsedQuery, parseQuery } from './parse-query';
import { addWord, bestVariant, makeScratch, rankTouched, type Scratch, topK, type Weighted } from './scoring';
import { foldText } from './tokens';
import { typosAllowed } from './typo-index';
import { decodeNumbers, decodePostings, LEAD_BIT, RECORD } from './word-index';

export interface EngineHit {
  readonly doc: number;
  readonly id: string;
  readonly story: string;
  readonly score: number;
  /** Corpus terms that matched, for highlighting. */
  readonly terms: readonly string[];
}

export interface Engine {
  /**
   * The best `limit` articles. A "phrase" is checked on the text of the best candidates; an
   * article whose text `textOf` does not have yet is left out and its number added to
   * `missing`, so a caller that loads text lazily can load it and ask again.
   */
  search(query: string | ParsedQuery, limit?: number, missing?: number[]): EngineHit[];
  /** Corpus terms a typed word may mean, best first (exposed for tests and the bench). */
  expand(word: string, open: boolean): { term: number; weight: number }[];
}

const K1 = 1.2;
/**
 * BM25+'s floor: a field holding the term adds at least this (times its boost), however long
 * the field. Without it a very long field scored a match at nearly nothing: an article whose
 * title field held its whole text lost to articles holding only one of the query's words.
 */
const DELTA = 0.5;
/**
 * Letters, marks or digits outside ASCII: text without any folds to its lower case (curly
 * quotes, dashes and apostrophes aside, which a phrase's gaps match either way).
 */
const FOLDS = /[^\p{ASCII}\p{P}\p{Z}\p{S}]/u;
/** Postings one typed prefix may expand into: a two-letter prefix would fetch most of the index. */
const PREFIX_BUDGET = 150_000;
const B = 0.75;
const F = FIELDS.length;

const EMPTY: Weighted = { docs: new Int32Array(0), weight: new Float32Array(0), first: new Int32Array(0) };

export function createEngine(source: IndexSource, textOf?: (doc: number) => string | undefined): Engine {
  // Postings stay encoded until a query needs them. A decoded term keeps, per article, its
  // BM25 weight over all fields (boosts and length normalisation included): the query-time
  // loop is then one multiply per article. Decoded terms are kept (a bounded cache).
  const { vocabulary, docs, lengths } = source;
  const N = docs.length;
  const avg = FIELDS.map((_, f) => {
    let sum = 0;
    for (let d = 0; d < N; d++) sum += lengths[d * F + f]!;
    return Math.max(1, sum / Math.max(1, N));
  });
  const boost = FIELDS.map((f) => BOOST[f]);
  const decoded = new Map<number, Weighted>();
  let cachedPostings = 0;
  const postingsOf = (term: number): Weighted => {
    let p = decoded.get(term);
    if (!p) {
      const text = source.postings(term);
      if (text === null) return EMPTY;
      p = weighted(text);
      if (cachedPostings > 12_000_000) {
        decoded.clear();
        cachedPostings = 0;
      }
      decoded.set(term, p);
      cachedPostings += p.docs.length;
    }
    return p;
  };
  /** Encoded postings ("gap,mask,count…" in base 36, see word-index.ts) → articles and their weights. */
  function weighted(text: string): Weighted {
    let records = 0;
    const nums = decodeNumbers(text);
    const count = nums.length;
    const docsOut = new Int32Array(Math.ceil(count / 3));
    const weight = new Float32Array(docsOut.length);
    const first = new Int32Array(docsOut.length);
    let doc = 0;
    for (let i = 0; i < count; records++) {
      doc += nums[i++]!;
      const mask = nums[i++]!;
      let sc = 0;
      for (let f = 0; f < F; f++) {
        if (!(mask & (1 << f))) continue;
        const tf = nums[i++]!;
        sc +=
          boost[f]! * (DELTA + (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc * F + f]!) / avg[f]!)));
      }
      first[records] = mask & LEAD_BIT ? nums[i++]! + 1 : 0;
      docsOut[records] = doc;
      weight[records] = sc;
    }
    return {
      docs: docsOut.subarray(0, records),
      weight: weight.subarray(0, records),
      first: first.subarray(0, records),
    };
  }
  const df = (t: number) => source.df[t] ?? 0;
  // The vocabulary is sorted: a word's number is a binary search away (no map to build on load).
  const termId = {
    get(word: string): number | undefined {
      const i = lowerBound(vocabulary, word);
      return vocabulary[i] === word ? i : undefined;
    },
  };
  const idf = (t: number) => Math.log(1 + (N - df(t) + 0.5) / (df(t) + 0.5));

  /**
   * Terms that may be a typo of `word` (null while the typo part of its letter is not here):
   * the typo index finds those within the typos allowed; Fuse.js ranks them among those equally
   * far, and the edit distance first (a swap of letters is one typo, and a term merely holding
   * the word is not close to it).
   */
  const fuzzyNear = (word: string): { term: number; weight: number }[] | null => {
    const typo = source.typo(word[0]!);
    if (!typo) return null;
    const max = typosAllowed(word);
    const candidates = typo.near(word, max).filter((t) => vocabulary[t] !== word);
    if (!candidates.length) return [];
    const fuse = new Fuse(
      candidates.map((i) => vocabulary[i]!),
      { includeScore: true, threshold: 1, ignoreLocation: true },
    );
    const near = fuse.search(word).map((r) => {
      const term = candidates[r.refIndex]!;
      const d = editDistance(word, vocabulary[term]!, max);
      return { term, d, score: r.score ?? 1, weight: 0.8 * (1 - d / (word.length + 1)) };
    });
    return near.sort((x, y) => x.d - y.d || x.score - y.score).slice(0, 6);
  };

  const prefixRange = (p: string): [number, number] => {
    const lo = lowerBound(vocabulary, p);
    let end = lo;
    while (end < vocabulary.length && vocabulary[end]!.startsWith(p) && end - lo < 2000) end++;
    return [lo, end];
  };

  // Typing repeats words: expansions are remembered (a bounded cache).
  const expansions = new Map<string, { term: number; weight: number }[]>();
  function expand(word: string, open: boolean): { term: number; weight: number }[] {
    const key = `${open ? '+' : '='}${word}`;
    const cached = expansions.get(key);
    if (cached) return cached;
    const { result, whole } = expandUncached(word, open);
    if (expansions.size > 5000) expansions.clear();
    // An expansion made without its typo part is not kept: the part may arrive.
    if (whole) expansions.set(key, result);
    return result;
  }
  function expandUncached(word: string, open: boolean) {
    const out = new Map<number, number>();
    const put = (term: number, weight: number) => out.set(term, Math.max(out.get(term) ?? 0, weight));
    const exact = termId.get(word);
    if (exact !== undefined) put(exact, 1);
    if (open && word.length >= 2) {
      const [lo, hi] = prefixRange(word);
      const ids = [];
      for (let i = lo; i < hi; i++) ids.push(i);
      // The most common completions first, within a budget of postings: a two-letter prefix
      // in a large corpus would otherwise fetch most of the index.
      ids.sort((a, b) => df(b) - df(a) || a - b);
      let spent = 0;
      for (const i of ids.slice(0, 24)) {
        if (spent > 0 && spent + df(i) > PREFIX_BUDGET) continue;
        spent += df(i);
        put(i, 0.9);
      }
    }
    // A word the corpus knows well is taken as typed; an unknown or rare one may be a typo.
    const known = exact !== undefined && df(exact) >= 3;
    let whole = true;
    if (!known && word.length >= 3 && !/^\d+$/.test(word)) {
      const near = fuzzyNear(word);
      if (near) for (const f of near) put(f.term, f.weight);
      else whole = false;
    }
    const result = [...out].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight);
    return { result, whole };
  }

  /** Adds 1 to `count[d]` for each article d holding all of `ws` (in `field` if given). */
  const countDocsWith = (ws: readonly string[], count: Uint8Array, field?: Field) => {
    const fi = field ? FIELDS.indexOf(field) : -1;
    for (const w of ws) {
      const t = termId.get(w);
      if (t === undefined) continue;
      if (fi < 0) {
        const ds = postingsOf(t).docs;
        for (let i = 0; i < ds.length; i++) count[ds[i]!]!++;
      } else {
        const p = decodePostings(source.postings(t) ?? '');
        for (let i = 0; i < p.length; i += RECORD) if (p[i + 1 + fi]! > 0) count[p[i]!]!++;
      }
    }
    return ws.length;
  };

  // Made by the first query, not on load: allocating right after the parse made the collector
  // move the freshly parsed index, which doubled some load times.
  let scratchArrays: Scratch | null = null;

  function search(input: string | ParsedQuery, limit = 20, missing?: number[]): EngineHit[] {
    const q = typeof input === 'string' ? parseQuery(input) : input;
    const phraseWords = q.phrases.flat();
    // At most 32 words count (a pasted paragraph is not a query).
    const words = [...q.words, ...phraseWords].slice(0, 32);
    // Filters and phrases require words (exact terms): an article passes if it holds them all.
    scratchArrays ??= makeScratch(N);
    const scratch = scratchArrays;
    const { have, excluded, total, hits, best, score } = scratch;
    for (const a of [have, excluded, total, hits, best, score]) a.fill(0);
    let required = 0;
    for (const s of q.speaker) required += countDocsWith(s.split(' '), have, 'speaker');
    for (const e of q.entity) required += countDocsWith(e.split(' '), have, 'entity');
    for (const p of q.phrases) required += countDocsWith(p, have);
    const anyExcluded = countDocsWith(q.excluded, excluded) > 0;
    const filtered = required > 0 || anyExcluded || q.outlet.length > 0 || !!q.before || !!q.after;
    const pass = (d: number) => {
      if (anyExcluded && excluded[d]) return false;
      if (have[d]! < required) return false;
      const doc = docs[d]!;
      if (q.outlet.length && !q.outlet.some((o) => ` ${doc.outlet} `.includes(` ${o} `))) return false;
      if (q.before && !(doc.published && doc.published < q.before)) return false;
      if (q.after && !(doc.published && doc.published.slice(0, q.after.length) >= q.after)) return false;
      return true;
    };

    // Scores in flat arrays over article numbers (no allocation per posting): per word the
    // best variant's score, then summed; `touched` lists the articles that got any.
    const { touchedAt } = scratch;
    let touchedCount = 0;
    for (let wi = 0; wi < words.length; wi++) {
      const w = words[wi]!;
      const open = q.open && wi === q.words.length - 1 && phraseWords.length === 0;
      scratch.bestTerm[wi] ??= new Int32Array(N);
      scratch.bestFirst[wi] ??= new Int32Array(N);
      scratch.bestTerm[wi]!.fill(-1);
      let mineCount = 0;
      for (const { term, weight } of expand(w, open))
        mineCount = bestVariant(
          postingsOf(term),
          term,
          weight * idf(term),
          filtered ? pass : null,
          scratch,
          wi,
          mineCount,
        );
      touchedCount = addWord(scratch, mineCount, touchedCount);
    }
    if (!words.length && (required > 0 || q.outlet.length > 0 || q.before || q.after)) {
      // Filters alone: every article that passes, dated ones first.
      for (let d = 0; d < N; d++)
        if (pass(d)) {
          touchedAt[touchedCount++] = d;
          total[d] = (docs[d]!.published ?? '') > '' ? 1 : 0.5;
        }
    }

    const touched = touchedAt.subarray(0, touchedCount);
    rankTouched(scratch, touchedCount, words.length);
    let ranked: number[];
    if (q.phrases.length && textOf) {
      // Phrases are checked on the text of the best candidates, in rank order, until `limit`
      // pass: a regular expression over the article's text in lower case, or folded like the
      // index when the text has letters outside ASCII (folding costs ten times the match).
      // Lookarounds at the ends, not alternations: the match then starts from the phrase's
      // first letters instead of being tried at every position of the text.
      const edge = '[\\p{L}\\p{N}]';
      const res = q.phrases.map(
        (p) =>
          new RegExp(
            `(?<!${edge})${p.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '.')).join('[^\\p{L}\\p{N}]+')}(?!${edge})`,
            'u',
          ),
      );
      ranked = [];
      let looked = 0;
      for (let k = limit * 4; looked < touched.length && ranked.length < limit; k *= 4) {
        const batch = topK(touched, score, k);
        for (; looked < batch.length && ranked.length < limit; looked++) {
          const d = batch[looked]!;
          const raw = textOf(d);
          if (raw === undefined) {
            missing?.push(d);
            if ((missing?.length ?? 0) >= limit) return [];
            continue;
          }
          const lower = raw.toLowerCase();
          if (res.every((re) => re.test(lower))) ranked.push(d);
          else if (FOLDS.test(raw)) {
            const folded = foldText(raw);
            if (res.every((re) => re.test(folded))) ranked.push(d);
          }
        }
      }
    } else ranked = topK(touched, score, limit);
    return ranked.map((d) => {
      const doc = docs[d]!;
      const matched = new Set<string>();
      for (let wi = 0; wi < words.length; wi++) {
        const t = scratch.bestTerm[wi]![d]!;
        if (t >= 0) matched.add(vocabulary[t]!);
      }
      return { doc: d, id: doc.id, story: doc.story, score: score[d]!, terms: [...matched] };
    });
  }

  return { search, expand };
}
