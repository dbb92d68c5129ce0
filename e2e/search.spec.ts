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
