// Bundles a TypeScript bench entry (which imports the real sources) into node_modules/.cache,
// for the bench runners. Returns the bundle's path.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundle(entry, name) {
  const out = join(root, 'node_modules', '.cache', 'parallax-bench', name);
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [join(root, 'bench', entry)],
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
  return out;
}
