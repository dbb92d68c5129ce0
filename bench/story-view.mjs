/**
 * Browser benchmark of the comparison reader (run by `npm run bench`, or on its own with
 * `node bench/story-view.mjs`). Serves dist/ with `vite preview`, opens it in Chromium and
 * answers /corpus/* with the corpus files of a two-article story of ~2,000 words per article
 * (bench/story-fixture.mjs). Each figure has a baseline measured in the same run:
 *
 *   story view     the app's `story-view` measure (first render of the comparison view → its
 *                  first effects), 7 loads                     vs  the seeds' story (~350 words
 *                                                                 per article), and the library
 *                                                                 page's first contentful paint
 *   layer toggle   the app's `layer-toggle` measure (commit + style/layout), 20 toggles, and
 *                  the same toggle timed from outside: click → commit → forced layout
 *                                                              vs  "Scroll panes together",
 *                                                                 timed the same way (changes
 *                                                                 nothing on screen)
 *   scrolling      longest main-thread task (PerformanceObserver 'longtask') while one pane
 *                  is wheel-scrolled for 3 s with sync on, 4 runs  vs  the same with sync off
 *
 * BENCH_VERBOSE=1 also prints the raw samples.
 *
 * Exit status: 0 when the measurements ran (a missed target is printed as MISSED), 1 when the
 * browser or the preview server cannot start or the page shows an error.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  ensureBuilt,
  Fatal,
  filesOf,
  launchChromium,
  root,
  routeCorpus,
  sleep,
  startPreview,
} from './browser.mjs';
import { buildSeedCorpus, buildSixStory, buildStoryFixture } from './story-fixture.mjs';

process.chdir(root);

const LOADS = 7;
const TOGGLES = 20;
const SCROLL_RUNS = 4;
const SCROLL_MS = 3000;
const TARGET = { storyView: 100, toggle: 16, longTask: 50 };

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)],
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))],
    n: s.length,
  };
}

/** Installed in every document before the app runs: fresh layer state, and a long-task log. */
function initScript() {
  try {
    localStorage.clear();
  } catch {
    /* no storage */
  }
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    window.__longtasks = null; // not supported: reported as such
  }
}

async function main() {
  ensureBuilt('story view');

  const phases = [];
  let mark = performance.now();
  const phase = (name) => {
    const now = performance.now();
    phases.push(`${name} ${((now - mark) / 1000).toFixed(1)} s`);
    mark = now;
  };
  const fixture = buildStoryFixture(root);
  const seeds = buildSeedCorpus(root);
  const six = buildSixStory(root);
  const corpora = {
    fixture: filesOf(fixture.outDir),
    seeds: filesOf(seeds.outDir),
    six: filesOf(six.outDir),
  };
  for (const d of [dirname(fixture.dir), dirname(seeds.outDir), dirname(six.dir)])
    rmSync(d, { recursive: true, force: true });

  phase('fixtures');
  const { base, child: preview } = await startPreview();
  let browser;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 860 },
    });
    let serving = 'fixture';
    await routeCorpus(context, () => corpora[serving]);
    await context.addInitScript(initScript);

    /** A new page on `path`, with the corpus `which`; `check()` throws if it shows an error. */
    const open = async (which, path) => {
      serving = which;
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const check = async () => {
        // The app's error screen (and any other alert) with its text, read without waiting.
        const alert = (await page.locator('[role=alert]').allInnerTexts())
          .map((t) =>
            t
              .trim()
              .replace(/\s*\n\s*/g, ' / ')
              .slice(0, 300),
          )
          .filter(Boolean)
          .join(' | ');
        if (errors.length || alert)
          throw new Fatal(
            `the page ${path} shows an error: ${[...errors, alert].filter(Boolean).join(' | ')}`,
          );
      };
      await page.goto(`${base}${path}`);
      return { page, check };
    };
    const storyPath = (id) => `/story/${encodeURIComponent(id)}`;
    const openStory = async (which, id) => {
      const { page, check } = await open(which, storyPath(id));
      await page
        .waitForFunction(
          () =>
            performance.getEntriesByName('story-view').length > 0 || document.querySelector('[role=alert]'),
          null,
          { timeout: 20_000 },
        )
        .catch(() => null);
      await check();
      const duration = await page.evaluate(() => performance.getEntriesByName('story-view')[0]?.duration);
      if (duration === undefined) throw new Fatal(`${storyPath(id)}: no story-view measure within 20 s`);
      const panes = await page.locator('article[data-pane] [data-scroller]').count();
      // At 1280 px two panes fit a readable measure, whatever the story's size.
      if (panes !== 2) throw new Fatal(`${storyPath(id)}: expected 2 pane scrollers, found ${panes}`);
      return { page, check, duration };
    };

    // One untimed load of each story first: the measured loads then start from the same warm state
    // (HTTP cache, compiled code), not the first one alone from a cold start.
    for (const [which, id] of [
      ['fixture', fixture.storyId],
      ['seeds', seeds.storyId],
      ['six', six.storyId],
    ])
      await (await openStory(which, id)).page.close();

    phase('server + browser + warm-up');
    // (a) Story view: the fixture, the seeds' story and the library's first paint, interleaved.
    const storyView = [];
    const seedView = [];
    const fcp = [];
    const sixView = [];
    for (let i = 0; i < LOADS; i++) {
      const s6 = await openStory('six', six.storyId);
      sixView.push(s6.duration);
      await s6.page.close();
      let r = await openStory('fixture', fixture.storyId);
      storyView.push(r.duration);
      await r.page.close();
      r = await openStory('seeds', seeds.storyId);
      seedView.push(r.duration);
      await r.page.close();
      const { page: lib, check } = await open('seeds', '/');
      const paint = await lib.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        null,
        { timeout: 20_000 },
      );
      fcp.push(await paint.jsonValue());
      await lib.getByRole('heading').first().waitFor({ timeout: 20_000 });
      await check();
      await lib.close();
    }

    phase(`${LOADS * 3} loads`);
    // (b) Toggles: a layer (each one off and on again, in turn) and the sync checkbox, interleaved.
    const { page, check } = await openStory('fixture', fixture.storyId);
    const layerBoxes = await page
      .getByRole('group', { name: 'Highlight layers' })
      .getByRole('checkbox')
      .all();
    const syncBox = page.getByRole('checkbox', { name: 'Scroll panes together' });
    if (layerBoxes.length === 0) throw new Fatal('no layer checkboxes under "Highlight layers"');
    const syncHandle = await syncBox.elementHandle();
    const toggle = (handle) =>
      handle.evaluate(async (el) => {
        // Start just after a frame, so the toggle does not share its task with rendering.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const before = performance.getEntriesByName('layer-toggle').length;
        const t0 = performance.now();
        el.click();
        // React commits a discrete update in a microtask queued by the click; ours run after it.
        await Promise.resolve();
        await Promise.resolve();
        void document.body.offsetHeight;
        const external = performance.now() - t0;
        const m = performance.getEntriesByName('layer-toggle');
        return { external, measure: m.length > before ? m[m.length - 1].duration : null };
      });
    const settle = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const layerMeasure = [];
    const layerExternal = [];
    const syncExternal = [];
    for (let i = 0; i < TOGGLES; i++) {
      const box = await layerBoxes[Math.floor(i / 2) % layerBoxes.length].elementHandle();
      const r = await toggle(box);
      if (r.measure === null) throw new Fatal('a layer toggle recorded no layer-toggle measure');
      layerMeasure.push(r.measure);
      layerExternal.push(r.external);
      await settle();
      syncExternal.push((await toggle(syncHandle)).external);
      await settle();
      await sleep(30);
    }
    await check();
    if (!(await syncBox.isChecked())) throw new Fatal('the sync checkbox did not come back on');

    phase('toggles');
    // (c) Wheel-scrolling the first pane, sync on and off in turn.
    const scrollRuns = { on: [], off: [] };
    const first = page.locator('article[data-pane] [data-scroller]').first();
    const box = await first.boundingBox();
    for (let i = 0; i < SCROLL_RUNS * 2; i++) {
      const sync = i % 2 === 0;
      if ((await syncBox.isChecked()) !== sync) await syncBox.click();
      await page.evaluate(() => {
        for (const s of document.querySelectorAll('[data-scroller]')) s.scrollTop = 0;
      });
      await sleep(250);
      const t0 = await page.evaluate(() => {
        const [firstPane, other] = document.querySelectorAll('[data-scroller]');
        const rec = { last: performance.now(), maxFrame: 0, otherMoved: 0, scrolled: 0, top: 0, on: true };
        const tick = (t) => {
          rec.maxFrame = Math.max(rec.maxFrame, t - rec.last);
          rec.last = t;
          rec.otherMoved = Math.max(rec.otherMoved, other.scrollTop);
          rec.scrolled += Math.abs(firstPane.scrollTop - rec.top);
          rec.top = firstPane.scrollTop;
          if (rec.on) requestAnimationFrame(tick);
        };
        requestAnimationFrame((t) => {
          rec.last = t;
          requestAnimationFrame(tick);
        });
        window.__scrollRec = rec;
        return performance.now();
      });
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      let dir = 1;
      const end = Date.now() + SCROLL_MS;
      for (let n = 0; Date.now() < end; n++) {
        await page.mouse.wheel(0, dir * 120);
        await sleep(16);
        if (n % 6 === 5) {
          const at = await first.evaluate((s) => [s.scrollTop, s.scrollHeight - s.clientHeight]);
          if (dir === 1 && at[0] >= at[1] - 2) dir = -1;
          else if (dir === -1 && at[0] <= 2) dir = 1;
        }
      }
      await sleep(300); // long-task entries arrive asynchronously
      const r = await page.evaluate((since) => {
        window.__scrollRec.on = false;
        const tasks = window.__longtasks ? window.__longtasks.filter((t) => t.start >= since) : null;
        return {
          supported: tasks !== null,
          count: tasks ? tasks.length : 0,
          longest: tasks ? Math.max(0, ...tasks.map((t) => t.duration)) : 0,
          maxFrame: window.__scrollRec.maxFrame,
          otherMoved: window.__scrollRec.otherMoved,
          scrolled: window.__scrollRec.scrolled,
        };
      }, t0);
      if (!r.supported) throw new Fatal('this Chromium does not report longtask entries');
      scrollRuns[sync ? 'on' : 'off'].push(r);
    }
    await check();
    if (!scrollRuns.on.some((r) => r.otherMoved > 0))
      console.log('story view: warning: with sync on, the other pane never moved');
    if (scrollRuns.off.some((r) => r.otherMoved > 0))
      console.log('story view: warning: with sync off, the other pane moved');

    phase('scrolling');
    report({
      fixture,
      seeds,
      storyView,
      seedView,
      six,
      sixView,
      fcp,
      layerMeasure,
      layerExternal,
      syncExternal,
      scrollRuns,
      phases,
      layers: layerBoxes.length,
    });
  } finally {
    await browser?.close().catch(() => {});
    preview.kill();
  }
}

function report(r) {
  const fmt = (ms) => (ms === 0 ? 'none' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
  const verdict = (s, target) => (s.median <= target ? `ok${s.p95 > target ? ' (p95 over)' : ''}` : 'MISSED');
  const fx = r.fixture.articles.map((a) => a.words.toLocaleString('en')).join(' + ');
  const sd = r.seeds.articles.map((a) => a.words).join(' + ');
  const rows = [];
  const row = (name, input, s, note) => rows.push([name, input, fmt(s.median), fmt(s.p95), note]);

  const sv = stats(r.storyView);
  row('story view', `${fx} words`, sv, `≤ ${TARGET.storyView} ms: ${verdict(sv, TARGET.storyView)}`);
  const s6 = stats(r.sixView);
  row(
    'story view, 6 outlets',
    `${r.six.articles.map((a) => a.words).join(' + ')} words`,
    s6,
    `≤ 150 ms p95: ${s6.p95 <= 150 ? 'ok' : 'MISSED'} (2 of 6 panes at 1280 px)`,
  );
  row('  baseline: seeds story', `${sd} words`, stats(r.seedView), 'story-view of the 2 seeds');
  row('  baseline: library FCP', '/ (seeds)', stats(r.fcp), 'first-contentful-paint');

  const lm = stats(r.layerMeasure);
  row(
    'layer toggle',
    `×${lm.n}, ${r.layers} layers`,
    lm,
    `≤ ${TARGET.toggle} ms: ${verdict(lm, TARGET.toggle)}`,
  );
  row('  click → layout', `×${lm.n}`, stats(r.layerExternal), 'same method as baseline');
  row(
    '  baseline: sync toggle',
    `×${r.syncExternal.length}`,
    stats(r.syncExternal),
    '"Scroll panes together"',
  );

  const longest = (runs) => stats(runs.map((x) => x.longest));
  const count = (runs) => runs.reduce((n, x) => n + x.count, 0);
  const on = longest(r.scrollRuns.on);
  const onCount = count(r.scrollRuns.on);
  row(
    'longest task, scroll',
    `sync on, ${r.scrollRuns.on.length}×${SCROLL_MS / 1000} s`,
    on,
    `none > ${TARGET.longTask} ms: ${onCount ? 'MISSED' : 'ok'}; ${onCount} long task${onCount === 1 ? '' : 's'}`,
  );
  const offCount = count(r.scrollRuns.off);
  row(
    '  baseline: sync off',
    `sync off, ${r.scrollRuns.off.length}×${SCROLL_MS / 1000} s`,
    longest(r.scrollRuns.off),
    `${offCount} long task${offCount === 1 ? '' : 's'}`,
  );
  row(
    'longest frame, scroll',
    'sync on',
    stats(r.scrollRuns.on.map((x) => x.maxFrame)),
    'rAF interval (info)',
  );
  row(
    '  baseline: sync off',
    'sync off',
    stats(r.scrollRuns.off.map((x) => x.maxFrame)),
    'rAF interval (info)',
  );

  const head = ['benchmark', 'input', 'median', 'p95', 'target / baseline'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i].length)));
  const line = (x) =>
    `${x[0].padEnd(w[0])}  ${x[1].padEnd(w[1])}  ${x[2].padStart(w[2])}  ${x[3].padStart(w[3])}   ${x[4]}`;
  console.log(`\n${line(head)}`);
  for (const x of rows) console.log(line(x));
  const l = r.fixture.links;
  console.log(
    `story: ${r.fixture.articles.length} articles of ${fx} words (${r.fixture.articles.map((a) => a.paragraphs).join(' + ')} paragraphs; ` +
      `${l.quoteGroups} quote groups, ${l.passages} passages, ${l.entityGroups} name groups), from the seeds plus bench/story-fixture.mjs`,
  );
  if (process.env.BENCH_VERBOSE) {
    const ms = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
    console.log(
      `samples, story view: ${ms(r.storyView)}; seeds: ${ms(r.seedView)}; library FCP: ${ms(r.fcp)}`,
    );
    console.log(`samples, layer toggle: ${ms(r.layerMeasure)}; sync toggle: ${ms(r.syncExternal)}`);
  }
  const px = (runs) => Math.round(stats(runs.map((x) => x.scrolled)).median).toLocaleString('en');
  console.log(
    `scrolling: the first pane moved ~${px(r.scrollRuns.on)} px per run with sync on (other pane followed to ${Math.round(Math.max(...r.scrollRuns.on.map((x) => x.otherMoved)))} px), ~${px(r.scrollRuns.off)} px with sync off`,
  );
  console.log(
    `(Chromium headless, 1280×860, service workers blocked; ${LOADS} loads each after one warm-up; targets judged on the median; p95 of ${SCROLL_RUNS} scroll runs = the worst; "none" = no task over 50 ms)`,
  );
  console.log(`(time: ${r.phases.join(', ')})`);
}

main().catch((e) => {
  console.error(`story view: ${e instanceof Fatal ? e.message : e.stack}`);
  process.exit(1);
});
