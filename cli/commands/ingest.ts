/**
 * `parallax ingest PATH… [--out DIR] [--if-changed]`: reads article files, extracts them,
 * groups stories, builds the search index and writes the corpus files into DIR
 * (src/schema/corpus-files.ts) through write-corpus.ts: content-named files first, the
 * manifest last, each through a flushed temporary and a rename, and a file kept only when its
 * bytes hash to its name. A failed or killed run leaves the previous corpus readable; files no
 * manifest names any more are removed afterwards.
 */

import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleId } from '../../src/core/types';
import { corpusOf } from '../../src/corpus/build/assemble-corpus';
import { splitCorpus } from '../../src/corpus/build/split-corpus';
import type { ArticleRecord, CorpusBundle } from '../../src/schema/corpus';
import { parseIndexFile, parseManifest } from '../../src/schema/read-files';
import { validateCorpus } from '../../src/schema/validate';
import { analyseFiles } from '../analyse-files';
import { nerModelPath } from '../ner-model';
import { fileDigest, findArticleFiles, inputsHash } from '../read-articles';
import { isWhole, removeStaleTemps, wholeText, writeCorpus } from '../write-corpus';

export interface IngestOptions {
  readonly paths: readonly string[];
  readonly out: string;
  readonly ifChanged: boolean;
  readonly strict: boolean;
  /** Worker threads for the per-file work. */
  readonly jobs: number;
  /** Folder of cached per-file analyses, or null. */
  readonly cache: string | null;
  readonly generator: string;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

export async function runIngest(o: IngestOptions): Promise<number> {
  const cwd = process.cwd();
  const { files, problems } = findArticleFiles(o.paths, cwd);
  for (const p of problems) log(`ingest: ${p}`);
  if (!files.length) {
    log('ingest: no article files (.txt, .html, .json) found in the given paths');
    return 1;
  }
  const target = join(o.out, 'manifest.json');
  // The code that builds the corpus is one of its inputs: a new extractor rebuilds it.
  const code = ownCodeHash();
  const digests = files.map(fileDigest);
  const hash = inputsHash(digests, `${o.generator}\0${code}`);
  if (o.ifChanged && previousHash(target) === hash) {
    removeStaleTemps(o.out);
    console.log(`ingest: ${target} is up to date (${files.length} files unchanged, every corpus file whole)`);
    return 0;
  }

  const started = Date.now();
  const records: ArticleRecord[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  let fresh = 0;
  const results = await analyseFiles(files, {
    jobs: o.jobs,
    cacheDir: o.cache,
    codeHash: code,
    digests,
    onFile: (i, f, r, cached) => {
      const at = `ingest: [${i + 1}/${files.length}] ${f.shown}`;
      if (!r.ok) {
        failures.push(`${f.shown}: ${r.error}`);
        return log(`${at}: SKIPPED — ${r.error}`);
      }
      if (!cached) fresh++;
      if (r.note) log(`ingest: ${f.shown}: ${r.note}`);
      log(
        `${at}: "${r.title.slice(0, 60)}"${cached ? ' (cached)' : ''}${progress(i + 1, files.length, started)}`,
      );
    },
  });
  for (const r of results) {
    if (!r.ok) continue;
    for (const a of r.records) {
      let id: string = a.id;
      for (let n = 2; seen.has(id); n++) id = `${a.id}-${n}`;
      seen.add(id);
      records.push(id === a.id ? a : { ...a, id: articleId(id) });
    }
  }
  if (!records.length) {
    log(
      `ingest: none of the ${files.length} file(s) could be read; nothing written, the previous corpus is unchanged`,
    );
    return 1;
  }
  // --strict refuses on any problem: a file that cannot be read, and a named path that is missing.
  if ((failures.length || problems.length) && o.strict) {
    const what = [
      failures.length ? `${failures.length} file(s) could not be read` : '',
      problems.length ? `${problems.length} path(s) could not be used` : '',
    ].filter(Boolean);
    log(`ingest: ${what.join(' and ')}; nothing written (--strict)`);
    return 1;
  }

  log(
    `ingest: ${records.length} articles analysed in ${secs(Date.now() - started)} (${fresh} now, ${files.length - failures.length - fresh} from the cache); grouping stories and linking them`,
  );
  const grouping = Date.now();
  const previous = previousBuild(o.out, code);
  const bundle = validateCorpus(
    corpusOf(records, { generator: o.generator, inputsHash: hash, builtAt: buildTime() }, previous),
  );
  log(`ingest: ${bundle.stories.length} stories grouped and linked in ${secs(Date.now() - grouping)}`);
  const split = splitCorpus(bundle);
  const parts = split.files;
  const manifest = { ...split.manifest, code };
  let report: { written: number; repaired: number };
  log(`ingest: writing ${parts.length + 1} files to ${o.out}`);
  try {
    mkdirSync(o.out, { recursive: true });
    accessSync(o.out, constants.W_OK); // a read-only folder says so, not ENOENT from a mkdir below it
    const stale = removeStaleTemps(o.out);
    if (stale) log(`ingest: removed ${stale} temporary file(s) left by a run that did not finish`);
    report = writeCorpus(o.out, parts, JSON.stringify(manifest));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOSPC'
        ? 'the disk is full'
        : err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS'
          ? 'permission denied (the folder is read-only)'
          : err.code === 'ENOTDIR' || err.code === 'EEXIST'
            ? 'a file is in the way of the folder'
            : err.message;
    log(`ingest: could not write ${target}: ${why}. The previous corpus, if any, is unchanged.`);
    return 1;
  }
  if (report.repaired)
    log(`ingest: rewrote ${report.repaired} damaged file(s) whose content did not match its name`);
  removeUnlisted(o.out, new Set(parts.map((f) => f.name)));
  // A corpus.json of schema version 1 would only confuse: the reader no longer reads it.
  rmQuietly(join(o.out, 'corpus.json'));
  const bytes = parts.reduce((n, f) => n + f.text.length, 0);
  const stories = bundle.stories.length;
  console.log(
    `ingest: wrote ${target}: ${bundle.articles.length} articles in ${stories} ${stories === 1 ? 'story' : 'stories'}, ` +
      `${manifest.shards.length} ${manifest.shards.length === 1 ? 'shard' : 'shards'}, index ${kib(manifest.index.bytes)}, ${kib(bytes)} in all` +
      `${failures.length ? `; ${failures.length} file(s) skipped` : ''}`,
  );
  log(
    `ingest: done in ${secs(Date.now() - started)}, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  return 0;
}

/**
 * When the corpus was built: SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds
 * read it, so that two builds of the same inputs are byte-identical; otherwise now. The
 * manifest is the only file that records it.
 */
function buildTime(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(
    Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now(),
  ).toISOString();
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** ", 41 files/s, 2 min 10 s left" once a second has passed. */
function progress(done: number, total: number, started: number): string {
  const ms = Date.now() - started;
  if (ms < 1000 || done >= total) return '';
  const rate = done / (ms / 1000);
  const left = (total - done) / rate;
  const eta =
    left >= 90 ? `${Math.floor(left / 60)} min ${Math.round(left % 60)} s` : `${Math.round(left)} s`;
  return ` — ${rate.toFixed(rate < 10 ? 1 : 0)} files/s, ${eta} left`;
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

function rmQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    /* nothing to remove */
  }
}

/** Removes content-named corpus files (index head and parts, catalogue, shards) that `keep` does not list. */
function removeUnlisted(out: string, keep: ReadonlySet<string>): void {
  const named = /^(index|[pt]?\d+)\.[0-9a-f]{16}\.json$/;
  for (const dir of ['', 'index', 'shards', 'stories']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(out, dir));
    } catch {
      continue;
    }
    for (const n of names) {
      const rel = dir ? `${dir}/${n}` : n;
      if (named.test(n) && !keep.has(rel)) rmQuietly(join(out, rel));
    }
  }
}

/** The CLI's own code and the name-tagger model: a change to either rebuilds the corpus. */
function ownCodeHash(): string {
  try {
    return createHash('sha256')
      .update(readFileSync(fileURLToPath(import.meta.url)))
      .update(readFileSync(nerModelPath()))
      .digest('hex');
  } catch {
    return 'unknown';
  }
}

/**
 * The stories and articles of the corpus in `out` when the same code built it and every
 * shard is whole: their links can be reused for stories whose articles did not change.
 */
function previousBuild(out: string, code: string): Pick<CorpusBundle, 'articles' | 'stories'> | undefined {
  try {
    const m = parseManifest(readFileSync(join(out, 'manifest.json'), 'utf8'));
    if (m.code !== code) return undefined;
    // Written by this same code and hashing to their names: read without a schema pass, which
    // at 100,000 articles would cost minutes.
    const shards = [...m.shards, ...(m.shardParts ?? [])].map((f) => {
      const text = wholeText(join(out, f.file));
      if (text === null) throw new Error('damaged');
      return JSON.parse(text) as Pick<CorpusBundle, 'articles' | 'stories'>;
    });
    return { articles: shards.flatMap((s) => s.articles), stories: shards.flatMap((s) => s.stories) };
  } catch {
    return undefined;
  }
}

/**
 * The inputs hash of the corpus in `target`'s folder, if its manifest is valid and every file
 * it and the index head name hashes to its name: a damaged file makes `--if-changed` rebuild.
 */
function previousHash(target: string): string | null {
  try {
    const m = parseManifest(readFileSync(target, 'utf8'));
    const head = parseIndexFile(readFileSync(join(dirname(target), m.index.file), 'utf8')).wordIndex;
    const names = [
      m.index,
      ...m.catalogue,
      ...m.shards,
      ...(m.shardParts ?? []),
      ...head.postingParts,
      ...head.typoParts,
    ].map((f) => f.file);
    const whole = names.every((n) => isWhole(join(dirname(target), n)));
    return whole ? m.inputsHash : null;
  } catch {
    return null;
  }
}
