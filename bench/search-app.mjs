// The app at scale in Chromium (run by `npm run bench:search`, or alone:
// `node bench/search-app.mjs --articles N`): the generated corpus of N articles, split into
// the app's files by src/corpus/build/split-corpus.ts, and the app built over it (so its service
// worker precaches that corpus, within the budget stated in vite.config.ts), served by
// `vite preview` on this machine.
//
//   interactive   navigation → the library's first story on screen, and the longest
//                 main-thread task until then, median of 3 loads after a warm-up:
//                   network  service workers blocked, every file from the server
//                   cache    after a first visit installed the service worker, with the
//                            network off: every file from its cache
//   first search  the first query typed → its results on screen (fetches and parses the
//                 index in the worker)
//   next search   each following keystroke of a query → its results on screen (p95)
//   open story    a story's URL → its panes on screen (one shard)
//
// Last line: `app@N: interactive X ms from the network, Y ms from the cache (target ≤ 2000 ms), …`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fatal, launchChromium, root, startPreview } from './browser.mjs';
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

/** The app built over the generated corpus, in `work`: { site, info }. */
async function buildOverGeneratedCorpus(work) {
  const pub = join(work, 'public');
  const site = join(work, 'site');
  const own = join(root, 'public', 'corpus');
  cpSync(join(root, 'public'), pub, { recursive: true, filter: (src) => !src.startsWith(own) });
  const script = await bundle('search-files.ts', 'search-files.mjs');
  const made = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', script, String(N), join(pub, 'corpus')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (made.status !== 0) throw new Fatal(`could not write the corpus files:\n${made.stderr}`);
  const info = JSON.parse(made.stdout.trim().split('\n').at(-1));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PARALLAX_PUBLIC_DIR: pub },
    },
  );
  if (built.status !== 0)
    throw new Fatal(`could not build the app over the generated corpus:\n${built.stderr}`);
  rmSync(pub, { recursive: true, force: true });
  return { site, info };
}

/**
 * Loads the library 4 times in new pages: the median time to its first story on screen and
 * the median longest task, of the last 3. With `fromCache`, each page must be controlled by
 * the service worker (the network is off: every file comes from its cache).
 */
async function interactive(context, base, fromCache) {
  const starts = [];
  const longest = [];
  for (let i = 0; i < 4; i++) {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForSelector('main li article', { timeout: 60_000 });
    const r = await page.evaluate(() => ({
      at: performance.now(),
      long: Math.max(0, ...window.__long),
      controlled: !!navigator.serviceWorker?.controller,
    }));
    await page.close();
    if (fromCache && !r.controlled)
      throw new Fatal('a load from the cache was not served by the service worker');
    if (i > 0) {
      starts.push(r.at);
      longest.push(r.long);
    }
  }
  return { at: median(starts), long: median(longest) };
}

/** A context whose service worker has installed (and precached) over one visit: offline next. */
async function cachedContext(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript(longTaskLog);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForSelector('main li article', { timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.close();
  await context.setOffline(true);
  return context;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'parallax-app-bench-'));
  let child = null;
  let browser = null;
  try {
    const { site, info } = await buildOverGeneratedCorpus(work);
    const served = await startPreview(site);
    child = served.child;
    const base = served.base;
    browser = await launchChromium();

    const cached = await cachedContext(browser, base);
    const fromCache = await interactive(cached, base, true);
    await cached.close();

    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 860 },
    });
    await context.addInitScript(longTaskLog);
    const fromNetwork = await interactive(context, base, false);

    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForSelector('main li article', { timeout: 60_000 });
    await page.locator('#search').focus();
    const typeAndWait = async (text) => {
      const t = performance.now();
      await page.keyboard.type(text.slice(-1));
      await page.waitForFunction(
        (t) => document.querySelector('ol[data-query]')?.getAttribute('data-query') === t,
        text,
        { timeout: 60_000 },
      );
      return performance.now() - t;
    };
    // Which index files the first search downloads: its head and the parts the query needs.
    let fetched = 0;
    page.on('response', (r) => {
      if (/\/corpus\/index[./]/.test(r.url())) fetched++;
    });
    await page.keyboard.type(info.query.slice(0, 1));
    const first = await typeAndWait(info.query.slice(0, 2));
    const firstFetched = fetched;
    const firstWorker = Number(
      await page.evaluate(() =>
        document.querySelector('[data-testid="search-status"]')?.getAttribute('data-worker-ms'),
      ),
    );
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
    const met = (x) => (x <= TARGET_INTERACTIVE ? '' : ': MISSED');
    console.log(
      `\napp bench: ${N.toLocaleString('en')} generated articles; files: manifest ${b.manifest} B, index head ${mb(b.index)} and ${b.indexParts} parts (${mb(b.indexPartBytes)}), catalogue ${mb(b.catalogue)}, ${b.shards} shards of ~${Math.round(b.shard / 1024)} KiB (split in ${ms(info.split)})`,
    );
    console.log('measure             median / p95     longest task   note');
    console.log(
      `interactive, cache  ${ms(fromCache.at).padEnd(16)} ${ms(fromCache.long).padEnd(14)} navigation → library on screen, network off, service worker's cache; target ≤ ${TARGET_INTERACTIVE} ms`,
    );
    console.log(
      `interactive, net    ${ms(fromNetwork.at).padEnd(16)} ${ms(fromNetwork.long).padEnd(14)} the same with no service worker, files from the local server`,
    );
    console.log(
      `first search        ${ms(first).padEnd(16)} ${''.padEnd(14)} "${info.query.slice(0, 2)}": index head and ${firstFetched - 1} parts fetched and parsed in the worker (${ms(firstWorker)} of it in the worker, from the query's arrival)`,
    );
    console.log(
      `next keystroke      ${`${ms(median(keys))} / ${ms(p95(keys))}`.padEnd(16)} ${''.padEnd(14)} "${info.query}" typed on, results on screen (${keys.length} keystrokes); target story ${found ? 'found' : 'NOT found'}`,
    );
    console.log(
      `open a story        ${ms(median(opens)).padEnd(16)} ${''.padEnd(14)} its URL → panes on screen (one shard)`,
    );
    console.log(
      `app@${N}: interactive ${ms(fromNetwork.at)} from the network, ${ms(fromCache.at)} from the cache (target ≤ ${TARGET_INTERACTIVE} ms${met(Math.max(fromCache.at, fromNetwork.at))}), first search ${ms(first)}, keystroke p95 ${ms(p95(keys))}, story ${ms(median(opens))}`,
    );
  } finally {
    await browser?.close();
    child?.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`app bench: ${e instanceof Fatal ? e.message : e.stack}`);
  process.exit(1);
});
