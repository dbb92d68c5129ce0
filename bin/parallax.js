#!/usr/bin/env node
// Entry of the `parallax` command. Runs the bundled CLI; if the bundle is missing or older
// than its sources (a fresh clone where `npm install` skipped scripts, or a source edit),
// builds it first so `node bin/parallax.js …` always works.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'parallax.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(bundle) ||
  (existsSync(join(root, 'cli')) &&
    Math.max(newestSource(join(root, 'cli')), newestSource(join(root, 'src'))) > statSync(bundle).mtimeMs);
if (stale) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href);
  await buildCli();
}
// Ingest holds a whole corpus in memory (100,000 articles with their links need more than
// Node's default heap of about 4 GB): it runs in a child with a heap of three quarters of the
// machine's memory, unless the caller chose a heap size.
const wantsHeap =
  process.argv[2] === 'ingest' &&
  !process.env.PARALLAX_CHILD &&
  ![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('max-old-space-size'));
if (wantsHeap) {
  const { spawn } = await import('node:child_process');
  const { totalmem } = await import('node:os');
  const heap = Math.max(4096, Math.floor((totalmem() / 1048576) * 0.75));
  const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, bundle, ...process.argv.slice(2)], {
    // an IPC channel only so that the child notices when this process is gone (kill -9)
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, PARALLAX_CHILD: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
} else await import(pathToFileURL(bundle).href);
