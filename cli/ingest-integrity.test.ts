// `parallax ingest` against damage: files cut short under their real names, a run killed
// while writing, a full disk, a read-only folder, a loop of links, and the same inputs built
// twice. Real processes, real files; the disk cases mount a small tmpfs where the machine allows.
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, parallax, readCorpusDir, SEEDS } from './testing';
import { isWhole } from './write-corpus';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `parallax-${name}-`));

/** Every file of a corpus folder, by relative name. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else out.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
  };
  walk(dir);
  return out;
}

/**
 * A corpus is whole when every file its manifest names hashes to its name and reads back;
 * `temporaries` says whether a killed run's temporaries may still be there.
 */
function expectWhole(out: string, temporaries = false) {
  const corpus = readCorpusDir(out);
  const m = corpus.manifest;
  for (const f of [m.index, ...m.catalogue, ...m.shards])
    expect(isWhole(join(out, f.file)), f.file).toBe(true);
  if (!temporaries) expect([...filesOf(out).keys()].filter((n) => n.endsWith('.tmp'))).toEqual([]);
  return corpus;
}

/** Six article files: the seeds, three times each, under their own names. */
function sixArticles(): string {
  const dir = fresh('six');
  for (const n of [1, 2, 3])
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, `${n}-${f}`));
  return dir;
}

describe('ingest never trusts a damaged file', () => {
  it('rebuilds a corpus whose shard was cut short under its real name, as --if-changed is asked to', () => {
    const out = fresh('damaged');
    expect(parallax(['ingest', SEEDS, '--out', out]).status).toBe(0);
    const shard = join(out, readCorpusDir(out).manifest.shards[0]!.file);
    const whole = readFileSync(shard, 'utf8');
    writeFileSync(shard, whole.slice(0, whole.length / 2)); // what a full disk left before
    writeFileSync(`${shard}.999999.tmp`, whole.slice(0, 10)); // and a temporary of a dead run

    // the app's advice is `npm run corpus`, which is ingest --if-changed
    const r = parallax(['ingest', SEEDS, '--out', out, '--if-changed']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/up to date/);
    expect(r.stderr).toMatch(/rewrote 1 damaged file/);
    expect(r.stderr).toMatch(/removed 1 temporary file/);
    expect(readFileSync(shard, 'utf8')).toBe(whole);
    expectWhole(out);
    expect(parallax(['ingest', SEEDS, '--out', out, '--if-changed']).stdout).toMatch(/up to date/);
  });

  it('a run killed while writing leaves the folder so that the next run builds a valid corpus', async () => {
    const input = sixArticles();
    const out = fresh('killed');
    expect(parallax(['ingest', SEEDS, '--out', out]).status).toBe(0);
    // its own process group: `kill -9` reaches the command and the ingest it runs with a larger heap
    const child = spawn(process.execPath, [BIN, 'ingest', input, '--out', out], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let seen = '';
    await new Promise<void>((done) => {
      child.stderr.on('data', (d: Buffer) => {
        seen += d.toString();
        if (/ingest: writing/.test(seen) && child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
      });
      child.on('exit', () => done());
    });
    expect(seen).toMatch(/ingest: writing/);
    // whatever the kill left, the previous corpus or the new one is whole
    const after = expectWhole(out, true); // the rerun clears the temporaries
    expect([2, 6]).toContain(after.articles.length);
    const r = parallax(['ingest', input, '--out', out, '--if-changed']);
    expect(r.status, r.stderr).toBe(0);
    expect(expectWhole(out).articles).toHaveLength(6);
  }, 60_000);

  it('the same inputs give byte-identical corpus files, with no path of the builder in them', () => {
    const input = sixArticles();
    const [a, b] = [fresh('same-a'), fresh('same-b')];
    const epoch = { SOURCE_DATE_EPOCH: '1767225600' };
    // given as a relative path that climbs out of the working folder
    const cwd = fresh('cwd');
    const rel = relative(cwd, input);
    expect(rel.startsWith('..')).toBe(true);
    expect(parallax(['ingest', rel, '--out', a], '', cwd, epoch).status).toBe(0);
    expect(parallax(['ingest', input, '--out', b], '', process.cwd(), epoch).status).toBe(0);
    const [fa, fb] = [filesOf(a), filesOf(b)];
    expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
    for (const [name, text] of fa) expect(fb.get(name), name).toBe(text);
    expect(JSON.parse(fa.get('manifest.json')!).builtAt).toBe('2026-01-01T00:00:00.000Z');
    const files = expectWhole(a).articles.map((x) => x.source.file);
    expect(files.every((f) => !f.includes('..') && !f.startsWith('/'))).toBe(true);
    expect(files).toContain('1-000_603a60e8229c8bdb.txt');
  });

  it('walks a loop of folder links once and says so', () => {
    const dir = fresh('loop');
    copyFileSync(join(SEEDS, '000_603a60e8229c8bdb.txt'), join(dir, 'a.txt'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(SEEDS, '003_1a1a1ac63ae0f7f4.txt'), join(dir, 'sub', 'b.txt'));
    symlinkSync(dir, join(dir, 'sub', 'back'));
    const out = fresh('loop-out');
    const r = parallax(['ingest', dir, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/back: a link to a folder already read; skipped/);
    expect(readCorpusDir(out).articles).toHaveLength(2);
  });
});

// A real full disk and a real read-only folder need a mount: root on Linux.
const mounts: string[] = [];
function mountTmpfs(options: string): string | null {
  const dir = fresh('mnt');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return dir;
  } catch {
    return null;
  }
}
const canMount = (() => {
  const d = mountTmpfs('size=64k');
  return d !== null;
})();
afterAll(() => {
  for (const d of mounts.reverse()) {
    try {
      execFileSync('umount', [d], { stdio: 'ignore' });
      rmSync(d, { recursive: true, force: true });
    } catch {
      /* left for the system's tmp cleaning */
    }
  }
});

describe.skipIf(!canMount)(
  'ingest on a real small disk (needs mount: runs as root; skipped otherwise)',
  () => {
    it('a full disk keeps the previous corpus whole and leaves no temporary', () => {
      const disk = mountTmpfs('size=200k')!;
      expect(parallax(['ingest', SEEDS, '--out', disk]).status).toBe(0);
      const before = filesOf(disk);
      const r = parallax(['ingest', sixArticles(), '--out', disk]);
      // six articles do not fit beside the two: the write fails and says why
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/the disk is full\. The previous corpus, if any, is unchanged/);
      expect(filesOf(disk)).toEqual(before);
      expect(expectWhole(disk).articles).toHaveLength(2);
    });

    it('a read-only folder is named as read-only, not as missing', () => {
      const ro = mountTmpfs('size=64k,ro')!;
      const r = parallax(['ingest', SEEDS, '--out', ro]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/permission denied \(the folder is read-only\)/);
      expect(r.stderr).not.toMatch(/ENOENT/);
    });
  },
);
