/**
 * `parallax ingest PATH… [--out DIR] [--if-changed]`: reads article files, extracts them,
 * groups stories, builds the search index and writes DIR/corpus.json (validated, written
 * to a temporary file and renamed, so a failed write never leaves half a corpus behind).
 */

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleCorpus, type SourceArticle } from '../../src/corpus/assemble-corpus';
import { validateCorpus } from '../../src/schema/validate';
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
  const target = join(o.out, 'corpus.json');
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
  if (failures.length && o.strict) {
    log(`ingest: ${failures.length} file(s) could not be read; nothing written (--strict)`);
    return 1;
  }

  const bundle = validateCorpus(
    assembleCorpus(sources, { generator: o.generator, inputsHash: hash, builtAt: new Date().toISOString() }),
  );
  const json = JSON.stringify(bundle);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(o.out, { recursive: true });
    writeFileSync(tmp, json);
    renameSync(tmp, target);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* nothing was written */
    }
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
  const stories = bundle.stories.length;
  console.log(
    `ingest: wrote ${target}: ${bundle.articles.length} articles in ${stories} ${stories === 1 ? 'story' : 'stories'}, ` +
      `${(json.length / 1024).toFixed(0)} KiB${failures.length ? `; ${failures.length} file(s) skipped` : ''}`,
  );
  return 0;
}

function ownCodeHash(): string {
  try {
    return createHash('sha256')
      .update(readFileSync(fileURLToPath(import.meta.url)))
      .digest('hex');
  } catch {
    return 'unknown';
  }
}

function previousHash(target: string): string | null {
  try {
    const m = /"inputsHash":"([0-9a-f]+)"/.exec(readFileSync(target, 'utf8').slice(0, 4096));
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}
