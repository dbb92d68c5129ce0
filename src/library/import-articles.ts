/**
 * Adding the reader's articles: keys them by a hash of their text (one already in the library
 * is not added twice), has the analysis worker analyse them and rebuild the stories of the
 * whole library, then saves everything in one transaction (db.ts). The worker is started on
 * the first import and kept, so the name tagger is loaded once.
 */
import type { FromAnalyser, ToAnalyser } from './analyse-protocol';
import { announceLibraryChange } from './channel';
import { libraryDb, type Pin, type StoredSource, saveImport } from './db';
import { type Read, sourceId } from './inputs';

export interface ImportReport {
  readonly added: readonly string[];
  readonly duplicates: readonly string[];
  readonly errors: readonly string[];
  readonly ms: number;
}

export type Progress = (p: { done: number; total: number; name: string }) => void;

/** Said when the reader cancels: nothing of the import is kept. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled: nothing was added.');
  }
}

let cancelRunning: (() => void) | null = null;

/**
 * Stops the import under way: the worker is stopped (a new one starts for the next import)
 * and nothing is saved, since saving comes after the analysis.
 */
export function cancelImport(): void {
  cancelRunning?.();
}

let worker: Worker | null = null;
const analyser = () => {
  worker ??= new Worker(new URL('./analyse-worker.ts', import.meta.url), {
    type: 'module',
    name: 'parallax-analyse',
  });
  return worker;
};

const MODEL_URL = `${import.meta.env.BASE_URL}models/ner-model.json.gz`;

export async function importArticles(
  reads: readonly Read[],
  onProgress: Progress = () => {},
  /** The names of the articles about to be analysed, in order. */
  onStart: (queue: { id: string; name: string }[]) => void = () => {},
): Promise<ImportReport> {
  const db = libraryDb();
  const errors = reads.flatMap((r) => r.errors);
  const now = new Date().toISOString();
  const fresh: StoredSource[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const r of reads)
    for (const s of r.sources) {
      const id = await sourceId(s);
      if (seen.has(id) || (await db.sources.get(id))) duplicates.push(s.name);
      else fresh.push({ ...s, id, addedAt: now });
      seen.add(id);
    }
  if (!fresh.length) return { added: [], duplicates, errors, ms: 0 };
  onStart(fresh.map((s) => ({ id: s.id, name: s.name })));
  // Corrections that came with an exported library, for the articles it adds; the reader's own win.
  const stored = await db.pins.toArray();
  const ids = new Set(fresh.map((s) => s.id));
  const have = new Set(stored.map((p) => p.article));
  const brought = reads
    .flatMap((r) => r.pins ?? [])
    .filter((p) => ids.has(p.article) && !have.has(p.article));
  const pins = brought.length ? [...stored, ...brought] : undefined;
  const result = await analyseInWorker(fresh, onProgress, errors, pins);
  await saveImport(db, result.added, result.stories, pins);
  announceLibraryChange();
  // Ask the browser to keep the library when space runs low (it may say no; nothing depends on it).
  await navigator.storage?.persist?.().catch(() => false);
  onProgress({ done: fresh.length, total: fresh.length, name: '' });
  return { added: result.added.map((a) => a.source.name), duplicates, errors, ms: result.ms };
}

/**
 * Has the worker analyse `sources` (none: only regroup) and rebuild the stories of the whole
 * library with the reader's corrections, reusing the stories that do not change.
 */
export async function analyseInWorker(
  sources: readonly StoredSource[],
  onProgress: Progress,
  errors: string[],
  pins?: readonly Pin[],
): Promise<Extract<FromAnalyser, { type: 'done' }>> {
  const db = libraryDb();
  const [existing, previous, stored] = await Promise.all([
    db.articles.toArray(),
    db.stories.toArray(),
    db.pins.toArray(),
  ]);
  const w = analyser();
  return new Promise((resolve, reject) => {
    cancelRunning = () => {
      w.terminate();
      worker = null;
      cancelRunning = null;
      reject(new Cancelled());
    };
    const settle = () => {
      cancelRunning = null;
    };
    w.onmessage = (e: MessageEvent<FromAnalyser>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'failed-one') errors.push(`${m.name} was not added: ${m.error}.`);
      else if (m.type === 'done') {
        settle();
        resolve(m);
      } else {
        settle();
        reject(new Error(m.error));
      }
    };
    w.onerror = (e) => {
      settle();
      reject(new Error(`The analysis stopped: ${e.message || 'the worker failed'}.`));
    };
    const msg: ToAnalyser = {
      type: 'analyse',
      modelUrl: MODEL_URL,
      sources,
      existing,
      pins: (pins ?? stored).map((p) => [p.article, p.key] as const),
      previous,
    };
    w.postMessage(msg);
  });
}
