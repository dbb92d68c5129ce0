/**
 * The strict Content-Security-Policy holds wherever a reader goes: the library, a story, search,
 * the add dialog with an import, and offline. Any `securitypolicyviolation` fails the test.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pasteArticle, SEED_TITLE_003 } from './fixtures';

test('no page of the app breaks the Content-Security-Policy', async ({ page, context }) => {
  test.setTimeout(60_000);
  const violations: string[] = [];
  await page.exposeFunction('cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolation: (v: string) => void }).cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self';/);
  expect(csp).not.toMatch(/unsafe-(eval|inline)/);
  await page.getByRole('link', { name: SEED_TITLE_003 }).click();
  await expect(page.locator('article[data-pane] .hl-quote').first()).toBeVisible();
  await page.goto('/search?q=lukashenk');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await page.goto('/');
  await pasteArticle(page, readFileSync('corpus/articles/003_1a1a1ac63ae0f7f4.txt', 'utf8'));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your articles' })).toContainText('1 story from 1 article');
  expect(violations).toEqual([]);
});
