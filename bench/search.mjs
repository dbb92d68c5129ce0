// `npm run bench:search -- --articles N`: bundles bench/search.ts (TypeScript, imports the real
// search engine) and runs it with the garbage collector exposed, for the heap figures.
import { spawnSync } from 'node:child_process';
import { bundle, root } from './bundle.mjs';

const out = await bundle('search.ts', 'search.mjs');
const r = spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=8192', out, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
