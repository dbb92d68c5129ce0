/**
 * Sentence and word segmentation with Intl.Segmenter (the platform's Unicode rules, per
 * locale). Sentences are trimmed of surrounding whitespace and never cross a paragraph
 * break (a blank line), which Intl's sentence rules alone would allow for headings without
 * a full stop. Long texts are fed to the segmenter in pieces of a few thousand characters,
 * cut at whitespace (after a sentence end where possible): V8's segment iterator slows down
 * sharply on very long strings (a 60,000-character text took over 20 s in one piece).
 */
import type { Span } from '../types';
import { fold } from './fold';

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

const PIECE = 4000;

/** [start, end) pieces of text[from, to) of at most ~PIECE chars, cut after `preferred` or whitespace. */
function pieces(text: string, from: number, to: number, preferred: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  while (to - start > PIECE) {
    const window = text.slice(start, start + PIECE);
    let cut = -1;
    for (const m of window.matchAll(preferred)) cut = m.index + m[0].length;
    if (cut <= 0) cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n')) + 1;
    if (cut <= 0) cut = PIECE;
    out.push([start, start + cut]);
    start += cut;
  }
  out.push([start, to]);
  return out;
}

export function sentences(text: string, locale = 'en'): Span[] {
  const out: Span[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of text.matchAll(paragraphs))
    for (const [from, to] of pieces(text, p.index, p.index + p[0].length, /[.!?]["”’)]?\s+/g))
      for (const seg of segmentersFor(locale).sentence.segment(text.slice(from, to))) {
        const start = from + seg.index + (seg.segment.length - seg.segment.trimStart().length);
        const end = from + seg.index + seg.segment.trimEnd().length;
        if (end > start) out.push({ start, end });
      }
  return out;
}

export function words(text: string, span: Span = { start: 0, end: text.length }, locale = 'en'): WordToken[] {
  const out: WordToken[] = [];
  for (const [from, to] of pieces(text, span.start, span.end, /\s+/g))
    for (const seg of segmentersFor(locale).word.segment(text.slice(from, to))) {
      if (!seg.isWordLike) continue;
      const start = from + seg.index;
      out.push({ start, end: start + seg.segment.length, norm: fold(seg.segment) });
    }
  return out;
}
