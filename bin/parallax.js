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
await import(pathToFileURL(bundle).href);
