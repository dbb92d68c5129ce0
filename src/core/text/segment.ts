/**
 * Sentence and word segmentation with Intl.Segmenter (the platform's Unicode rules, per
 * locale). Sentences are trimmed of surrounding whitespace and never cross a paragraph
 * break (a blank line), which Intl's sentence rules alone would allow for headings without
 * a full stop.
 */
import type { Span } from '../types';

export interface WordToken extends Span {
  /** Lower-cased, accent-folded form used for matching. */
  readonly norm: string;
}

const segmenters = new Map<string, { sentence: Intl.Segmenter; word: Intl.Segmenter }>();
function segmentersFor(locale: string) {
  let s = segmenters.get(locale);
  if (!s) {
    s = {
      sentence: new Intl.Segmenter(locale, { granularity: 'sentence' }),
      word: new Intl.Segmenter(locale, { granularity: 'word' }),
    };
    segmenters.set(locale, s);
  }
  return s;
}

export function sentences(text: string, locale = 'en'): Span[] {
  const out: Span[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of text.matchAll(paragraphs)) {
    for (const seg of segmentersFor(locale).sentence.segment(p[0])) {
      const start = p.index + seg.index + (seg.segment.length - seg.segment.trimStart().length);
      const end = p.index + seg.index + seg.segment.trimEnd().length;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

export const foldWord = (w: string): string =>
  w
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

export function words(text: string, span: Span = { start: 0, end: text.length }, locale = 'en'): WordToken[] {
  const out: WordToken[] = [];
  const part = text.slice(span.start, span.end);
  for (const seg of segmentersFor(locale).word.segment(part)) {
    if (!seg.isWordLike) continue;
    const start = span.start + seg.index;
    out.push({ start, end: start + seg.segment.length, norm: foldWord(seg.segment) });
  }
  return out;
}
