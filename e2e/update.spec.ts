import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ID_003, pane, pasteArticle, SEED_TITLE_003 } from './fixtures';

// A deployment of a new version, simulated on the served build: one precache revision in
// the service worker changes (same length, so the static server's cached headers still fit).
const SW = 'dist/sw.js';

test('a new version is announced, applied when the reader chooses, and keeps the view', async ({ page }) => {
  const original = readFileSync(SW, 'utf8');
  try {
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('link', { name: SEED_TITLE_003 }).click();
    await expect(pane(page, ID_003)).toBeVisible();
    const storyUrl = page.url();

    const next = original.replace(
      /revision:"([0-9a-f])/,
      (_m, c: string) => `revision:"${c === 'a' ? 'b' : 'a'}`,
    );
    expect(next).not.toBe(original);
    writeFileSync(SW, next);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const banner = page.getByRole('status').filter({ hasText: 'A new version of Parallax is ready' });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    // The page really reloads (a fresh document), and comes back on the same view.
    await page.evaluate(() => {
      (window as unknown as { beforeUpdate?: boolean }).beforeUpdate = true;
    });
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    expect(
      await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate),
    ).toBeUndefined();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(page).toHaveURL(storyUrl);
    await expect(pane(page, ID_003)).toContainText('Belarusian dictator Alexander Lukashenko');
    await expect
      .poll(() =>
        page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting === null)),
      )
      .toBe(true);
  } finally {
    writeFileSync(SW, original);
  }
});

test("an update keeps the reader's own articles", async ({ page }) => {
  test.setTimeout(60_000);
  const original = readFileSync(SW, 'utf8');
  try {
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await pasteArticle(page, readFileSync('corpus/articles/003_1a1a1ac63ae0f7f4.txt', 'utf8'));

    writeFileSync(
      SW,
      original.replace(/revision:"([0-9a-f])/, (_m, c: string) => `revision:"${c === 'a' ? 'b' : 'a'}`),
    );
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const banner = page.getByRole('status').filter({ hasText: 'A new version of Parallax is ready' });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await expect(page.getByRole('region', { name: 'Your articles' })).toContainText('1 story from 1 article');
  } finally {
    writeFileSync(SW, original);
  }
});
