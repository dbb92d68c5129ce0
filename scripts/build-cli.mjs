// Bundles the `parallax` CLI (TypeScript in cli/ and src/) into dist-cli/parallax.mjs, which
// bin/parallax.js runs. Node 20 cannot run .ts itself; npm's `prepare` runs this on install.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export async function buildCli() {
  const result = await build({
    entryPoints: [join(root, 'cli/entry.ts')],
    outfile: join(root, 'dist-cli/parallax.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
    define: { __PARALLAX_VERSION__: JSON.stringify(pkg.version) },
  });
  const out = Object.keys(result.metafile.outputs).find((f) => f.endsWith('.mjs'));
  return createHash('sha256')
    .update(readFileSync(join(root, out)))
    .digest('hex')
    .slice(0, 12);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hash = await buildCli();
  process.stderr.write(`built dist-cli/parallax.mjs (${hash})\n`);
}
