/**
 * Text with typed highlights (shared quotes, shared names, search hits), rendered as text
 * nodes and inline elements cut at span boundaries: overlapping spans simply combine their
 * styles on the piece they share. Never HTML.
 */
import type { ReactNode } from 'react';
import { cutAtSpans } from '../../core/text/cut-spans';
import type { Span } from '../../core/types';

export type HighlightKind = 'quote' | 'entity' | 'hit';

export interface Highlight extends Span {
  readonly kind: HighlightKind;
  /** Shown on hover and read by screen readers as the element's description. */
  readonly label: string;
}

export const HIGHLIGHT_CLASS: Readonly<Record<HighlightKind, string>> = {
  quote: 'bg-amber-100 decoration-amber-500 underline decoration-2 underline-offset-4',
  entity: 'border-b-2 border-dotted border-indigo-500',
  hit: 'bg-yellow-300',
};

export function HighlightedText({
  text,
  highlights,
  offset = 0,
}: {
  text: string;
  /** Spans in the coordinates of a larger text; `offset` is where `text` starts in it. */
  highlights: readonly Highlight[];
  offset?: number;
}): ReactNode {
  if (!highlights.length) return text;
  const local = highlights.map((h) => ({ start: h.start - offset, end: h.end - offset }));
  return cutAtSpans(text, local).map((p) => {
    const piece = text.slice(p.start, p.end);
    if (!p.cover.length) return piece;
    const hs = p.cover.map((i) => highlights[i]!);
    const kinds = [...new Set(hs.map((h) => h.kind))].sort();
    const className = kinds.map((k) => HIGHLIGHT_CLASS[k]).join(' ');
    const title = [...new Set(hs.map((h) => h.label))].join('; ');
    const Tag = kinds.includes('hit') ? 'mark' : 'span';
    return (
      <Tag key={p.start} className={className} title={title} data-highlight={kinds.join(' ')}>
        {piece}
      </Tag>
    );
  });
}

export function toHits(spans: readonly Span[]): Highlight[] {
  return spans.map((s) => ({ ...s, kind: 'hit', label: 'matches your search' }));
}
