// `npm run train:ner -- --data PATH …`: bundles the trainer (TypeScript, importing the core's
// own tokenizer, features and decoder) with esbuild and runs it. See scripts/train-ner/main.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'parallax-train', 'train-ner.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts/train-ner/main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  nodePaths: [join(root, 'node_modules')],
});
const r = spawnSync(process.execPath, ['--max-old-space-size=8192', out, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(r.status ?? 1);
