// `npm test`: every suite in one go — type check, lint, dead code (knip), unit + CLI tests (Vitest), and the
// browser end-to-end tests (Playwright, after getting a browser and building the app).
// Ends with one plain line "N passed, N failed" over all suites; exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const reports = '.test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const only = process.argv.slice(2);
const want = (name) => !only.length || only.includes(name);

let passed = 0;
let failed = 0;
const rows = [];
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const bin = (name) => join('node_modules', '.bin', name);

function step(name, fn) {
  if (!want(name)) return;
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const [p, f] = fn();
  passed += p;
  failed += f;
  rows.push([name, p, f, ((Date.now() - t0) / 1000).toFixed(1)]);
}

const one = (status) => (status === 0 ? [1, 0] : [0, 1]);
function counts(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

step('typecheck', () => {
  const a = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  const b = run(bin('tsc'), ['--noEmit', '-p', 'src/core/tsconfig.json']);
  return [(a === 0) + (b === 0), (a !== 0) + (b !== 0)];
});
step('lint', () => one(run(bin('biome'), ['check', '.'])));
// Dead code: files, exports and dependencies nothing uses (knip.json says what the entries are).
step('dead-code', () => one(run(bin('knip'), ['--no-progress'])));
step('unit', () => {
  const out = join(reports, 'vitest.json');
  const status = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const c = counts(out, (j) => [j.numPassedTests, j.numFailedTests + (j.numTotalTests ? 0 : 1)]);
  return c ? [c[0], c[1] + (status !== 0 && c[1] === 0 ? 1 : 0)] : [0, 1];
});
step('e2e', () => {
  if (run('bash', ['scripts/ensure-browser.sh']) !== 0) return [0, 1];
  if (run('npm', ['run', 'build', '--silent']) !== 0) return [0, 1];
  const out = join(reports, 'playwright.json');
  const status = run(bin('playwright'), ['test'], { PW_JSON: out });
  const c = counts(out, (j) => [
    j.stats.expected + j.stats.flaky,
    j.stats.unexpected + (j.stats.skipped ? j.stats.skipped : 0),
  ]);
  return c ? [c[0], c[1] + (status !== 0 && c[1] === 0 ? 1 : 0)] : [0, 1];
});

console.log('\nsuite       passed  failed  seconds');
for (const [n, p, f, s] of rows)
  console.log(`${n.padEnd(11)} ${String(p).padStart(6)}  ${String(f).padStart(6)}  ${s.padStart(7)}`);
const line = `${passed} passed, ${failed} failed`;
writeFileSync(join(reports, 'totals.txt'), `${line}\n`);
console.log(line);
process.exit(failed ? 1 : 0);
