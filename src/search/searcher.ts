/**
 * Querying the corpus with Fuse.js. Fuse reports matches as end-INCLUSIVE [start, end]
 * pairs in the matched field; this file turns them into Parallax Spans (end exclusive) in
 * the coordinates the reader renders: the title, or the article body. Nowhere else should
 * know about Fuse's convention.
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
import { normalise, toSource } from '../core/text/normalise';
import type { Span } from '../core/types';
import type { ArticleRecord } from '../schema/corpus';
import { FUSE_OPTIONS, fold, toSearchDoc } from './search-options';

export interface SearchHit {
  readonly article: ArticleRecord;
  readonly score: number;
  /** Where to open the article: the best-matching paragraph, if the body matched. */
  readonly paragraph: number | null;
  /** Matched letters in the article body (end exclusive), in the paragraph above first. */
  readonly bodySpans: readonly Span[];
  readonly titleSpans: readonly Span[];
  /** Which fields matched, for display ("title", "outlet", "byline", "text"). */
  readonly fields: readonly string[];
}

export interface Searcher {
  search(query: string, limit?: number): SearchHit[];
}

/** Fuse's [start, end] inclusive pairs → Spans, dropping the short noise matches. */
export function fuseIndicesToSpans(indices: readonly (readonly [number, number])[], offset = 0): Span[] {
  return indices
    .filter(([s, e]) => e - s + 1 >= (FUSE_OPTIONS.minMatchCharLength ?? 1))
    .map(([s, e]) => ({ start: offset + s, end: offset + e + 1 }));
}

/** Spans in the folded text Fuse searched → spans in `source`, shifted by `offset`. */
export function foldedToSource(source: string, spans: readonly Span[], offset = 0): Span[] {
  if (!spans.length) return [];
  const n = normalise(source);
  return spans.map((s) => {
    const r = toSource(n, s.start, s.end);
    return { start: offset + r.start, end: offset + r.end };
  });
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Fuse matches letters, and with a typo a word comes back in pieces ("Lukas" + "henko" for
 * "Lukašenko"): widen each span to whole words and merge, so the reader sees matched words.
 */
export function toWholeWords(text: string, spans: readonly Span[]): Span[] {
  const wide = spans
    .map((s) => {
      let { start, end } = s;
      while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
      while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
      return { start, end };
    })
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of wide) {
    const last = out.at(-1);
    if (last && s.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/**
 * Fuse.js over a few articles (a story's, in the reader): the index is built here, on the
 * client, as cheap as parsing one. The corpus-wide search is src/search/engine.
 */
export function createSearcher(articles: readonly ArticleRecord[]): Searcher {
  const fuse = new Fuse(articles.map(toSearchDoc), FUSE_OPTIONS);
  return {
    search(query, limit = 20) {
      const q = fold(query.trim());
      if (q.length < 2) return [];
      return fuse
        .search(q, { limit })
        .map((r) => toHit(articles[r.refIndex]!, r.score ?? 1, r.matches ?? []));
    },
  };
}

function toHit(article: ArticleRecord, score: number, matches: readonly FuseResultMatch[]): SearchHit {
  let best: { paragraph: number; length: number } | null = null;
  const bodySpans: Span[] = [];
  const titleSpans: Span[] = [];
  const fields = new Set<string>();
  for (const m of matches) {
    if (m.key === 'paragraphs' && m.refIndex !== undefined) {
      const p = article.paragraphs[m.refIndex];
      if (!p) continue;
      const text = article.body.slice(p.start, p.end);
      const spans = toWholeWords(article.body, foldedToSource(text, fuseIndicesToSpans(m.indices), p.start));
      if (!spans.length) continue;
      fields.add('text');
      const length = spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
      if (!best || length > best.length) best = { paragraph: m.refIndex, length };
      bodySpans.push(...spans);
    } else if (m.key === 'title') {
      const spans = toWholeWords(article.title, foldedToSource(article.title, fuseIndicesToSpans(m.indices)));
      if (spans.length) fields.add('title');
      titleSpans.push(...spans);
    } else if (m.key) {
      fields.add(m.key);
    }
  }
  const inBest = best ? article.paragraphs[best.paragraph] : undefined;
  bodySpans.sort((a, b) => {
    const ai = inBest && a.start >= inBest.start && a.end <= inBest.end ? 0 : 1;
    const bi = inBest && b.start >= inBest.start && b.end <= inBest.end ? 0 : 1;
    return ai - bi || a.start - b.start;
  });
  return { article, score, paragraph: best?.paragraph ?? null, bodySpans, titleSpans, fields: [...fields] };
}
