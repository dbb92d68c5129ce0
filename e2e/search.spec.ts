import { expect, test } from '@playwright/test';
import { ID_003, pane } from './fixtures';

test('a search with a typo finds the story and opens the article at the hit', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('zelenskyy');
  await expect(page).toHaveURL(/\/search\?q=zelenskyy/);
  const hit = page.getByTestId('search-hit').first();
  await expect(hit).toContainText('Lukashenko urges talks between Russia, Ukraine');
  await expect(hit.locator('mark').first()).toHaveText(/zelensky/i);
  await hit.getByRole('link').click();

  await expect(page).toHaveURL(/\/story\/.*at=003_1a1a1ac63ae0f7f4\.\d+/);
  const target = pane(page, ID_003).locator('[data-paragraph]:focus');
  await expect(target).toBeInViewport();
  await expect(target.locator('mark').first()).toHaveText(/zelensky/i);

  // The field follows the URL: Back returns to the search with its query, and once more to
  // the library with the field empty.
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('zelenskyy');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
});

test('typo-tolerant and accent-insensitive: lukashenk and Lukašenko find the story', async ({ page }) => {
  for (const q of ['lukashenk', 'Lukašenko']) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId('search-hit')).toHaveCount(2);
    await expect(page.getByTestId('search-hit').first().locator('mark').first()).toHaveText(/lukashenk/i);
  }
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/search?q=xylophone');
  await expect(page.getByText('No article matches.')).toBeVisible();
});

test('results are grouped by story, each hit with its outlet and a marked snippet', async ({ page }) => {
  await page.goto('/search?q=lukashenko%20negotiations');
  const groups = page.locator('section[aria-label^="Story:"]');
  await expect(groups).toHaveCount(1);
  await expect(groups.getByTestId('search-hit')).toHaveCount(2);
  await expect(page.getByTestId('search-status')).toHaveText('2 articles in 1 story');
  const kyiv = groups.getByTestId('search-hit').filter({ hasText: 'The Kyiv Independent' });
  await expect(kyiv.locator('p mark').first()).toHaveText(/Lukashenko|negotiations/);
});

for (const c of [
  // The same quote, translated two ways.
  { q: '"seriously stalemated"', only: 'The Kyiv Independent' },
  { q: '"seriously deadlocked"', only: 'Outlet unknown' },
  { q: 'lukashenko -deadlocked', only: 'The Kyiv Independent' },
  { q: 'outlet:kyiv lukashenko', only: 'The Kyiv Independent' },
  { q: 'outlet:"kyiv independent"', only: 'The Kyiv Independent' },
]) {
  test(`query syntax: ${c.q} finds one article`, async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(c.q)}`);
    await expect(page.getByTestId('search-status')).toHaveText('1 article in 1 story');
    await expect(page.getByTestId('search-hit')).toContainText(c.only);
  });
}

test('query syntax: speaker: and date filters', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('speaker:lukashenko')}`);
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('lukashenko after:2023-10')}`);
  await expect(page.getByTestId('search-status')).toHaveText('2 articles in 1 story');
  await page.goto(`/search?q=${encodeURIComponent('lukashenko before:2023-10-01')}`);
  await expect(page.getByText('No article matches.')).toBeVisible();
});

test('results follow typing: every keystroke ends on the results of the full query', async ({ page }) => {
  await page.goto('/');
  // "protracted" is in the Kyiv article only; "pro" alone matches both.
  await page.getByRole('searchbox').pressSequentially('protracted', { delay: 30 });
  await expect(page.locator('ol[data-query]')).toHaveAttribute('data-query', 'protracted');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit').locator('mark').first()).toHaveText('protracted');
  for (let i = 0; i < 'tracted'.length; i++) await page.getByRole('searchbox').press('Backspace');
  await expect(page.locator('ol[data-query]')).toHaveAttribute('data-query', 'pro');
  await expect(page.getByTestId('search-hit')).toHaveCount(2);
});

test('a "phrase" in a title finds the article although its body does not hold it', async ({ page }) => {
  // The Kyiv seed's body never says "urges talks"; its title does.
  await page.goto(`/search?q=${encodeURIComponent('"Lukashenko urges talks"')}`);
  const hit = page.getByTestId('search-hit').first();
  await expect(hit).toContainText('Lukashenko urges talks between Russia, Ukraine');
});
