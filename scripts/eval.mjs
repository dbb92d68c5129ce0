// `npm run eval`: scores the CLI with the evaluation harnesses, when they are available
// beside the checkout (PARALLAX_EVALS, or an `evals/` folder in the parent's `shared/`).
// Prints each harness's summary line and one table. The harnesses and their data are not
// part of this repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

mkdirSync('.test-reports', { recursive: true });
// Golden fixtures first: the analysis core's hand-checked cases (seeds and written texts).
const golden = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    'src/core',
    '--reporter=json',
    '--outputFile.json=.test-reports/golden.json',
  ],
  { encoding: 'utf8' },
);
let goldenLine = `golden: vitest exited ${golden.status}`;
try {
  const j = JSON.parse(readFileSync('.test-reports/golden.json', 'utf8'));
  goldenLine = `golden: ${j.numPassedTests} passed, ${j.numFailedTests} failed (src/core unit and fixture tests)`;
} catch {
  /* keep the exit status line */
}
console.log(goldenLine);

const evals = process.env.PARALLAX_EVALS ?? resolve('..', 'shared', 'evals');
if (!existsSync(evals)) {
  console.log(`eval: no evaluation harnesses at ${evals} (set PARALLAX_EVALS); only the golden fixtures ran`);
  process.exit(golden.status ?? 1);
}
const cli = 'node bin/parallax.js';
const runs = [
  ['seeds', 'seeds/check-seeds.mjs', ['--cmd-prefix', cli, '--cwd', '.'], /^seeds: \d+ passed/],
  [
    'boilerplate',
    'boilerplate/eval-extract.mjs',
    ['--cmd', `${cli} extract --jsonl`, '--cwd', '.', '--bootstrap', '0'],
    /^extract: F1/,
  ],
  ['quotes', 'quotes/eval-quotes.mjs', ['--cmd', `${cli} quotes --jsonl`, '--cwd', '.'], /^quotes: F1/],
  ['ner', 'ner/eval-conll.mjs', ['--cmd', `${cli} entities --jsonl`, '--view', 'body'], /micro3/],
  ['compare', 'compare/eval-compare.mjs', ['--cmd', `${cli} compare --jsonl`, '--cwd', '.'], /^compare: /],
  ['cluster', 'cluster/eval-cluster.mjs', ['--cmd', `${cli} cluster --jsonl`, '--cwd', '.'], /^cluster: /],
];
const rows = [['golden', goldenLine]];
for (const [name, script, args, summaryLine] of runs) {
  const r = spawnSync(process.execPath, [join(evals, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const out = `${r.stdout}${r.stderr}`;
  process.stdout.write(out);
  const summary = out.split('\n').find((l) => summaryLine.test(l)) ?? `(no summary line; exit ${r.status})`;
  rows.push([name, summary]);
}
// "Where they differ": claim groups against the hand-annotated gold set in evals/claims.
{
  const r = spawnSync(process.execPath, ['scripts/eval-claims.mjs'], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  const line = r.stdout.split('\n').find((l) => l.startsWith('claims:')) ?? `(exit ${r.status})`;
  rows.push(['claims', line]);
}
// Our own speaker measure (resolved names against the gold mentions; see the script's header).
const devQuotes = join(process.env.PARALLAX_DEV_DATA ?? resolve('..', 'shared', 'dev-data'), 'quotes');
if (existsSync(devQuotes)) {
  const r = spawnSync(process.execPath, ['scripts/eval-speaker-names.mjs', devQuotes], { encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith('speaker-names:')) ?? `(exit ${r.status})`;
  console.log(line);
  rows.push(['speaker-names', line]);
}
// The name tagger's own held-out figure: documents of the training file it never trained on,
// measured when it was trained (kept in the model file), apart from the dev set above.
try {
  const { gunzipSync } = await import('node:zlib');
  const model = JSON.parse(gunzipSync(readFileSync('models/ner/model.json.gz')).toString('utf8'));
  rows.push(['ner held-out', `${model.meta.heldOut} (the model's own split, not a dev set)`]);
} catch (e) {
  rows.push(['ner held-out', `(model file unreadable: ${e.message})`]);
}
console.log(
  '\nevaluation     summary (dev figures: these sets were seen while building; held-out sets decide)',
);
for (const [n, s] of rows) console.log(`${n.padEnd(14)} ${s}`);
