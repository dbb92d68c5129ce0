// `npm run bench`: bundles bench/main.ts (TypeScript, imports the real core) and runs it, then the
// browser benchmark of the comparison reader (bench/story-view.mjs) unless `--no-browser` is given.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'parallax-bench', 'main.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'bench', 'main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // Bundled into node_modules/.cache, so let it resolve packages from the project root.
  nodePaths: [join(root, 'node_modules')],
});
process.chdir(root);
await import(pathToFileURL(out).href);

if (!process.argv.includes('--no-browser')) {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'story-view.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
