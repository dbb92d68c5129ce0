// `parallax ingest` reuses what did not change: each file's analysis from the cache, each
// unchanged story's links from the previous build; and the result is the same corpus a
// fresh build makes. Real processes and files; the cache in its own temporary folder.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parallax, readCorpusDir, SEEDS } from './testing';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `parallax-${name}-`));
const contentFiles = (dir: string) => {
  const m = readCorpusDir(dir).manifest;
  return Object.fromEntries(
    [m.index, ...m.catalogue, ...m.shards].map((f) => [f.file, readFileSync(join(dir, f.file), 'utf8')]),
  );
};

describe('ingest reuses what did not change', () => {
  it('analyses only the file added, and builds the corpus a fresh build makes', () => {
    const input = fresh('cache-in');
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(input, f));
    const [out, cache] = [fresh('cache-out'), fresh('cache')];
    const first = parallax(['ingest', input, '--out', out, '--cache', cache, '--jobs', '2']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/\(2 now, 0 from the cache\)/);

    // a third article, written here: a different story
    writeFileSync(
      join(input, 'harbour.txt'),
      'Storm closes the harbour at Port Elin\n\nThe harbour at Port Elin was closed on Tuesday after a storm tore two mooring posts loose, the port authority said. Ferries to the islands were cancelled until Thursday.\n',
    );
    const again = parallax(['ingest', input, '--out', out, '--cache', cache, '--jobs', '2']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/\(1 now, 2 from the cache\)/);
    expect(again.stderr).toMatch(/000_603a60e8229c8bdb\.txt: "[^"]*" \(cached\)/);

    const scratch = fresh('cache-fresh');
    expect(parallax(['ingest', input, '--out', scratch, '--no-cache', '--jobs', '1']).status).toBe(0);
    expect(contentFiles(out)).toEqual(contentFiles(scratch));
    expect(readCorpusDir(out).stories).toHaveLength(2);
  });

  it('a damaged cache entry is analysed again, not trusted', () => {
    const [out, cache] = [fresh('cache-damaged-out'), fresh('cache-damaged')];
    expect(parallax(['ingest', SEEDS, '--out', out, '--cache', cache]).status).toBe(0);
    // valid JSON of the wrong shape: only the schema check can tell it is not an analysis
    for (const f of readdirSync(cache))
      writeFileSync(join(cache, f), JSON.stringify({ records: [{ id: 1 }], title: 'x', note: null }));
    const r = parallax(['ingest', SEEDS, '--out', fresh('cache-damaged-out2'), '--cache', cache]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\(2 now, 0 from the cache\)/);
  });

  it("run outside a project, caches in the user's cache folder and creates no node_modules", () => {
    const [cwd, xdg] = [fresh('stranger'), fresh('xdg')];
    const r = parallax(['ingest', SEEDS, '--out', join(cwd, 'out')], '', cwd, { XDG_CACHE_HOME: xdg });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual(['out']);
    expect(readdirSync(join(xdg, 'parallax', 'ingest'))).toHaveLength(2);
  });
});
