/**
 * Search hits inside a story: Fuse.js over the story's articles with the query's words (its
 * syntax left out), their spans per article, and n/N stepping through the marks shown.
 */
import { type RefObject, useEffect, useMemo, useState } from 'react';
import type { ArticleId, Span } from '../../core/types';
import type { ArticleRecord } from '../../schema/corpus';
import { queryWords } from '../../search/engine/parse-query';
import { createSearcher } from '../../search/searcher';
import { bringIntoView, flash } from './pane-dom';

export function useStoryHits(
  root: RefObject<HTMLElement | null>,
  query: string,
  storyArticles: readonly ArticleRecord[],
  paneIds: readonly ArticleId[],
  /** Changes when the panes or the shown pane change: stepping starts from the first hit again. */
  resetKey: string,
) {
  const hitsByArticle = useMemo(() => {
    const m = new Map<ArticleId, readonly Span[]>();
    const words = query ? queryWords(query) : '';
    if (words)
      for (const h of createSearcher(storyArticles).search(words, 50)) m.set(h.article.id, h.bodySpans);
    return m;
  }, [query, storyArticles]);
  const [hitAt, setHitAt] = useState(-1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on these changes
  useEffect(() => setHitAt(-1), [resetKey, query]);

  const stepHit = (dir: 1 | -1) => {
    const marks = [...(root.current?.querySelectorAll<HTMLElement>('mark.hl-hit') ?? [])].filter(
      (m) => m.offsetParent !== null,
    );
    if (!marks.length) return;
    const i = (hitAt + dir + marks.length) % marks.length;
    setHitAt(i);
    const el = marks[i]!;
    const s = el.closest<HTMLElement>('[data-scroller]');
    if (s) bringIntoView(s, el);
    flash(el);
  };
  const hitCount = [...hitsByArticle]
    .filter(([id]) => paneIds.includes(id))
    .reduce((n, [, s]) => n + s.length, 0);
  return { hitsByArticle, hitCount, stepHit };
}
