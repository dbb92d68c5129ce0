import { expect, test } from '@playwright/test';
import { ID_000, ID_003, pane, SEED_TITLE_003 } from './fixtures';

test('shared quotes and shared names are highlighted in both panes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: SEED_TITLE_003 }).click();
  for (const id of [ID_000, ID_003]) {
    const quotes = pane(page, id).locator('[data-highlight~="quote"]');
    await expect(quotes.first()).toBeVisible();
    const quoted = (await quotes.allTextContents()).join('');
    expect(quoted).toMatch(/^There are enough problems on both sides/);
    expect(quoted).not.toContain('We have to sit down');
    expect(quoted).not.toContain('nobody dies');
    const names = await pane(page, id).locator('[data-highlight~="entity"]').allTextContents();
    expect(names.join(' ')).toMatch(/Lukashenko/);
    expect(names.join(' ')).not.toMatch(/Minsk|Zelensky|Malta|Avdiivka/);
  }
  await expect(page.getByRole('list', { name: 'Highlights' })).toContainText('Shared quote (1)');
  const title = await pane(page, ID_003).locator('[data-highlight~="quote"]').first().getAttribute('title');
  expect(title).toMatch(/Quote by .*Lukashenko, also in Outlet unknown/);
});
