/**
 * Finding and reading article files for `ingest`: `.txt`, `.html`/`.htm` and `.json` files,
 * given as files or folders (walked recursively). A `NAME.meta.json` beside `NAME.txt` or
 * `NAME.html` supplies metadata the text does not carry (outlet, date, …). Every file that
 * cannot be used is reported with the reason; the others still go through.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { looksBinary } from '../src/core/text/binary';
import type { SourceArticle } from '../src/corpus/build/assemble-corpus';
import { articleInputsFromJson, metadataSchema } from '../src/schema/article-input';
import { extractInput, knownFrom } from './extract-input';

const ARTICLE_EXT = new Set(['.txt', '.html', '.htm', '.json']);
/** Larger files are refused: no news article is this long, and it keeps ingest bounded. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  readonly path: string;
  /** The path relative to the folder it was found in (or the file's name): what a corpus records. */
  readonly rel: string;
  /** The path relative to the working folder: what messages show. */
  readonly shown: string;
}

export function findArticleFiles(
  paths: readonly string[],
  cwd: string,
): { files: InputFile[]; problems: string[] } {
  const files: InputFile[] = [];
  const problems: string[] = [];
  const folders = new Set<string>();
  const visit = (p: string, root: string) => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(
        `${p}: ${code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'a loop of links' : 'no such file or folder'}`,
      );
      return;
    }
    if (st.isDirectory()) {
      // A link back to a folder already walked would be walked again and again.
      const real = realpathSync(p);
      if (folders.has(real)) return void problems.push(`${p}: a link to a folder already read; skipped`);
      folders.add(real);
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch {
        return void problems.push(`${p}: folder cannot be read (permission denied)`);
      }
      for (const name of names) if (!name.startsWith('.')) visit(join(p, name), root);
    } else if (ARTICLE_EXT.has(extname(p).toLowerCase()) && !p.endsWith('.meta.json')) {
      // A device, a FIFO or a socket (a link to /dev/zero, a named pipe) would never end.
      if (!st.isFile()) problems.push(`${p}: not a regular file (a device, pipe or socket); skipped`);
      else files.push({ path: p, rel: relative(root, p) || basename(p), shown: relative(cwd, p) || p });
    }
  };
  for (const p of paths) visit(p, statSafe(p)?.isDirectory() ? p : dirname(p));
  return { files, problems };
}

function statSafe(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

export const slugId = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'article';

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

function sidecar(path: string): Record<string, unknown> {
  const metaPath = path.replace(/\.[^.]+$/, '.meta.json');
  let raw: string;
  try {
    raw = readFileSync(metaPath, 'utf8');
  } catch {
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new Error(`its metadata file ${basename(metaPath)} is not valid JSON (${(e as Error).message})`);
  }
  const parsed = metadataSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `its metadata file ${basename(metaPath)} is not valid metadata: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}

/**
 * The bytes of a regular file, reading at most MAX_FILE_BYTES + 1 whatever its size says (a
 * file that grows while read, or lies about its size, is still bounded).
 */
function readBounded(path: string): Buffer {
  const st = statSync(path);
  if (!st.isFile()) throw new Error('not a regular file (a device, pipe or socket)');
  if (st.size > MAX_FILE_BYTES)
    throw new Error(`file is ${(st.size / 1048576).toFixed(1)} MB; the limit is 20 MB`);
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(st.size, MAX_FILE_BYTES) + 1);
    let n = 0;
    for (let got = 1; got > 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, n);
    if (n > MAX_FILE_BYTES) throw new Error('file is over 20 MB; the limit is 20 MB');
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Reads one file into one or more articles; throws with a message naming the problem. */
export function readArticleFile(file: InputFile): SourceArticle[] {
  const bytes = readBounded(file.path);
  const content = bytes.toString('utf8');
  if (looksBinary(content)) throw new Error('file looks binary, not text');
  const ext = extname(file.path).toLowerCase();
  const base = slugId(basename(file.path, extname(file.path)));
  const format = ext === '.json' ? 'json' : ext === '.txt' ? 'txt' : 'html';
  const source = { file: file.rel, format, sha256: sha256(bytes) } as const;
  if (format !== 'json') {
    const known = knownFrom(sidecar(file.path));
    const extracted = extractInput(format === 'txt' ? { text: content, known } : { html: content, known });
    return [{ id: base, source, extracted }];
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  const { articles, errors } = articleInputsFromJson(data);
  if (errors.length) throw new Error(errors.join('; '));
  return articles.map((a, i) => ({
    id: a.id != null ? slugId(String(a.id)) : articles.length > 1 ? `${base}-${i + 1}` : base,
    source,
    extracted: extractInput({ text: a.text, html: a.html, url: a.url, known: knownFrom(a) }),
  }));
}

/**
 * What a file's analysis depends on, hashed once: its recorded name, its bytes and its
 * sidecar's. The corpus's inputs hash and the analysis cache key are both made from it.
 */
export function fileDigest(f: InputFile): string {
  const h = createHash('sha256').update(`${f.rel}\0`);
  try {
    h.update(readFileSync(f.path));
  } catch (e) {
    h.update(`unreadable: ${(e as NodeJS.ErrnoException).code}`); // readArticleFile says why
  }
  try {
    h.update('\0').update(readFileSync(f.path.replace(/\.[^.]+$/, '.meta.json')));
  } catch {
    /* no sidecar */
  }
  return h.digest('hex');
}

/** A hash of everything a bundle is built from: the files' digests and the generator. */
export function inputsHash(digests: readonly string[], generator: string): string {
  const h = createHash('sha256').update(generator);
  for (const d of digests) h.update(`\0${d}`);
  return h.digest('hex');
}
