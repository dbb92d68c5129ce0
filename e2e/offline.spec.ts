import { expect, test } from '@playwright/test';
import { ID_000, ID_003, pane, SEED_TITLE_003 } from './fixtures';

test('after one visit, the app, reading and search work with the network off', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
  // The first visit installs the service worker and tells the reader.
  await expect(page.getByTestId('offline-ready')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: SEED_TITLE_003 })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  // A deep link that was never visited online still opens (navigation fallback + cached corpus).
  await page.goto('/search?q=lukashenk');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await page.getByTestId('search-hit').first().getByRole('link').click();
  await expect(pane(page, ID_003)).toContainText('Belarusian dictator Alexander Lukashenko');
  // The comparison works offline too: follow the shared quote, read its variants.
  await pane(page, ID_003).locator('[data-first*="q-"]').click();
  await expect(pane(page, ID_000).locator('[data-first*="q-"]')).toHaveClass(/hl-selected/);
  await expect(page.getByTestId('variant-diff').first()).toContainText('stalemated');
  await context.setOffline(false);
});
