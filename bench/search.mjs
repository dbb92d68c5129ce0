// `npm run bench:search -- --articles N [--no-browser]` or `-- --corpus DIR`: bundles
// bench/search.ts (TypeScript, imports the real search engine) and runs it with the garbage
// collector exposed, for the heap figures; before it, for a generated corpus, the app itself at
// N articles in Chromium (bench/search-app.mjs). With --corpus, the engines run over a corpus
// `parallax ingest` wrote (a real one: see the README), without the browser part.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundle, root } from './bundle.mjs';

const args = process.argv.slice(2).filter((a) => a !== '--no-browser');
const out = await bundle('search.ts', 'search.mjs');
const run = (file) =>
  spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', file, ...args], {
    cwd: root,
    stdio: 'inherit',
  }).status ?? 1;
// The app first: the engines' table ends with the `search@N:` line, which stays the last.
const app =
  process.argv.includes('--no-browser') || process.argv.includes('--corpus')
    ? 0
    : run(join(root, 'bench', 'search-app.mjs'));
process.exit(run(out) || app);
