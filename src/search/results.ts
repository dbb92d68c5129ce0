/**
 * Engine hits → what the search page shows: hits grouped by story (in the order of each
 * story's best hit), each with its title and a snippet, the matched words marked. A word is
 * marked where its fold is one of the corpus terms the engine matched for that article, so
 * the marks show exactly what was found, typos and accents included.
 */
import type { Span } from '../core/types';
import type { ArticleRecord } from '../schema/corpus';
import type { ResultCard } from '../schema/corpus-files';
import type { EngineHit } from './engine/engine';
import { terms } from './engine/tokens';

export interface ResultSnippet {
  readonly paragraph: number;
  readonly text: string;
  /** Marked words, offsets into `text`. */
  readonly marks: readonly Span[];
  readonly before: boolean;
  readonly after: boolean;
}

export interface ArticleResult {
  readonly id: string;
  readonly title: string;
  readonly titleMarks: readonly Span[];
  readonly outlet: string | null;
  readonly published: string | null;
  readonly snippet: ResultSnippet | null;
}

export interface StoryResult {
  readonly story: string;
  readonly title: string;
  readonly articles: readonly ArticleResult[];
}

/** Source words, with accents and apostrophes kept whole, so their offsets are the source's. */
const SOURCE_WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Where in `text` the words folding to one of `matched` are. */
export function markTerms(text: string, matched: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  if (!matched.size) return out;
  for (const m of text.matchAll(SOURCE_WORD))
    if (terms(m[0]).some((t) => matched.has(t))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The paragraph with the most distinct matched words, cut to a window around its first mark. */
export function snippetOf(
  article: ArticleRecord,
  matched: ReadonlySet<string>,
  radius = 110,
): ResultSnippet | null {
  let best: { paragraph: number; marks: Span[]; distinct: number } | null = null;
  article.paragraphs.forEach((p, i) => {
    const text = article.body.slice(p.start, p.end);
    const marks = markTerms(text, matched);
    if (!marks.length) return;
    const distinct = new Set(marks.map((m) => text.slice(m.start, m.end).toLowerCase())).size;
    if (!best || distinct > best.distinct) best = { paragraph: i, marks, distinct };
  });
  const chosen = best as { paragraph: number; marks: Span[] } | null;
  const index = chosen?.paragraph ?? article.paragraphs.findIndex((p) => p.kind === 'body');
  const para = article.paragraphs[index];
  if (!para) return null;
  const full = article.body.slice(para.start, para.end);
  const centre = chosen?.marks[0]?.start ?? 0;
  let start = Math.max(0, centre - radius);
  let end = Math.min(full.length, centre + radius * 1.6);
  if (start > 0) {
    const space = full.indexOf(' ', start);
    if (space !== -1 && space < centre) start = space + 1;
  }
  if (end < full.length) {
    const space = full.lastIndexOf(' ', end);
    if (space > centre) end = space;
  }
  return {
    paragraph: index,
    text: full.slice(start, end),
    marks: (chosen?.marks ?? [])
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ start: m.start - start, end: m.end - start })),
    before: start > 0,
    after: end < full.length,
  };
}

/**
 * Groups hits by story. `card` and `article` look an article number up; an article whose text
 * is not at hand gets no snippet.
 */
export function groupResults(
  hits: readonly EngineHit[],
  card: (doc: number) => ResultCard & { published: string | null },
  article: (doc: number) => ArticleRecord | undefined,
  storyTitle: (story: string) => string,
): StoryResult[] {
  const groups = new Map<string, ArticleResult[]>();
  for (const h of hits) {
    const c = card(h.doc);
    const matched = new Set(h.terms);
    const a = article(h.doc);
    const list = groups.get(h.story) ?? [];
    groups.set(h.story, list);
    list.push({
      id: h.id,
      title: c.title,
      titleMarks: markTerms(c.title, matched),
      outlet: c.outlet,
      published: c.published,
      snippet: a ? snippetOf(a, matched) : null,
    });
  }
  return [...groups].map(([story, articles]) => ({ story, title: storyTitle(story), articles }));
}
