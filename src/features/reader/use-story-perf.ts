/**
 * The story view's two-step render and its performance marks, read by `npm run bench`: the
 * first screen of each pane comes first (`story-view`), the rest of the texts and the panels
 * follow in a transition that yields to the reader's input (`story-view:complete`), and each
 * layer toggle is measured through style and layout (`layer-toggle`).
 */
import { type RefObject, startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Call first in the view's render; answers whether the whole view may render now. */
export function useStoryPerf(root: RefObject<HTMLElement | null>, layers: unknown): boolean {
  const firstRender = useRef(true);
  if (firstRender.current) performance.mark('story-view:start');
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    firstRender.current = false;
    performance.measure('story-view', 'story-view:start');
    startTransition(() => setComplete(true));
  }, []);
  useEffect(() => {
    if (complete) performance.measure('story-view:complete', 'story-view:start');
  }, [complete]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measures each layer change
  useLayoutEffect(() => {
    if (!performance.getEntriesByName('layer-toggle:start').length) return;
    void root.current?.offsetHeight; // style and layout of the restyled panes, inside the measure
    performance.measure('layer-toggle', 'layer-toggle:start');
    performance.clearMarks('layer-toggle:start');
  }, [layers]);
  return complete;
}

/** Marks the start of a layer toggle; useStoryPerf measures it once the panes are restyled. */
export const markLayerToggle = () => performance.mark('layer-toggle:start');
