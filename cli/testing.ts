/** What the CLI's tests share: the real `parallax` bin spawned as a user runs it, and a corpus read back. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  mergeParts,
  parseCatalogue,
  parseIndexFile,
  parseIndexPart,
  parseManifest,
} from '../src/schema/read-files';
import { parseShard } from '../src/schema/validate';

export const BIN = join(__dirname, '..', 'bin', 'parallax.js');
export const SEEDS = join(__dirname, '..', 'corpus', 'articles');

export function parallax(args: string[], input = '', cwd = process.cwd(), env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Reads back every file `parallax ingest` wrote, through the reader's own validators. */
export function readCorpusDir(out: string) {
  const manifest = parseManifest(readFileSync(join(out, 'manifest.json'), 'utf8'));
  const read = (file: string) => parseShard(readFileSync(join(out, file), 'utf8'));
  const shards = manifest.shards.map((s) => {
    const shard = read(s.file);
    return mergeParts(
      shard,
      Object.values(shard.parts ?? {})
        .flat()
        .map(read),
    );
  });
  const index = parseIndexFile(readFileSync(join(out, manifest.index.file), 'utf8'));
  const w = index.wordIndex;
  return {
    manifest,
    articles: shards.flatMap((s) => s.articles),
    stories: shards.flatMap((s) => s.stories),
    index,
    indexParts: [...w.postingParts, ...w.typoParts].map((ref) => ({
      ref,
      part: parseIndexPart(readFileSync(join(out, ref.file), 'utf8'), ref),
    })),
    catalogue: manifest.catalogue.flatMap((c) => parseCatalogue(readFileSync(join(out, c.file), 'utf8'))),
  };
}
