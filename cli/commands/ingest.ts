/**
 * `parallax ingest PATH… [--out DIR] [--if-changed]`: reads article files, extracts them,
 * groups stories, builds the search index and writes the corpus files into DIR
 * (src/schema/corpus-files.ts). Content-named files are written first and the manifest last,
 * through a temporary file and a rename: a failed write never leaves a manifest pointing at
 * missing files, and the previous corpus stays readable until the new manifest lands.
 * Files no manifest names any more are removed afterwards.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleCorpus, type SourceArticle } from '../../src/corpus/assemble-corpus';
import { splitCorpus } from '../../src/corpus/split-corpus';
import { parseManifest, validateCorpus } from '../../src/schema/validate';
import { bundledNerModel, nerModelPath } from '../ner-model';
import { findArticleFiles, inputsHash, readArticleFile } from '../read-articles';

export interface IngestOptions {
  readonly paths: readonly string[];
  readonly out: string;
  readonly ifChanged: boolean;
  readonly strict: boolean;
  readonly generator: string;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

export function runIngest(o: IngestOptions): number {
  const cwd = process.cwd();
  const { files, problems } = findArticleFiles(o.paths, cwd);
  for (const p of problems) log(`ingest: ${p}`);
  if (!files.length) {
    log('ingest: no article files (.txt, .html, .json) found in the given paths');
    return 1;
  }
  const target = join(o.out, 'manifest.json');
  // The code that builds the corpus is one of its inputs: a new extractor rebuilds it.
  const hash = inputsHash(files, `${o.generator}\0${ownCodeHash()}`);
  if (o.ifChanged && previousHash(target) === hash) {
    console.log(`ingest: ${target} is up to date (${files.length} files unchanged)`);
    return 0;
  }

  const sources: SourceArticle[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  files.forEach((f, i) => {
    try {
      for (const a of readArticleFile(f)) {
        let id = a.id;
        for (let n = 2; seen.has(id); n++) id = `${a.id}-${n}`;
        seen.add(id);
        sources.push({ ...a, id });
        const x = a.extracted;
        log(
          `ingest: [${i + 1}/${files.length}] ${f.rel}: "${x.title.slice(0, 60)}", ${x.paragraphs.length} paragraphs, ${x.removed.length} pieces of furniture removed`,
        );
      }
    } catch (e) {
      failures.push(`${f.rel}: ${(e as Error).message}`);
      log(`ingest: [${i + 1}/${files.length}] ${f.rel}: SKIPPED — ${(e as Error).message}`);
    }
  });
  if (!sources.length) {
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

  const bundle = validateCorpus(
    assembleCorpus(
      sources,
      { generator: o.generator, inputsHash: hash, builtAt: new Date().toISOString() },
      bundledNerModel(),
    ),
  );
  const { manifest, files: parts } = splitCorpus(bundle);
  const written: string[] = [];
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    for (const f of parts) {
      const path = join(o.out, f.name);
      if (existsSync(path)) continue; // named by content: already there
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text);
      written.push(path);
    }
    writeFileSync(tmp, JSON.stringify(manifest));
    renameSync(tmp, target);
  } catch (e) {
    for (const path of [tmp, ...written]) rmQuietly(path);
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOSPC'
        ? 'the disk is full'
        : err.code === 'EACCES' || err.code === 'EPERM'
          ? 'permission denied'
          : err.message;
    log(`ingest: could not write ${target}: ${why}. The previous corpus, if any, is unchanged.`);
    return 1;
  }
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
  return 0;
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

function rmQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    /* nothing to remove */
  }
}

/** Removes content-named corpus files (index, catalogue, shards) that `keep` does not list. */
function removeUnlisted(out: string, keep: ReadonlySet<string>): void {
  const named = /^(index|\d+)\.[0-9a-f]{16}\.json$/;
  for (const dir of ['', 'shards', 'stories']) {
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

/** The inputs hash of the corpus in `target`'s folder, if its manifest is valid and its files are whole. */
function previousHash(target: string): string | null {
  try {
    const m = parseManifest(readFileSync(target, 'utf8'));
    const names = [m.index, ...m.catalogue, ...m.shards].map((f) => f.file);
    const whole = names.every((n) => existsSync(join(dirname(target), n)));
    return whole ? m.inputsHash : null;
  } catch {
    return null;
  }
}
