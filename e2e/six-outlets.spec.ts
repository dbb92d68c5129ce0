/**
 * The reader at real-story size: a story of six outlets of about 1,000 words each
 * (bench/story-fixture.mjs: the seeds' text and paragraphs written for it, ingested by the real
 * CLI), served in place of the built corpus. Panes keep a readable measure at 1440 and 1024 px,
 * the reader picks the panes with outlet chips (kept in the URL), a quote is followed into a
 * pane that is not shown, and a shared link still finds its quote after the corpus is rebuilt.
 */
import { expect, type Page, test } from '@playwright/test';
import { buildSixStory } from '../bench/story-fixture.mjs';
import { readCorpusFiles } from './fixtures';

test.use({ serviceWorkers: 'block' });
test.setTimeout(60_000);

const six = buildSixStory(process.cwd());
const files = readCorpusFiles(six.outDir);

async function serve(page: Page, override?: Map<string, string>) {
  await page.route('**/corpus/**', (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/corpus\//, '');
    const body = (override ?? files).get(name);
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not in the six-outlet corpus' })
      : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

const storyUrl = (query = '') => `/story/${encodeURIComponent(six.storyId)}${query}`;
const shownPanes = (page: Page) => page.locator('article[data-pane]:visible');

/** Characters per line of a pane's longest paragraph: its length over its line boxes. */
const measure = (page: Page) =>
  shownPanes(page).evaluateAll((panes) =>
    panes.map((pane) => {
      const ps = [...pane.querySelectorAll('[data-testid="article-text"] p')] as HTMLElement[];
      const p = ps.sort((x, y) => (y.textContent?.length ?? 0) - (x.textContent?.length ?? 0))[0]!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      return (p.textContent?.length ?? 0) / lines;
    }),
  );

for (const width of [1440, 1024]) {
  test(`at ${width} px the panes keep at least 45 characters a line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await serve(page);
    await page.goto(storyUrl());
    await expect(shownPanes(page).first()).toBeVisible();
    const n = await shownPanes(page).count();
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThan(6);
    for (const chars of await measure(page)) expect(chars).toBeGreaterThanOrEqual(45);
    await expect(page.getByTestId('panes-shown')).toContainText(`Showing ${n} of 6`);
  });
}

test('outlet chips choose the panes, and the URL keeps the choice', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await serve(page);
  await page.goto(storyUrl());
  const chips = page.getByRole('group', { name: 'Articles shown side by side' });
  const gazette = chips.getByRole('button', { name: /Bench Evening Gazette/ });
  await expect(gazette).toHaveAttribute('aria-pressed', 'false');
  await gazette.click();
  await expect(gazette).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('article[data-pane="bench-f-gazette"]')).toBeVisible();
  await expect(page).toHaveURL(/a=[^&]*bench-f-gazette/);
  // Hiding one shows one fewer; a reload keeps the choice.
  await chips.getByRole('button', { name: /The Kyiv Independent/ }).click();
  await expect(page.locator('article[data-pane="bench-b-lukashenko-urges-talks"]')).toHaveCount(0);
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.locator('article[data-pane="bench-f-gazette"]')).toBeVisible();
  await expect(page.locator('article[data-pane="bench-b-lukashenko-urges-talks"]')).toHaveCount(0);
});

test('a quote followed from a pane names the outlets not shown, and one click brings one in at the quote', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await serve(page);
  // Two panes only: the analyst's quote is also carried by others.
  await page.goto(storyUrl('?a=bench-a-lukashenko-stalemate,bench-b-lukashenko-urges-talks'));
  const quote = page
    .locator('article[data-pane="bench-a-lukashenko-stalemate"] .hl-quote', {
      hasText: 'wants to be seen as',
    })
    .first();
  await quote.click();
  const notice = page.getByTestId('elsewhere');
  await expect(notice).toContainText('not shown');
  const show = notice.getByRole('button', { name: /^Show / }).first();
  const outlet = ((await show.textContent()) ?? '').replace(/^Show /, '');
  await show.click();
  const added = page.locator('article[data-pane]', { has: page.getByText(outlet, { exact: true }) });
  await expect(added).toBeVisible();
  // Scrolled to the quote inside the new pane's own scroller.
  const inScroller = () =>
    added.evaluate((pane) => {
      const s = pane.querySelector('[data-scroller]')!.getBoundingClientRect();
      const q = pane.querySelector('.hl-quote.hl-selected')!.getBoundingClientRect();
      return q.top >= s.top - 1 && q.top + 10 <= s.bottom + 1;
    });
  await expect.poll(inScroller).toBe(true);
});

test('a shared link finds its quote after a rebuild that reorders the groups, and says when it is gone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await serve(page);
  await page.goto(storyUrl());
  const quote = page.locator('article[data-pane] .hl-quote', { hasText: 'wants to be seen as' }).first();
  await quote.click();
  await expect(page).toHaveURL(/g=q-/);
  const shared = page.url();
  const g = new URL(shared).searchParams.get('g')!;

  // The rebuilt corpus: the same story with its quote groups in reverse order.
  const rebuilt = new Map(files);
  for (const [name, text] of files)
    if (name.startsWith('shards/')) {
      const shard = JSON.parse(text);
      for (const s of shard.stories) s.links.quoteGroups.reverse();
      rebuilt.set(name, JSON.stringify(shard));
    }
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1440, height: 900 });
  await serve(other, rebuilt);
  await other.goto(shared);
  const selected = other.locator('.hl-selected').first();
  await expect(selected).toBeVisible();
  await expect(other.locator('.hl-selected', { hasText: 'wants to be seen as' }).first()).toBeVisible();

  // A link to a quote that no longer exists says so.
  await other.goto(shared.replace(g, 'q-zzzzzz'));
  await expect(other.getByRole('status').filter({ hasText: 'no longer in this story' })).toBeVisible();
});

test('an overview cell opens that article beside another carrying the quote, at the quote', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await serve(page);
  await page.goto(storyUrl());
  const overview = page.getByTestId('story-overview');
  await expect(overview).toBeVisible();
  // The Abendblatt is not among the first panes; its cell for the analyst's quote opens it.
  const cell = overview.getByRole('button', {
    name: /Open Bench Abendblatt at the quote by Irena Waszkiewicz/,
  });
  await cell.click();
  const abend = page.locator('article[data-pane="bench-e-abendblatt"]');
  await expect(abend).toBeVisible();
  const order = await page
    .locator('article[data-pane]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-pane')));
  expect(order[0]).toBe('bench-e-abendblatt');
  await expect(page).toHaveURL(/g=q-/);
  await expect
    .poll(() =>
      abend.evaluate((pane) => {
        const s = pane.querySelector('[data-scroller]')!.getBoundingClientRect();
        const q = pane.querySelector('.hl-quote.hl-selected')?.getBoundingClientRect();
        return !!q && q.top >= s.top - 1 && q.top + 10 <= s.bottom + 1;
      }),
    )
    .toBe(true);
  // A pair cell opens exactly that pair first.
  await overview
    .getByRole('button', { name: /^Open Bench Evening Gazette and The Kyiv Independent/ })
    .click();
  await expect
    .poll(() =>
      page
        .locator('article[data-pane]')
        .evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-pane'))),
    )
    .toEqual(['bench-f-gazette', 'bench-b-lukashenko-urges-talks']);
});

test('on a phone one pane shows at a time and every outlet of the story can be switched to @phone', async ({
  page,
}) => {
  await serve(page);
  await page.goto(storyUrl());
  const switcher = page.getByRole('navigation', { name: 'Show article' });
  await expect(switcher.getByRole('button')).toHaveCount(6);
  await switcher.getByRole('button', { name: 'Bench Evening Gazette' }).click();
  await expect(shownPanes(page)).toHaveCount(1);
  await expect(page.locator('article[data-pane="bench-f-gazette"]')).toBeVisible();
  for (const chars of await measure(page)) expect(chars).toBeGreaterThanOrEqual(30);
});
