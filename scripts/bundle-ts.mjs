// Bundles a TypeScript entry of the repository (which imports the real sources) with esbuild
// into node_modules/.cache, for the scripts and benches that Node 20 cannot run as .ts, and
// runs such a bundle. Packages stay external and resolve from the project root.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` relative to the project root; `out` relative to node_modules/.cache. Returns the bundle's path. */
export async function bundleTs(entry, out) {
  const file = join(root, 'node_modules', '.cache', out);
  mkdirSync(dirname(file), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    nodePaths: [join(root, 'node_modules')],
  });
  return file;
}

/** Bundles `entry` and runs it with this process's arguments; exits with its status. */
export async function runTs(entry, out, nodeArgs = []) {
  const file = await bundleTs(entry, out);
  const r = spawnSync(process.execPath, [...nodeArgs, file, ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: root,
  });
  process.exit(r.status ?? 1);
}
