// `npm run bench`: bundles bench/main.ts (TypeScript, imports the real core) and runs it.
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
