import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('library has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
  await expectNoViolations(page);
});

test('the add-articles dialog, opened with the a key, has no axe violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Add articles/ }).waitFor();
  await page.keyboard.press('a');
  await expect(page.getByRole('dialog', { name: 'Add articles' })).toBeVisible();
  await expectNoViolations(page);
});

test('story view (with furniture revealed) has no axe violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Lukashenko urges talks between Russia, Ukraine' }).click();
  await page.getByTestId('removed').first().locator('summary').click();
  await expectNoViolations(page);
});

test('story view in the dark theme, with the help open, has no axe violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.getByRole('link', { name: 'Lukashenko urges talks between Russia, Ukraine' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // the theme is set before the first paint; axe must wait for the story itself
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Keys (?)' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
  await expectNoViolations(page);
});

test('@phone story view on a phone has no axe violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Lukashenko urges talks between Russia, Ukraine' }).click();
  await page.getByRole('button', { name: 'Layers and tools' }).click();
  await expectNoViolations(page);
});

test('search results have no axe violations', async ({ page }) => {
  await page.goto('/search?q=lukashenk');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await expectNoViolations(page);
});

test('the error screen has no axe violations', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/corpus/manifest.json', (r) =>
    r.fulfill({ status: 200, body: '{"schemaVersion": 1}' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
  await context.close();
});
