/**
 * Search at scale in the browser: a generated corpus of 10,000 articles (src/testing/generated-corpus.ts,
 * split into the app's files by the real src/corpus/build/split-corpus.ts) served in place of the
 * built one. A query is typed a letter at a time: results must follow every keystroke, and
 * the page's main thread must never be busy for more than 50 ms (no 'longtask' entry).
 */
import { expect, test } from '@playwright/test';
import { splitCorpus } from '../src/corpus/build/split-corpus';
import { generateCorpus, knownQueries, toCorpusBundle } from '../src/testing/generated-corpus';
import { clearLongTasks, longTasks, watchLongTasks } from './fixtures';

// page.route must see every corpus request: no service worker in between.
// No trace either: its DOM snapshot at every action runs on the page's main thread.
test.use({ serviceWorkers: 'block', trace: 'off' });
test.setTimeout(120_000);

const N = 10_000;
const generated = generateCorpus(N);
const { manifest, files } = splitCorpus(toCorpusBundle(generated));
const served = new Map<string, string>([
  ['manifest.json', JSON.stringify(manifest)],
  ...files.map((f) => [f.name, f.text] as [string, string]),
]);
const [{ query, target }] = knownQueries(generated, 1) as [{ query: string; target: string }];

test(`typing a query over ${N.toLocaleString('en')} articles: results follow each keystroke, no main-thread task over 50 ms`, async ({
  page,
}) => {
  const fetchedParts = new Set<string>();
  await page.route('**/corpus/**', (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/corpus\//, '');
    if (name.startsWith('index/')) fetchedParts.add(name);
    const body = served.get(name);
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not in the generated corpus' })
      : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await watchLongTasks(page);
  await page.goto('/');
  await expect(page.getByText(`from ${N.toLocaleString('en')} articles`)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('listitem')).toHaveCount(50); // the first page of stories

  // The index loads in the worker on the first query; that is not the typing being measured.
  await page.getByRole('searchbox').fill('wa');
  await expect(page.locator('ol[data-query="wa"]')).toBeAttached({ timeout: 30_000 });
  await page.getByRole('searchbox').fill('');
  // From here on, only keyboard input and bare DOM checks: Playwright's locators and
  // assertions run on the page's main thread too (an accessibility walk, visibility checks),
  // and would be measured as the app's work. Waiting for an answer is a promise in the page,
  // settled by a MutationObserver: no polling, and none of Playwright's helper script (whose
  // compiling took about 25 ms of the page's main thread, then it polls every frame).
  await page.evaluate(() => {
    (window as unknown as { answered: (q: string) => Promise<void> }).answered = (q) =>
      new Promise((resolve) => {
        const done = () => document.querySelector('ol[data-query]')?.getAttribute('data-query') === q;
        if (done()) return resolve();
        const watch = new MutationObserver(() => {
          if (!done()) return;
          watch.disconnect();
          resolve();
        });
        watch.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-query'],
        });
      });
  });
  await clearLongTasks(page);

  for (let i = 1; i <= query.length; i++) {
    await page.keyboard.press(query[i - 1] === ' ' ? 'Space' : query[i - 1]!);
    const typed = query.slice(0, i);
    // A bare check in the page: a Playwright assertion would run its own heavier code there.
    if (typed.trim().length >= 2 && !typed.endsWith(' '))
      await page.evaluate(
        (t) => (window as unknown as { answered: (q: string) => Promise<void> }).answered(t),
        typed,
      );
  }
  const long = await longTasks(page);
  await expect(page.getByTestId('search-status')).toHaveText(/\d+ articles? in \d+ stor/);
  // The query was made from article `target` with a typo: its story is among the results.
  const story = generated.find((a) => a.id === target)!.story;
  await expect(page.locator(`section[aria-label^="Story:"] h2 a[href^="/story/${story}?"]`)).toBeVisible();
  expect(long, `main-thread tasks over 50 ms while typing "${query}"`).toEqual([]);
  // Only the index parts the typed words needed were fetched, not the whole index.
  const parts = files.filter((f) => f.name.startsWith('index/'));
  expect(fetchedParts.size).toBeGreaterThan(0);
  expect(fetchedParts.size, `index parts fetched of ${parts.length}`).toBeLessThan(parts.length / 2);

  // Ten stories at first; "Show more" lists the rest of this answer, and the next query starts
  // again at ten.
  const groups = page.locator('section[aria-label^="Story:"]');
  await expect(groups).toHaveCount(10);
  await page.getByRole('button', { name: /^Show \d+ more stor/ }).click();
  await expect.poll(() => groups.count()).toBeGreaterThan(10);
  await page.getByRole('searchbox').fill(query.slice(0, -1));
  await expect(page.locator(`ol[data-query="${query.slice(0, -1)}"]`)).toBeAttached();
  await expect.poll(() => groups.count()).toBeLessThanOrEqual(10);
});
