// `npm run bench`: bundles bench/main.ts (TypeScript, imports the real core) and runs it, then
// the comparison reader's browser bench (bench/story-view.mjs) unless --no-browser is given.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, root } from './bundle.mjs';

const out = await bundle('main.ts', 'main.mjs');
process.chdir(root);
await import(pathToFileURL(out).href);

if (!process.argv.includes('--no-browser')) {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'story-view.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
