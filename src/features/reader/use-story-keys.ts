/**
 * Keyboard of the story view: j/k shared items, [ ] differences, n/N search hits, ? help,
 * Escape to close. Keys typed into a field are left alone.
 */
import { useEffect, useRef } from 'react';

export interface StoryKeys {
  step: (kind: 'shared' | 'difference', dir: 1 | -1) => void;
  hit: (dir: 1 | -1) => void;
  help: (open: boolean) => void;
}

export function useStoryKeys(keys: StoryKeys) {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || e.defaultPrevented) return;
      const t = e.target;
      if (
        t instanceof HTMLElement &&
        t.closest(
          'input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select, [contenteditable], dialog',
        )
      )
        return;
      const k = latest.current;
      switch (e.key) {
        case 'j':
        case 'k':
          k.step('shared', e.key === 'j' ? 1 : -1);
          break;
        case ']':
        case '[':
          k.step('difference', e.key === ']' ? 1 : -1);
          break;
        case 'n':
        case 'N':
          k.hit(e.key === 'n' ? 1 : -1);
          break;
        case '?':
          k.help(true);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
