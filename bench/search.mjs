// `npm run bench:search -- --articles N`: bundles bench/search.ts (TypeScript, imports the real
// search engine) and runs it with the garbage collector exposed, for the heap figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'parallax-bench', 'search.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'bench', 'search.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  nodePaths: [join(root, 'node_modules')],
});
const r = spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=8192', out, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
