/** A window of a paragraph around its first search hit, cut at word boundaries. */
import type { Span } from '../../core/types';

export function snippetAround(
  body: string,
  paragraph: Span,
  hits: readonly Span[],
  radius = 120,
): { start: number; end: number; before: boolean; after: boolean } {
  const first = hits.find((h) => h.start >= paragraph.start && h.end <= paragraph.end);
  const centre = first ? first.start : paragraph.start;
  let start = Math.max(paragraph.start, centre - radius);
  let end = Math.min(paragraph.end, centre + radius * 1.5);
  if (start > paragraph.start) {
    const space = body.indexOf(' ', start);
    if (space !== -1 && space < centre) start = space + 1;
  }
  if (end < paragraph.end) {
    const space = body.lastIndexOf(' ', end);
    if (space > centre) end = space;
  }
  return { start, end: Math.round(end), before: start > paragraph.start, after: end < paragraph.end };
}
