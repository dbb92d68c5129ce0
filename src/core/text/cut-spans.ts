/**
 * Cutting a text at span boundaries, so a renderer can emit plain text pieces and marked
 * pieces without touching the DOM. Spans may overlap, nest, touch, be empty or stick out of
 * the text; the pieces always concatenate back to exactly the text, and each piece lists
 * every span (by index) that covers it.
 */
import type { Span } from '../types';

export interface Piece {
  readonly start: number;
  readonly end: number;
  /** Indices into the spans array of the spans covering this whole piece. */
  readonly cover: readonly number[];
}

export function cutAtSpans(text: string, spans: readonly Span[]): Piece[] {
  const len = text.length;
  const clamp = (n: number) => Math.min(len, Math.max(0, Math.trunc(n)));
  const cuts = new Set<number>([0, len]);
  const live: { start: number; end: number; i: number }[] = [];
  spans.forEach((s, i) => {
    const start = clamp(s.start);
    const end = clamp(s.end);
    if (end <= start) return;
    cuts.add(start);
    cuts.add(end);
    live.push({ start, end, i });
  });
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const cover = live.filter((s) => s.start <= start && s.end >= end).map((s) => s.i);
    pieces.push({ start, end, cover });
  }
  return pieces;
}
