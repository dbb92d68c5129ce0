/**
 * Writing corpus files so that no damaged file is ever taken for a whole one:
 * - every file is written under a temporary name in its own folder, flushed to disk, then
 *   renamed; a killed process or a full disk leaves a temporary, never a short file under
 *   a real name;
 * - a content-named file (`shards/3.<hash>.json`) is kept only when its bytes hash to its name;
 *   a file damaged by an older build, a copy or the disk is rewritten;
 * - temporaries left by runs that are no longer alive are removed.
 * The file system is passed in, so a unit test can make any write fail (a full disk).
 */
import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';
import { contentHash } from '../src/corpus/build/split-corpus';

export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

export type WriteIo = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'mkdirSync'
  | 'readFileSync'
  | 'readdirSync'
  | 'existsSync'
>;

const TEMP = /\.(\d+)\.tmp$/;
const NAMED = /\.([0-9a-f]{16})\.json$/;

/** Writes `text` to `path` through a flushed temporary and a rename. */
export function writeAtomic(path: string, text: string, io: WriteIo = nodeFs): void {
  const tmp = `${path}.${process.pid}.tmp`;
  io.mkdirSync(dirname(path), { recursive: true });
  let fd: number | null = null;
  try {
    fd = io.openSync(tmp, 'w');
    const bytes = Buffer.from(text, 'utf8');
    for (let n = 0; n < bytes.length; ) n += io.writeSync(fd, bytes, n, bytes.length - n);
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = null;
    io.renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) closeQuietly(io, fd);
    io.rmSync(tmp, { force: true });
    throw e;
  }
}

/** The text of the content-named file at `path` if its bytes are exactly what its name promises, else null. */
export function wholeText(path: string, io: Pick<WriteIo, 'readFileSync'> = nodeFs): string | null {
  const want = NAMED.exec(path)?.[1];
  if (!want) return null;
  try {
    const text = io.readFileSync(path, 'utf8') as string;
    return contentHash(text) === want ? text : null;
  } catch {
    return null;
  }
}

/** Whether the content-named file at `path` holds exactly the bytes its name promises. */
export const isWhole = (path: string, io: Pick<WriteIo, 'readFileSync'> = nodeFs): boolean =>
  wholeText(path, io) !== null;

/**
 * Writes the content-named files (each only if no whole copy is there) and then the
 * manifest. On any error, removes what this run wrote and rethrows: the previous manifest
 * and every file it names are untouched.
 */
export function writeCorpus(
  out: string,
  files: readonly CorpusFile[],
  manifest: string,
  io: WriteIo = nodeFs,
): { written: number; repaired: number } {
  const written: string[] = [];
  let repaired = 0;
  try {
    for (const f of files) {
      const path = join(out, f.name);
      if (isWhole(path, io)) continue;
      if (io.existsSync(path)) repaired++;
      writeAtomic(path, f.text, io);
      written.push(path);
    }
    writeAtomic(join(out, 'manifest.json'), manifest, io);
  } catch (e) {
    // A repaired file was damaged before: removing it loses nothing the old manifest could use.
    for (const path of written) io.rmSync(path, { force: true });
    throw e;
  }
  return { written: written.length, repaired };
}

/** Removes temporaries in the corpus folders whose writer is no longer running. */
export function removeStaleTemps(out: string, io: WriteIo = nodeFs): number {
  let removed = 0;
  for (const dir of ['', 'index', 'shards', 'stories']) {
    for (const name of list(io, join(out, dir))) {
      const pid = TEMP.exec(name)?.[1];
      if (!pid || alive(Number(pid))) continue;
      io.rmSync(join(out, dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false; // an earlier run of this process id is over
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process nobody has reaped yet (a zombie: its parent was killed too, and the
  // container's first process does not reap) still answers signal 0, but writes nothing.
  try {
    const stat = nodeFs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (not Linux): trust the signal
  }
}

function list(io: WriteIo, dir: string): string[] {
  try {
    return io.readdirSync(dir) as string[];
  } catch {
    return [];
  }
}

function closeQuietly(io: WriteIo, fd: number): void {
  try {
    io.closeSync(fd);
  } catch {
    /* already closed */
  }
}
