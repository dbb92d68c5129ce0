/**
 * The page's side of search: one worker (src/search/worker) for the app's life, and a hook
 * that sends it each query as typed and returns the answer to the newest one. Answers to
 * older queries are ignored, so results never step back to a shorter query.
 */
import { startTransition, useEffect, useState } from 'react';
import { CORPUS_BASE } from '../../../corpus/load/corpus-query';
import type { StoryResult } from '../../../search/results';
import type { FromWorker, ToWorker } from '../../../search/worker/protocol';

export interface SearchState {
  /** The query these results answer ('' before any). */
  readonly query: string;
  readonly groups: readonly StoryResult[];
  readonly count: number;
  /** Offline, the index parts some words need were never downloaded: results may be missing. */
  readonly incomplete: boolean;
  readonly ms: number;
  /** The query sent last; `query !== asked` while the worker is busy. */
  readonly asked: string;
  readonly error: string | null;
  readonly indexReady: boolean;
}

let state: SearchState = {
  query: '',
  groups: [],
  count: 0,
  incomplete: false,
  ms: 0,
  asked: '',
  error: null,
  indexReady: false,
};
const listeners = new Set<() => void>();
const set = (next: Partial<SearchState>) => {
  state = { ...state, ...next };
  for (const l of listeners) l();
};
let worker: Worker | null = null;
let seq = 0;

function workerOnce(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../../search/worker/search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'parallax-search',
  });
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'ready') set({ indexReady: true });
    else if (m.type === 'error') {
      if (m.seq === null || m.seq === seq) set({ error: m.message });
    } else if (m.seq === seq)
      set({
        query: m.query,
        groups: m.groups,
        count: m.count,
        incomplete: m.incomplete,
        ms: m.ms,
        error: null,
        indexReady: true,
      });
  };
  worker.onerror = () => set({ error: 'Search stopped working. Reload the page to start it again.' });
  post({ type: 'open', base: new URL(CORPUS_BASE, location.href).href });
  return worker;
}

function post(m: ToWorker) {
  workerOnce().postMessage(m);
}

/**
 * Starts the worker and its index download before the first query (called when the search
 * field gets focus): on a large corpus the index takes seconds to arrive and parse.
 */
export function warmSearch(): void {
  workerOnce();
}

/** At least two letters: one letter would match half the vocabulary. */
export const searchable = (q: string) => q.trim().length >= 2;

export function useSearch(query: string, limit = 30): SearchState {
  useEffect(() => {
    if (!searchable(query)) return;
    seq++;
    set({ asked: query });
    post({ type: 'search', seq, query, limit });
  }, [query, limit]);
  // Results render in a transition: React yields between pieces of the list, so a keystroke
  // is never stuck behind the rendering of the previous answer.
  const [shown, setShown] = useState(state);
  useEffect(() => {
    const update = () => startTransition(() => setShown(state));
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return shown;
}
