/**
 * One paragraph of a pane with every highlight layer in place. The text is cut at mark
 * boundaries (overlaps simply combine: a name inside a shared quote carries both classes);
 * pieces are text nodes and spans, never HTML. Each marked piece names the links it belongs to
 * (`data-links`), and the piece where a link's member starts is its target (`data-first`):
 * focusable, so j/k and Enter reach it. Which layers are drawn is decided by CSS classes on
 * the pane (see styles.css), so this renders once per story.
 */
import { memo, type ReactNode } from 'react';
import { cutAtSpans } from '../../../core/text/cut-spans';
import type { Span } from '../../../core/types';
import type { Mark } from '../story-model';

export const MarkedText = memo(function MarkedText({
  text,
  offset,
  marks,
  hits,
}: {
  text: string;
  /** Where `text` starts in the article body; marks and hits are in body coordinates. */
  offset: number;
  marks: readonly Mark[];
  hits: readonly Span[];
}): ReactNode {
  const end = offset + text.length;
  const mine = marks.filter((m) => m.start < end && m.end > offset);
  const myHits = hits.filter((h) => h.start < end && h.end > offset);
  if (!mine.length && !myHits.length) return text;
  const spans = [...mine, ...myHits].map((s) => ({ start: s.start - offset, end: s.end - offset }));
  return cutAtSpans(text, spans).map((p) => {
    const piece = text.slice(p.start, p.end);
    if (!p.cover.length) return piece;
    const classes = new Set<string>();
    const links: string[] = [];
    const first: string[] = [];
    const labels = new Set<string>();
    let hit = false;
    for (const i of p.cover) {
      const m = i < mine.length ? mine[i]! : null;
      if (!m) {
        hit = true;
        continue;
      }
      classes.add(`hl-${m.kind}`);
      if (m.entityType) classes.add(`hl-${m.entityType}`);
      links.push(m.link);
      labels.add(m.label);
      if (m.start === p.start + offset) first.push(m.link);
    }
    if (hit) {
      classes.add('hl-hit');
      labels.add('matches your search');
    }
    if (links.length) classes.add('hl-link');
    const Tag = hit ? 'mark' : 'span';
    return (
      <Tag
        key={p.start}
        className={[...classes].join(' ')}
        title={[...labels].join('; ')}
        data-links={links.length ? links.join(' ') : undefined}
        data-first={first.length ? first.join(' ') : undefined}
        tabIndex={first.some((l) => l[0] !== 'e') ? -1 : undefined}
      >
        {piece}
      </Tag>
    );
  });
});
