import { expect, test } from '@playwright/test';

// Service workers are blocked here so that page.route sees the corpus request.
test.use({ serviceWorkers: 'block' });

const cases = [
  {
    name: 'not JSON',
    body: '{"schemaVersion": 3, "articles": [',
    heading: 'The story corpus is damaged',
    says: /not valid JSON/,
  },
  {
    name: 'another schema version',
    body: JSON.stringify({ schemaVersion: 99, articles: [] }),
    heading: 'The story corpus is from a different version of Parallax',
    says: /schemaVersion 99/,
  },
  {
    name: 'wrong shape',
    body: JSON.stringify({ schemaVersion: 3, articles: 'many' }),
    heading: 'The story corpus is damaged',
    says: /does not match the corpus format/,
  },
];

for (const c of cases) {
  test(`a corpus that is ${c.name} gets an error screen that says what to do`, async ({ page }) => {
    await page.route('**/corpus/manifest.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: c.body }),
    );
    await page.goto('/');
    await expect(page.getByRole('heading', { name: c.heading })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(c.says);
    await expect(page.getByRole('alert')).toContainText('npm run corpus');
  });
}

test('a missing corpus says it is missing, and Try again recovers once it is back', async ({ page }) => {
  let broken = true;
  await page.route('**/corpus/manifest.json', (route) =>
    broken ? route.fulfill({ status: 404, body: 'nope' }) : route.continue(),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('missing from this build');
  broken = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
});

test('a damaged search index gets a message on the search page, and the library still works', async ({
  page,
}) => {
  await page.route(/\/corpus\/index\.[0-9a-f]+\.json$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"schemaVersion": 3, "wordIndex": {',
    }),
  );
  await page.goto('/search?q=lukashenko');
  await expect(page.getByRole('alert')).toContainText('The search index is not valid JSON');
  await page.getByRole('link', { name: 'Parallax' }).first().click();
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
});

test('a search index from the previous version (one whole file) says to rebuild it', async ({ page }) => {
  await page.route(/\/corpus\/index\.[0-9a-f]+\.json$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ schemaVersion: 2, wordIndex: { version: 5, vocabulary: [], postings: [] } }),
    }),
  );
  await page.goto('/search?q=lukashenko');
  await expect(page.getByRole('alert')).toContainText(
    'The search index has schemaVersion 2; this version of Parallax reads schemaVersion 3. Rebuild it with `parallax ingest`.',
  );
});

test('a damaged part of the search index is named on the search page', async ({ page }) => {
  await page.route(/\/corpus\/index\/p\d+\.[0-9a-f]+\.json$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"schemaVersion": 3, "first": -1}',
    }),
  );
  await page.goto('/search?q=lukashenko');
  await expect(page.getByRole('alert')).toContainText(
    /The search index part index\/p\d+\.[0-9a-f]+\.json is damaged/,
  );
});

test('a search whose index part cannot be downloaded answers with the rest, saying results may be missing', async ({
  page,
}) => {
  // As offline, with a part the service worker never cached: the fetch fails.
  await page.route(/\/corpus\/index\/p\d+\.[0-9a-f]+\.json$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/search?q=lukashenko');
  await expect(page.getByRole('status').filter({ hasText: 'some results' })).toContainText(
    'part of the search index these words need has not been downloaded yet',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a story whose shard is missing says so instead of a white page', async ({ page }) => {
  await page.route(/\/corpus\/shards\//, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await page
    .getByRole('link', { name: /Lukashenko/ })
    .first()
    .click();
  await expect(page.getByRole('alert')).toContainText(
    /corpus\/shards\/0\.[0-9a-f]+\.json is missing from this build/,
  );
});
