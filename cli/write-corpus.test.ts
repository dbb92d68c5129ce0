// The corpus writer with a file system that fails on purpose: a full disk is an error
// thrown by a write, the same path the real one takes (ingest-integrity.test.ts runs a real
// full disk where the machine allows it).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../src/corpus/build/split-corpus';
import { isWhole, removeStaleTemps, type WriteIo, writeAtomic, writeCorpus } from './write-corpus';

const named = (stem: string, text: string) => ({ name: `${stem}.${contentHash(text)}.json`, text });
const fresh = () => mkdtempSync(join(tmpdir(), 'parallax-writer-'));

/** The real file system, but a write fails with ENOSPC once `room` bytes have gone out. */
function diskWithRoom(room: number): WriteIo {
  let left = room;
  return {
    ...fs,
    writeSync: ((fd: number, buf: Buffer, off: number, len: number) => {
      if (len > left) {
        if (left > 0) fs.writeSync(fd, buf, off, left); // a short write first, as a full disk does
        left = 0;
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      left -= len;
      return fs.writeSync(fd, buf, off, len);
    }) as WriteIo['writeSync'],
  };
}

describe('writeAtomic', () => {
  it('leaves neither a short file nor a temporary when the disk fills up', () => {
    const dir = fresh();
    const path = join(dir, 'shards', '0.json');
    expect(() => writeAtomic(path, 'x'.repeat(10_000), diskWithRoom(4_000))).toThrow(/ENOSPC/);
    expect(readdirSync(join(dir, 'shards'))).toEqual([]);
  });

  it('replaces a file whole', () => {
    const dir = fresh();
    const path = join(dir, 'manifest.json');
    writeFileSync(path, 'old');
    writeAtomic(path, 'new and longer');
    expect(readFileSync(path, 'utf8')).toBe('new and longer');
    expect(readdirSync(dir)).toEqual(['manifest.json']);
  });
});

describe('isWhole', () => {
  it('trusts a content-named file only when its bytes hash to its name', () => {
    const dir = fresh();
    const f = named('shards/0', JSON.stringify({ words: 'Лукашенко said “more than once”' }));
    fs.mkdirSync(join(dir, 'shards'));
    writeFileSync(join(dir, f.name), f.text);
    expect(isWhole(join(dir, f.name))).toBe(true);
    writeFileSync(join(dir, f.name), f.text.slice(0, 20)); // truncated, as a killed write leaves it
    expect(isWhole(join(dir, f.name))).toBe(false);
    expect(isWhole(join(dir, 'shards', 'missing.0123456789abcdef.json'))).toBe(false);
    expect(isWhole(join(dir, 'manifest.json'))).toBe(false);
  });
});

describe('writeCorpus', () => {
  const files = [named('shards/0', '{"a":1}'), named('shards/1', '{"b":2}'), named('index', '{"i":3}')];

  it('rewrites a damaged file that carries a real name, and keeps the whole ones', () => {
    const dir = fresh();
    writeCorpus(dir, files, '{"m":1}');
    const damaged = join(dir, files[1]!.name);
    writeFileSync(damaged, '{"b"');
    const before = fs.statSync(join(dir, files[0]!.name)).mtimeMs;
    const r = writeCorpus(dir, files, '{"m":1}');
    expect(r).toEqual({ written: 1, repaired: 1 });
    expect(readFileSync(damaged, 'utf8')).toBe('{"b":2}');
    expect(fs.statSync(join(dir, files[0]!.name)).mtimeMs).toBe(before);
  });

  it('on a full disk keeps the previous manifest and removes what it wrote', () => {
    const dir = fresh();
    writeCorpus(dir, files.slice(0, 1), '{"old":true}');
    const next = [named('shards/0', '{"c":"new"}'), named('index', `{"big":"${'x'.repeat(5_000)}"}`)];
    expect(() => writeCorpus(dir, next, '{"new":true}', diskWithRoom(100))).toThrow(/ENOSPC/);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe('{"old":true}');
    expect(isWhole(join(dir, files[0]!.name))).toBe(true);
    expect(fs.existsSync(join(dir, next[0]!.name))).toBe(false);
    expect(readdirSync(join(dir, 'shards'))).toEqual([files[0]!.name.slice('shards/'.length)]);
  });
});

describe('removeStaleTemps', () => {
  it('removes the temporaries of runs that are over and keeps those of a running one', () => {
    const dir = fresh();
    fs.mkdirSync(join(dir, 'shards'));
    const over = deadPid();
    writeFileSync(join(dir, 'shards', `0.0123456789abcdef.json.${over}.tmp`), '{"half');
    writeFileSync(join(dir, `manifest.json.${over}.tmp`), '{');
    const running = join(dir, `manifest.json.${process.ppid}.tmp`);
    writeFileSync(running, '{');
    expect(removeStaleTemps(dir)).toBe(2);
    expect(readdirSync(join(dir, 'shards'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['shards', `manifest.json.${process.ppid}.tmp`].sort());
  });
});

describe('removeStaleTemps and a zombie', () => {
  it('takes a writer that was killed but not yet reaped for a run that is over', async () => {
    // `sh` starts `sleep 0` and becomes `sleep 2`, which never reaps it: a zombie for 2 s
    const sh = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 2'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const pid = await new Promise<number>((done) =>
      sh.stdout.once('data', (d: Buffer) => done(Number(String(d)))),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(readFileSync(`/proc/${pid}/stat`, 'utf8')).toMatch(/\) Z /);
    const dir = fresh();
    writeFileSync(join(dir, `manifest.json.${pid}.tmp`), '{');
    expect(removeStaleTemps(dir)).toBe(1);
    sh.kill();
  });
});

/** The id of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}
