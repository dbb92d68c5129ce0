import { expect, test } from '@playwright/test';
import { FURNITURE, ID_000, ID_003, pane, SEED_TITLE_003 } from './fixtures';

test('the library shows the seed story with its outlets, date and article count', async ({ page }) => {
  await page.goto('/');
  const story = page.getByRole('article', { name: SEED_TITLE_003 });
  await expect(story).toBeVisible();
  await expect(story).toContainText('Articles2');
  await expect(story).toContainText('The Kyiv Independent, Outlet unknown (1)');
  await expect(story).toContainText('29 Oct 2023');
});

test('opening the story shows both articles side by side, clean', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: SEED_TITLE_003 }).click();
  await expect(page).toHaveURL(/\/story\//);
  const kyiv = pane(page, ID_003);
  const german = pane(page, ID_000);
  await expect(kyiv.getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE_003);
  await expect(kyiv).toContainText('The Kyiv Independent');
  await expect(kyiv).toContainText('By Olena Goncharova');
  await expect(german).toContainText('Outlet unknown');
  await expect(german).toContainText('By Maximilian Kurz');
  await expect(german.getByRole('heading', { level: 2 })).toContainText('Lukashenko');

  const kyivText = (await kyiv.getByTestId('article-text').textContent()) ?? '';
  const germanText = (await german.getByTestId('article-text').textContent()) ?? '';
  expect(kyivText.startsWith('Belarusian dictator Alexander Lukashenko said over the weekend')).toBe(true);
  expect(germanText).toContain('Minsk – Russia and Ukraine are in a stalemate');
  for (const f of FURNITURE) {
    expect(kyivText).not.toContain(f);
    expect(germanText).not.toContain(f);
  }

  // Side by side on a desktop: the panes share a row.
  const a = await german.boundingBox();
  const b = await kyiv.boundingBox();
  expect(a && b && Math.abs(a.y - b.y) < 2 && a.x !== b.x).toBe(true);
});

test('removed furniture can be revealed, with its reasons', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: SEED_TITLE_003 }).click();
  const removed = pane(page, ID_003).getByTestId('removed');
  await expect(removed.getByText('Become a member').first()).toBeHidden();
  await removed.locator('summary').click();
  await expect(removed.getByRole('heading', { name: 'Membership or donation appeal' })).toBeVisible();
  await expect(removed.getByText(/Become a member/).first()).toBeVisible();
  await expect(removed.getByText(/ICBM/).first()).toBeVisible();
  const german = pane(page, ID_000).getByTestId('removed');
  await german.locator('summary').click();
  await expect(german.getByText(/Gavriil Grigorov/)).toBeVisible();
  await expect(german.getByRole('heading', { name: 'Photo caption or credit' })).toBeVisible();
});

test('every view has a URL: reload and back/forward keep the view', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: SEED_TITLE_003 }).click();
  await expect(pane(page, ID_003)).toBeVisible();
  const storyUrl = page.url();
  await page.reload();
  await expect(pane(page, ID_003)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(storyUrl);
  await expect(pane(page, ID_000)).toBeVisible();

  await page.goto(`/story/${encodeURIComponent('no-such-story')}`);
  await expect(page.getByRole('heading', { name: 'Story not found' })).toBeVisible();
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
