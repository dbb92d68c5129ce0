// `npm run bench:ingest -- DIR [--sizes 1000,2000,5000,10000] [--jobs N] [--no-rebuild] [--keep DIR]`: times
// `parallax ingest` on real text at growing sizes and prints how its cost grows, then (unless
// --no-rebuild) the rebuild of the largest after adding one file.
//
// DIR holds real articles: `.txt` files (first line the title, as in the BBC News dataset) and
// `.json` files of stories ({articles: [{title, text, outlet?, date?}]}, as in the dev
// stories). Sizes beyond what DIR holds are made of replicas written with the corpus's own
// words: in replica r about half the words of four letters or more are swapped for another word
// of the corpus (the same swap throughout the replica; a capitalised word, a name, for a new name
// made of the halves of two corpus words, so the vocabulary grows as real news's does), and its dates move
// r × 37 days, so the articles of one real story stay one story and replicas do not merge with
// their originals. Nothing is written into the repository; the corpora live in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { root } from './bundle.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir) {
  console.error('usage: npm run bench:ingest -- DIR [--sizes 1000,2000,5000,10000] [--jobs N]');
  process.exit(2);
}
const sizes = flag('--sizes', '1000,2000,5000,10000').split(',').map(Number);
const jobs = Number(flag('--jobs', String(availableParallelism())));

/** Every article under `d`: {title, text, outlet, date}. */
function readBase(d) {
  const out = [];
  const walk = (p) => {
    for (const name of readdirSync(p).sort()) {
      const f = join(p, name);
      if (statSync(f).isDirectory()) walk(f);
      else if (extname(name) === '.txt' && !/^readme/i.test(name)) {
        const [title, ...rest] = readFileSync(f, 'utf8').split('\n');
        out.push({ title: title.trim(), text: rest.join('\n').trim(), outlet: 'BBC News', date: null });
      } else if (extname(name) === '.json') {
        const data = JSON.parse(readFileSync(f, 'utf8'));
        for (const a of data.articles ?? [])
          if (a.text)
            out.push({ title: a.title ?? '', text: a.text, outlet: a.outlet ?? null, date: a.date ?? null });
      }
    }
  };
  walk(d);
  return out;
}

const hash = (s) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

function replicate(base, n) {
  const vocab = [...new Set(base.flatMap((a) => a.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []))].sort();
  const day0 = Date.UTC(2004, 0, 1);
  const out = [];
  for (let r = 0; out.length < n; r++)
    for (let i = 0; i < base.length && out.length < n; i++) {
      const a = base[i];
      const swap = (t) =>
        r === 0
          ? t
          : t.replace(/\p{L}{4,}/gu, (w) => {
              const k = w.toLowerCase();
              if (hash(`${r}:${k}`) % 2) return w;
              const v = vocab[hash(`${k}:${r}`) % vocab.length];
              if (w[0] !== w[0].toUpperCase()) return v;
              // A name: a new one, the head of one corpus word and the tail of another, so the
              // vocabulary grows with the corpus as real news does (new people and places).
              const u = vocab[hash(`${r}:${k}:tail`) % vocab.length];
              return (
                v[0].toUpperCase() + v.slice(1, Math.ceil(v.length / 2)) + u.slice(Math.floor(u.length / 2))
              );
            });
      const base0 = a.date ? Date.parse(a.date) : day0 + (hash(a.title) % 730) * 86_400_000;
      const date = new Date(base0 + r * 37 * 86_400_000).toISOString().slice(0, 10);
      out.push({
        id: `r${r}-${i}`,
        title: swap(a.title),
        outlet: a.outlet,
        published: date,
        text: swap(a.text),
      });
    }
  return out;
}

function writeInput(articles, into) {
  mkdirSync(into, { recursive: true });
  for (let k = 0; k * 250 < articles.length; k++)
    writeFileSync(
      join(into, `part-${String(k).padStart(4, '0')}.json`),
      JSON.stringify({ articles: articles.slice(k * 250, (k + 1) * 250) }),
    );
}

function ingest(input, out, extra = []) {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin', 'parallax.js'), 'ingest', input, '--out', out, '--jobs', String(jobs), ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`ingest failed:\n${r.stderr.slice(-2000)}`);
  const num = (re) => Number(re.exec(r.stderr)?.[1] ?? Number.NaN);
  return {
    ms,
    analyse: num(/articles analysed in ([\d.]+) s/),
    group: num(/stories grouped and linked in ([\d.]+) s/),
    peak: num(/peak memory (\d+) MB/),
    stories: num(/(\d+) stories grouped/),
  };
}

const base = readBase(dir);
console.log(
  `ingest bench: ${base.length} real articles from ${dir}, replicated with their own words beyond that; ${jobs} worker thread(s) on ${availableParallelism()} cores`,
);
// --keep DIR leaves the corpora there (DIR/out-N), for `npm run bench:search -- --corpus DIR/out-N`.
const keep = flag('--keep', null);
const work = keep ?? mkdtempSync(join(tmpdir(), 'parallax-bench-ingest-'));
const rows = [];
try {
  for (const n of sizes) {
    const input = join(work, `in-${n}`);
    writeInput(replicate(base, n), input);
    const m = ingest(input, join(work, `out-${n}`), ['--no-cache']);
    rows.push({ n, ...m });
    console.log(
      `  ${String(n).padStart(7)} articles  ${(m.ms / 1000).toFixed(1).padStart(7)} s  ${(m.ms / n).toFixed(2).padStart(6)} ms/article  analysis ${m.analyse} s, grouping and links ${m.group} s, ${m.stories} stories, peak ${m.peak} MB`,
    );
  }
  // One file added to the largest corpus: the rest from the cache and the previous build.
  const n = sizes.at(-1);
  if (!args.includes('--no-rebuild')) {
    const input = join(work, `in-${n}`);
    const out = join(work, `out-${n}`);
    const cache = join(work, 'cache');
    ingest(input, out, ['--cache', cache]);
    writeInput(replicate(base, n + 250).slice(n), join(input, 'added'));
    const inc = ingest(input, out, ['--cache', cache]);
    console.log(
      `  ${n} + 250 added, rebuilt with the cache: ${(inc.ms / 1000).toFixed(1)} s (analysis ${inc.analyse} s, grouping and links ${inc.group} s)`,
    );
  }

  if (rows.length >= 2) printGrowth(rows); // one size: nothing to fit
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

/** t ≈ a·n + b·n², least squares through the origin, and the per-article cost ratio. */
function printGrowth(rows) {
  let [sxx, sxy, sx3, sx4, sy] = [0, 0, 0, 0, 0];
  for (const r of rows) {
    const x = r.n;
    const y = r.ms / 1000;
    sxx += x * x;
    sx3 += x ** 3;
    sx4 += x ** 4;
    sxy += x * y;
    sy += x * x * y;
  }
  const det = sxx * sx4 - sx3 * sx3;
  const a = (sxy * sx4 - sy * sx3) / det;
  const b = (sxx * sy - sx3 * sxy) / det;
  const first = rows[0];
  const last = rows.at(-1);
  const ratio = last.ms / last.n / (first.ms / first.n);
  console.log(
    `growth: t ≈ ${a.toExponential(2)}·n + ${b.toExponential(2)}·n² s; per-article cost at ${last.n} is ${ratio.toFixed(2)}× that at ${first.n} (target ≤ 1.5×); peak ${last.peak} MB at ${last.n} (target ≤ 2,048 MB at 10,000)`,
  );
}
