// Bundles and runs scripts/update-fixtures.ts (TypeScript importing the core) with esbuild.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'parallax-fixtures', 'update-fixtures.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts/update-fixtures.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  nodePaths: [join(root, 'node_modules')],
});
process.exit(spawnSync(process.execPath, [out], { stdio: 'inherit', cwd: root }).status ?? 1);
