/**
 * Scroll sync between the panes of a story, anchored on aligned items (pane-dom.ts): when the
 * reader scrolls one pane, the others follow once per frame. Scrolls the sync itself causes
 * (and those of linked navigation) are recognised and not echoed back.
 */
import { type RefObject, useCallback, useEffect } from 'react';
import { isProgrammatic, scrollers, scrollTo, syncedTop } from './pane-dom';

export function useScrollSync(root: RefObject<HTMLElement | null>, enabled: boolean) {
  const syncFrom = useCallback(
    (from: HTMLElement) => {
      const r = root.current;
      if (!r) return;
      for (const s of scrollers(r)) {
        if (s === from || s.offsetParent === null) continue;
        scrollTo(s, syncedTop(from, s));
      }
    },
    [root],
  );

  useEffect(() => {
    const r = root.current;
    if (!r || !enabled) return;
    let frame = 0;
    let source: HTMLElement | null = null;
    const onScroll = (e: Event) => {
      const s = e.target;
      if (!(s instanceof HTMLElement) || !s.hasAttribute('data-scroller')) return;
      if (isProgrammatic(s)) return;
      source = s;
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (source) syncFrom(source);
        });
    };
    r.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      r.removeEventListener('scroll', onScroll, { capture: true });
      cancelAnimationFrame(frame);
    };
  }, [root, enabled, syncFrom]);

  return syncFrom;
}
