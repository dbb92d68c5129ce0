/**
 * Text with the words a search matched marked, rendered as text nodes and <mark> elements cut
 * at span boundaries (overlapping spans merge into the pieces they share). Never HTML. The
 * story view marks its hits together with its other layers (features/reader/marked-text.tsx).
 */
import type { ReactNode } from 'react';
import { cutAtSpans } from '../../core/text/cut-spans';
import type { Span } from '../../core/types';

export function HighlightedText({
  text,
  hits,
  offset = 0,
}: {
  text: string;
  /** Spans in the coordinates of a larger text; `offset` is where `text` starts in it. */
  hits: readonly Span[];
  offset?: number;
}): ReactNode {
  if (!hits.length) return text;
  const local = hits.map((h) => ({ start: h.start - offset, end: h.end - offset }));
  return cutAtSpans(text, local).map((p) => {
    const piece = text.slice(p.start, p.end);
    if (!p.cover.length) return piece;
    return (
      <mark key={p.start} className="hl-hit" title="matches your search">
        {piece}
      </mark>
    );
  });
}
