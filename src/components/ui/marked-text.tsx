/** Renders text with some spans marked, as text nodes and <mark> elements (never HTML). */
import type { ReactNode } from 'react';
import { cutAtSpans } from '../../core/text/cut-spans';
import type { Span } from '../../core/types';

export function MarkedText({
  text,
  spans,
  offset = 0,
  markClass = 'rounded-sm bg-amber-200 text-inherit',
}: {
  text: string;
  /** Spans in the coordinates of a larger text; `offset` is where `text` starts in it. */
  spans: readonly Span[];
  offset?: number;
  markClass?: string;
}): ReactNode {
  if (!spans.length) return text;
  const local = spans.map((s) => ({ start: s.start - offset, end: s.end - offset }));
  return cutAtSpans(text, local).map((p) =>
    p.cover.length ? (
      <mark key={p.start} className={markClass} data-hit="">
        {text.slice(p.start, p.end)}
      </mark>
    ) : (
      text.slice(p.start, p.end)
    ),
  );
}
