/**
 * Scroll sync between the panes of a story, anchored on aligned items (pane-dom.ts): when the
 * reader scrolls one pane, the others follow once per frame. Scrolls the sync itself causes
 * are recognised and not echoed back.
 */
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { scrollers, syncedTop } from './pane-dom';

export function useScrollSync(root: RefObject<HTMLElement | null>, enabled: boolean) {
  const echoes = useRef(new Map<HTMLElement, number>());

  const syncFrom = useCallback(
    (from: HTMLElement) => {
      const r = root.current;
      if (!r) return;
      for (const s of scrollers(r)) {
        if (s === from || s.offsetParent === null) continue;
        const top = syncedTop(from, s);
        if (Math.abs(s.scrollTop - top) < 1) continue;
        echoes.current.set(s, performance.now());
        s.scrollTop = top;
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
      const echo = echoes.current.get(s);
      if (echo !== undefined) {
        echoes.current.delete(s);
        if (performance.now() - echo < 200) return;
      }
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
