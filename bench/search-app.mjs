// The app at scale in Chromium (run by `npm run bench:search`, or alone:
// `node bench/search-app.mjs --articles N`): the generated corpus of N articles, split into
// the app's files by src/corpus/split-corpus.ts, served with a copy of the built app by
// `vite preview` on this machine (no network in between, as from the service worker's cache;
// service workers are blocked so the copy's precache list, made for the seeds, is not used).
//
//   interactive   navigation → the library's first story on screen, and the longest
//                 main-thread task until then (3 loads after a warm-up; the median)
//   first search  the first query typed → its results on screen (fetches and parses the
//                 index in the worker)
//   next search   each following keystroke of a query → its results on screen (p95)
//   open story    a story's URL → its panes on screen (one shard)
//
// Last line: `app@N: interactive X ms (target ≤ 2000 ms), …`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, Fatal, launchChromium, root, startPreview } from './browser.mjs';
import { bundle } from './bundle.mjs';

const argN = process.argv.indexOf('--articles');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 10_000;
const TARGET_INTERACTIVE = 2000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;

function longTaskLog() {
  window.__long = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function main() {
  ensureBuilt('app bench');
  const site = mkdtempSync(join(tmpdir(), 'parallax-app-bench-'));
  cpSync(join(root, 'dist'), site, { recursive: true });
  rmSync(join(site, 'corpus'), { recursive: true, force: true });
  const script = await bundle('search-files.ts', 'search-files.mjs');
  const made = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', script, String(N), join(site, 'corpus')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (made.status !== 0) throw new Fatal(`could not write the corpus files:\n${made.stderr}`);
  const info = JSON.parse(made.stdout.trim().split('\n').at(-1));

  const { base, child } = await startPreview(site);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 860 },
    });
    await context.addInitScript(longTaskLog);
    const starts = [];
    const startLong = [];
    for (let i = 0; i < 4; i++) {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.waitForSelector('main li article', { timeout: 60_000 });
      const r = await page.evaluate(() => ({ at: performance.now(), long: Math.max(0, ...window.__long) }));
      if (i > 0) {
        starts.push(r.at);
        startLong.push(r.long);
      }
      await page.close();
    }

    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForSelector('main li article', { timeout: 60_000 });
    const box = page.locator('#search');
    await box.focus();
    const typeAndWait = async (text) => {
      const t = performance.now();
      await page.keyboard.type(text.slice(-1));
      await page.waitForFunction(
        (t) => document.querySelector('ol[data-query]')?.getAttribute('data-query') === t,
        text,
        {
          timeout: 60_000,
        },
      );
      return performance.now() - t;
    };
    const first = await (async () => {
      await page.keyboard.type(info.query.slice(0, 1));
      return typeAndWait(info.query.slice(0, 2));
    })();
    const keys = [];
    for (let i = 3; i <= info.query.length; i++) {
      const typed = info.query.slice(0, i);
      if (typed.endsWith(' ')) await page.keyboard.type(' ');
      else keys.push(await typeAndWait(typed));
    }
    const found = await page
      .locator(`section[aria-label^="Story:"] h2 a[href^="/story/${info.targetStory}?"]`)
      .count();

    const opens = [];
    for (let i = 0; i < 3; i++) {
      const p = await context.newPage();
      const t = performance.now();
      await p.goto(`${base}/story/${info.story}`);
      await p.waitForSelector('article[data-article]', { timeout: 60_000 }).catch(async (e) => {
        throw new Fatal(
          `${info.story} did not open: ${(await p.locator('main').textContent()).slice(0, 300)} (${e.message.split('\n')[0]})`,
        );
      });
      opens.push(performance.now() - t);
      await p.close();
    }

    const b = info.bytes;
    const mb = (x) => `${(x / 1048576).toFixed(1)} MB`;
    console.log(
      `\napp bench: ${N.toLocaleString('en')} generated articles; files: manifest ${b.manifest} B, index ${mb(b.index)}, catalogue ${mb(b.catalogue)}, ${b.shards} shards of ~${Math.round(b.shard / 1024)} KiB (split in ${ms(info.split)})`,
    );
    console.log('measure          median / p95     longest task   note');
    console.log(
      `interactive      ${ms(median(starts)).padEnd(16)} ${ms(median(startLong)).padEnd(14)} navigation → library on screen; target ≤ ${TARGET_INTERACTIVE} ms`,
    );
    console.log(
      `first search     ${ms(first).padEnd(16)} ${''.padEnd(14)} "${info.query.slice(0, 2)}": index fetched and parsed in the worker`,
    );
    console.log(
      `next keystroke   ${`${ms(median(keys))} / ${ms(p95(keys))}`.padEnd(16)} ${''.padEnd(14)} "${info.query}" typed on, results on screen (${keys.length} keystrokes); target story ${found ? 'found' : 'NOT found'}`,
    );
    console.log(
      `open a story     ${ms(median(opens)).padEnd(16)} ${''.padEnd(14)} its URL → panes on screen (one shard)`,
    );
    console.log(
      `app@${N}: interactive ${ms(median(starts))} (target ≤ ${TARGET_INTERACTIVE} ms${median(starts) <= TARGET_INTERACTIVE ? '' : ': MISSED'}), first search ${ms(first)}, keystroke p95 ${ms(p95(keys))}, story ${ms(median(opens))}`,
    );
  } finally {
    await browser.close();
    child.kill();
    rmSync(site, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`app bench: ${e instanceof Fatal ? e.message : e.stack}`);
  process.exit(1);
});
