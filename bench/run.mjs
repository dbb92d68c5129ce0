// `npm run bench`: bundles bench/main.ts (TypeScript, imports the real core) and runs it, then
// the story grouping bench (bench/group.ts; `--quick` stops at 10,000 articles), then the comparison reader's browser bench (bench/story-view.mjs) and adding the reader's own articles (bench/import-view.mjs; `--quick` skips its 5,000-article library) unless --no-browser is given.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, root } from './bundle.mjs';

const out = await bundle('main.ts', 'main.mjs');
process.chdir(root);
await import(pathToFileURL(out).href);

// Grouping 100,000 articles needs more heap than Node's default: its own process.
const group = await bundle('group.ts', 'group.mjs');
const g = spawnSync(process.execPath, ['--max-old-space-size=8192', group, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (g.status !== 0) process.exitCode = g.status ?? 1;

if (!process.argv.includes('--no-browser')) {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'story-view.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
  const i = spawnSync(process.execPath, [join(root, 'bench', 'import-view.mjs'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (i.status !== 0) process.exitCode = i.status ?? 1;
}
