/**
 * Search over the word index, with Fuse.js as the fuzzy matcher of WORDS, never of articles:
 *
 *   1. each query word is expanded into the corpus terms it may mean: itself, the terms it
 *      starts (for the word being typed), and Fuse.js matches among the vocabulary terms of
 *      about its length and first letter (a few thousand strings at most, however large the
 *      corpus);
 *   2. the postings of those terms are fetched and scored with BM25 per field (title, speaker,
 *      entity, quote, outlet, body, with boosts), a word counting once per article (its best
 *      variant), articles holding more of the query's words ranked first;
 *   3. filters (outlet:, speaker:, entity:, before:, after:), -exclusions and "phrases" cut
 *      the candidates; phrases are checked on the text of the best candidates only.
 *
 * Cost grows with the postings of the words asked for, not with the corpus.
 */
import Fuse from 'fuse.js';
import { BOOST, FIELDS, type Field } from './fields';
import { type ParsedQuery, parseQuery } from './parse-query';
import { decodeLengths, decodePostings, type WordIndex } from './word-index';

export interface EngineHit {
  readonly doc: number;
  readonly id: string;
  readonly story: string;
  readonly score: number;
  /** Corpus terms that matched, for highlighting. */
  readonly terms: readonly string[];
}

export interface Engine {
  search(query: string | ParsedQuery, limit?: number): EngineHit[];
  /** Corpus terms a typed word may mean, best first (exposed for tests and the bench). */
  expand(word: string, open: boolean): { term: number; weight: number }[];
}

const K1 = 1.2;
const B = 0.75;
const F = FIELDS.length;

export function createEngine(index: WordIndex, textOf?: (doc: number) => string): Engine {
  // Postings stay encoded until a query needs them; decoded ones are kept (a bounded cache).
  const { vocabulary, docs, postings: encoded } = index;
  const lengths = decodeLengths(index.lengths);
  const decoded = new Map<number, Uint32Array>();
  let cachedNumbers = 0;
  const postingsOf = (term: number): Uint32Array => {
    let p = decoded.get(term);
    if (!p) {
      p = decodePostings(encoded[term] ?? '');
      if (cachedNumbers > 8_000_000) {
        decoded.clear();
        cachedNumbers = 0;
      }
      decoded.set(term, p);
      cachedNumbers += p.length;
    }
    return p;
  };
  const df = (t: number) => postingsOf(t).length / (F + 1);
  /** A cheap stand-in for df that decodes nothing: the encoded length. */
  const size = (t: number) => encoded[t]?.length ?? 0;
  const termId = new Map<string, number>();
  vocabulary.forEach((t, i) => {
    termId.set(t, i);
  });
  const N = docs.length;
  const avg = FIELDS.map((_, f) => {
    let sum = 0;
    for (let d = 0; d < N; d++) sum += lengths[d * F + f]!;
    return Math.max(1, sum / Math.max(1, N));
  });
  const idf = (t: number) => Math.log(1 + (N - df(t) + 0.5) / (df(t) + 0.5));

  // Vocabulary buckets by first letter and length, each with its own small Fuse instance.
  const buckets = new Map<string, number[]>();
  vocabulary.forEach((t, i) => {
    if (t.length < 3) return;
    const key = `${t[0]}${Math.min(t.length, 30)}`;
    const b = buckets.get(key);
    if (b) b.push(i);
    else buckets.set(key, [i]);
  });
  const fuses = new Map<string, { fuse: Fuse<string>; ids: number[] }>();
  const fuzzyNear = (word: string) => {
    const spread = word.length >= 7 ? 2 : 1;
    const key = `${word[0]}${word.length}±${spread}`;
    let f = fuses.get(key);
    if (!f) {
      const ids: number[] = [];
      for (let l = word.length - spread; l <= word.length + spread; l++)
        ids.push(...(buckets.get(`${word[0]}${l}`) ?? []));
      const fuse = new Fuse(
        ids.map((i) => vocabulary[i]!),
        { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 },
      );
      f = { fuse, ids };
      if (fuses.size > 400) fuses.clear();
      fuses.set(key, f);
    }
    return f.fuse
      .search(word, { limit: 6 })
      .map((r) => ({ term: f.ids[r.refIndex]!, weight: 0.8 * (1 - (r.score ?? 1)) }));
  };

  const prefixRange = (p: string): [number, number] => {
    const v = vocabulary;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < v.length && v[end]!.startsWith(p) && end - lo < 2000) end++;
    return [lo, end];
  };

  // Typing repeats words: expansions are remembered (a bounded cache).
  const expansions = new Map<string, { term: number; weight: number }[]>();
  function expand(word: string, open: boolean): { term: number; weight: number }[] {
    const key = `${open ? '+' : '='}${word}`;
    const cached = expansions.get(key);
    if (cached) return cached;
    const result = expandUncached(word, open);
    if (expansions.size > 5000) expansions.clear();
    expansions.set(key, result);
    return result;
  }
  function expandUncached(word: string, open: boolean): { term: number; weight: number }[] {
    const out = new Map<number, number>();
    const put = (term: number, weight: number) => out.set(term, Math.max(out.get(term) ?? 0, weight));
    const exact = termId.get(word);
    if (exact !== undefined) put(exact, 1);
    if (open && word.length >= 2) {
      const [lo, hi] = prefixRange(word);
      const ids = [];
      for (let i = lo; i < hi; i++) ids.push(i);
      ids.sort((a, b) => size(b) - size(a));
      for (const i of ids.slice(0, 24)) put(i, 0.9);
    }
    // A word the corpus knows well is taken as typed; an unknown or rare one may be a typo.
    const known = exact !== undefined && df(exact) >= 3;
    if (!known && word.length >= 3 && !/^\d+$/.test(word))
      for (const f of fuzzyNear(word)) put(f.term, f.weight);
    return [...out].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight);
  }

  const docsWith = (term: number, field?: Field) => {
    const fi = field ? FIELDS.indexOf(field) : -1;
    const set = new Set<number>();
    const p = postingsOf(term);
    for (let i = 0; i < p.length; i += F + 1) if (fi < 0 || p[i + 1 + fi]! > 0) set.add(p[i]!);
    return set;
  };
  const docsWithAll = (ws: readonly string[], field?: Field): Set<number> | null => {
    const sets = ws.map((w) => {
      const t = termId.get(w);
      return t === undefined ? new Set<number>() : docsWith(t, field);
    });
    return sets.length ? sets.reduce(intersect) : null;
  };

  function search(input: string | ParsedQuery, limit = 20): EngineHit[] {
    const q = typeof input === 'string' ? parseQuery(input) : input;
    const phraseWords = q.phrases.flat();
    const words = [...q.words, ...phraseWords];
    // Required sets from filters and phrases (exact terms).
    let allowed: Set<number> | null = null;
    const narrow = (s: Set<number> | null) => {
      if (s !== null) allowed = allowed === null ? s : intersect(allowed, s);
    };
    for (const s of q.speaker) narrow(docsWithAll(s.split(' '), 'speaker'));
    for (const e of q.entity) narrow(docsWithAll(e.split(' '), 'entity'));
    for (const p of q.phrases) narrow(docsWithAll(p));
    const excluded = new Set<number>();
    for (const x of q.excluded) {
      const t = termId.get(x);
      if (t !== undefined) for (const d of docsWith(t)) excluded.add(d);
    }
    const pass = (d: number) => {
      if (excluded.has(d)) return false;
      if (allowed !== null && !(allowed as Set<number>).has(d)) return false;
      const doc = docs[d]!;
      if (q.outlet.length && !q.outlet.some((o) => ` ${doc.outlet} `.includes(` ${o} `))) return false;
      if (q.before && !(doc.published && doc.published < q.before)) return false;
      if (q.after && !(doc.published && doc.published.slice(0, q.after.length) >= q.after)) return false;
      return true;
    };

    // Scores in flat arrays over article numbers (no allocation per posting): per word the
    // best variant's score, then summed; `touched` lists the articles that got any.
    const total = new Float64Array(N);
    const hits = new Uint8Array(N);
    const touched: number[] = [];
    const bestTerms: Int32Array[] = [];
    const best = new Float64Array(N);
    const norm = FIELDS.map((_, f) => K1 / avg[f]!);
    const boost = FIELDS.map((f) => BOOST[f]);
    words.forEach((w, wi) => {
      const open = q.open && wi === q.words.length - 1 && phraseWords.length === 0;
      const bestTerm = new Int32Array(N).fill(-1);
      const mine: number[] = [];
      for (const { term, weight } of expand(w, open)) {
        const w8 = weight * idf(term);
        const postings = postingsOf(term);
        for (let i = 0; i < postings.length; i += F + 1) {
          const doc = postings[i]!;
          if (!pass(doc)) continue;
          let sc = 0;
          for (let f = 0; f < F; f++) {
            const tf = postings[i + 1 + f]!;
            if (!tf) continue;
            const len = lengths[doc * F + f]!;
            sc += (boost[f]! * (tf * (K1 + 1))) / (tf + K1 * (1 - B) + B * len * norm[f]!);
          }
          sc *= w8;
          if (bestTerm[doc] === -1) mine.push(doc);
          if (sc > best[doc]! || bestTerm[doc] === -1) {
            best[doc] = sc;
            bestTerm[doc] = term;
          }
        }
      }
      for (const d of mine) {
        if (!hits[d]) touched.push(d);
        total[d]! += best[d]!;
        hits[d]!++;
        best[d] = 0;
      }
      bestTerms.push(bestTerm);
    });
    if (!words.length && (allowed !== null || q.outlet.length || q.before || q.after)) {
      // Filters alone: every article that passes, dated ones first.
      for (let d = 0; d < N; d++)
        if (pass(d)) {
          touched.push(d);
          total[d] = (docs[d]!.published ?? '') > '' ? 1 : 0.5;
        }
    }

    const n = Math.max(1, words.length);
    const rank = (d: number) => total[d]! * (words.length ? (hits[d]! / n) ** 2 : 1);
    let ranked = touched.map((doc) => ({ doc, score: rank(doc) }));
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
    if (q.phrases.length && textOf) {
      // Phrases are checked on the text of the best candidates, stopping at `limit` that pass.
      // A light fold (case, accents) and a regular expression: the full fold is too slow here.
      const gap = '[^\\p{L}\\p{N}]+';
      const res = q.phrases.map(
        (p) =>
          new RegExp(
            `(?:^|${gap})${p.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '.')).join(gap)}(?:$|${gap})`,
            'u',
          ),
      );
      const light = (t: string) =>
        t
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase();
      const checked: typeof ranked = [];
      for (const r of ranked) {
        const text = light(textOf(r.doc));
        if (res.every((re) => re.test(text))) checked.push(r);
        if (checked.length >= limit) break;
      }
      ranked = checked;
    }
    return ranked.slice(0, limit).map((r) => {
      const doc = docs[r.doc]!;
      const matched = new Set<string>();
      for (const bt of bestTerms) if (bt[r.doc]! >= 0) matched.add(vocabulary[bt[r.doc]!]!);
      return { doc: r.doc, id: doc.id, story: doc.story, score: r.score, terms: [...matched] };
    });
  }

  return { search, expand };
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  const out = new Set<number>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}
