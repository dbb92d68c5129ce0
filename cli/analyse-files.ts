/**
 * The per-file work of `ingest` (read, extract, entities, quotes) spread over worker threads,
 * and cached by content: a file whose bytes, metadata and name are unchanged, analysed by the
 * same code and model, is read back from the cache instead of analysed again. Grouping and
 * links need every article and stay on the main thread (commands/ingest.ts).
 *
 * The workers run this same bundle (`dist-cli/parallax.mjs`): entry.ts starts a worker loop
 * instead of the command when it is not the main thread.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { analysedNote } from '../src/core/text/budget';
import { toArticleRecord } from '../src/corpus/build/assemble-corpus';
import { type ArticleRecord, articleSchema } from '../src/schema/corpus';
import { bundledNerModel } from './ner-model';
import { type InputFile, readArticleFile } from './read-articles';
import { writeAtomic } from './write-corpus';

/** What one file gave: its articles analysed, or why it could not be read. */
export type FileResult =
  | {
      readonly ok: true;
      readonly records: ArticleRecord[];
      readonly title: string;
      readonly note: string | null;
    }
  | { readonly ok: false; readonly error: string };

/** Reads and analyses one file (in whichever thread runs it). */
export function analyseFile(file: InputFile): FileResult {
  try {
    const sources = readArticleFile(file);
    const model = bundledNerModel();
    const records = sources.map((s) => toArticleRecord(s, model));
    const note = records.map((r) => analysedNote(r.body)).find(Boolean);
    return { ok: true, records, title: sources[0]?.extracted.title ?? '', note: note ?? null };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** The worker side: analyses the files it is sent, one answer per message. */
export function runAnalyseWorker(): void {
  parentPort?.on('message', (m: { n: number; file: InputFile }) => {
    parentPort?.postMessage({ n: m.n, result: analyseFile(m.file) });
  });
}

export interface AnalyseOptions {
  /** Worker threads; 1 analyses on the main thread. */
  readonly jobs: number;
  /** Folder of cached analyses, or null for none. */
  readonly cacheDir: string | null;
  /** Changes whenever the code or the model changes: part of every cache key. */
  readonly codeHash: string;
  /** Each file's digest (read-articles.ts fileDigest), in the order of `files`. */
  readonly digests: readonly string[];
  /** Called once per file, in input order, as results arrive. */
  readonly onFile: (i: number, file: InputFile, result: FileResult, cached: boolean) => void;
}

export const defaultJobs = () => Math.max(1, Math.min(8, availableParallelism()));

/** Every file's result, in input order. */
export async function analyseFiles(files: readonly InputFile[], o: AnalyseOptions): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(files.length);
  const todo: number[] = [];
  const fresh = new Set<number>();
  const keys = o.digests.map((d) =>
    createHash('sha256').update(`${o.codeHash}\0${d}`).digest('hex').slice(0, 32),
  );
  let next = 0;
  const report = () => {
    // in input order, so the progress lines read as a list
    while (next < files.length && results[next]) {
      o.onFile(next, files[next]!, results[next]!, !fresh.has(next));
      next++;
    }
  };
  files.forEach((_, i) => {
    const hit = o.cacheDir ? readCache(join(o.cacheDir, `${keys[i]}.json`)) : null;
    if (hit) results[i] = hit;
    else {
      todo.push(i);
      fresh.add(i);
    }
  });
  report();
  const done = (i: number, r: FileResult) => {
    results[i] = r;
    if (r.ok && o.cacheDir) writeCache(join(o.cacheDir, `${keys[i]}.json`), r);
    report();
  };
  if (o.jobs <= 1 || todo.length < 2) for (const i of todo) done(i, analyseFile(files[i]!));
  else await inWorkers(files, todo, Math.min(o.jobs, todo.length), done);
  return results as FileResult[];
}

function inWorkers(
  files: readonly InputFile[],
  todo: readonly number[],
  jobs: number,
  done: (i: number, r: FileResult) => void,
): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  let sent = 0;
  let left = todo.length;
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: jobs }, () => new Worker(self, { workerData: { role: 'analyse' } }));
    const feed = (w: Worker) => {
      if (sent < todo.length) {
        const n = todo[sent++]!;
        w.postMessage({ n, file: files[n] });
      }
    };
    for (const w of workers) {
      w.on('message', (m: { n: number; result: FileResult }) => {
        done(m.n, m.result);
        if (--left === 0) {
          for (const x of workers) void x.terminate();
          resolve();
        } else feed(w);
      });
      w.on('error', (e) => {
        for (const x of workers) void x.terminate();
        reject(e);
      });
      feed(w);
    }
  });
}

function readCache(path: string): FileResult | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as {
      records: unknown[];
      title: string;
      note: string | null;
    };
    // checked like any file the corpus is built from: a damaged cache entry is analysed again
    const records = data.records.map((r) => articleSchema.parse(r));
    return { ok: true, records, title: String(data.title), note: data.note ?? null };
  } catch {
    return null;
  }
}

function writeCache(path: string, r: Extract<FileResult, { ok: true }>): void {
  try {
    writeAtomic(path, JSON.stringify({ records: r.records, title: r.title, note: r.note }));
  } catch {
    /* a cache that cannot be written only costs time */
  }
}
