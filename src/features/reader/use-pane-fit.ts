/**
 * How many panes fit side by side with a readable measure: each pane's text column at least
 * `MIN_MEASURE_CH` ch wide (45-75 characters is a readable line; `ch` is the width of a digit,
 * wider than an average letter, so 40ch holds about 47 characters of running text; the e2e
 * test counts them). Measured from a
 * probe element in the panes' own font, and again whenever the panes' container resizes.
 * Below the wide breakpoint one pane is shown at a time, whatever fits.
 */
import { type RefObject, useLayoutEffect, useState, useSyncExternalStore } from 'react';

export const MIN_MEASURE_CH = 40;
/** A pane's width beyond its text column: padding, the coverage strip, the border. */
export const PANE_CHROME = '4.5rem';
/** The gap between panes (the grid's gap-4). */
const GAP_PX = 16;
const WIDE = '(min-width: 64rem)';

const subscribe = (notify: () => void) => {
  const m = window.matchMedia(WIDE);
  m.addEventListener('change', notify);
  return () => m.removeEventListener('change', notify);
};
/** Whether panes stand side by side (the `lg` breakpoint). */
export const useWide = (): boolean => useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches);

export function usePaneFit(
  container: RefObject<HTMLElement | null>,
  probe: RefObject<HTMLElement | null>,
): number {
  // A first guess before layout (16 px type: 40ch ≈ 350 px), corrected before the first paint.
  const [fit, setFit] = useState(() => Math.max(1, Math.floor((window.innerWidth - 16) / 440)));
  useLayoutEffect(() => {
    const c = container.current;
    const p = probe.current;
    if (!c || !p) return;
    const measure = () => {
      const pane = p.getBoundingClientRect().width;
      const width = c.getBoundingClientRect().width;
      if (pane > 0 && width > 0) setFit(Math.max(1, Math.floor((width + GAP_PX) / (pane + GAP_PX))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(c);
    return () => observer.disconnect();
  }, [container, probe]);
  return fit;
}
