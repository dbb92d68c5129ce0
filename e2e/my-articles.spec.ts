/**
 * Bringing your own articles, as a reader does it, with the browser's real IndexedDB and
 * service worker: paste one seed's page and add the other as a file plus a shortened telling
 * of it (its first paragraphs) → one story of three, compared side by side with the shared
 * quote highlighted; it is still there after a reload; bad inputs get their own message.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

const seed000 = readFileSync('corpus/articles/000_603a60e8229c8bdb.txt', 'utf8');
const seed003 = readFileSync('corpus/articles/003_1a1a1ac63ae0f7f4.txt', 'utf8');
// The Kyiv seed cut after its sixth paragraph: another outlet's shorter telling.
const short003 = seed003
  .split(/\n\s*\n/)
  .slice(0, 6)
  .join('\n\n');

const openDialog = async (page: Page) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Add articles/ }).click();
  return page.getByRole('dialog', { name: 'Add articles' });
};

test('a pasted page and two files of one story become one story, compared, kept across a reload', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const dialog = await openDialog(page);
  await dialog.getByLabel(/Paste an article/).fill(seed000);
  await dialog.getByLabel('Outlet', { exact: true }).fill('Regional Daily');
  await dialog.getByLabel(/choose or drop files/).setInputFiles([
    { name: 'kyiv.txt', mimeType: 'text/plain', buffer: Buffer.from(seed003) },
    { name: 'kyiv-short.txt', mimeType: 'text/plain', buffer: Buffer.from(short003) },
  ]);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByTestId('add-report')).toContainText('Added 3 articles', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const mine = page.getByRole('region', { name: 'Your articles' });
  await expect(mine).toContainText('1 story from 3 articles');
  await page.reload();
  await expect(mine).toContainText('1 story from 3 articles');
  await mine.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/story\/story-mine-/);
  // Three articles; at 1280 px two panes fit, the chips hold the third.
  const chips = page.getByRole('group', { name: 'Articles shown side by side' });
  await expect(chips.getByRole('button')).toHaveCount(3);
  await expect(chips.getByRole('button', { name: /Regional Daily/ })).toBeVisible();
  await expect(page.locator('article[data-pane]')).toHaveCount(2);
  const quoted = page.locator('article[data-pane] .hl-quote', {
    hasText: 'There are enough problems on both sides',
  });
  await expect(quoted.first()).toBeVisible();
  expect(await quoted.count()).toBeGreaterThanOrEqual(2);

  // Adding the same page again adds nothing.
  const again = await openDialog(page);
  await again.getByLabel(/Paste an article/).fill(seed000);
  await again.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(again.getByTestId('add-report')).toContainText('Already in your library');
});

test('bad inputs each get their own message, and the good one still goes in', async ({ page }) => {
  test.setTimeout(60_000);
  const dialog = await openDialog(page);
  await dialog.getByLabel(/choose or drop files/).setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('   \n ') },
    { name: 'binary.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 255, 0, 0, 7, 8, 0, 0]) },
    { name: 'slides.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from('{"headline": "no text"}') },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"text": ') },
    {
      name: 'menu.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><body><nav></nav></body></html>'),
    },
    { name: 'kyiv.txt', mimeType: 'text/plain', buffer: Buffer.from(seed003) },
  ]);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const report = dialog.getByTestId('add-report');
  await expect(report).toContainText('Added kyiv.txt', { timeout: 30_000 });
  await expect(report).toContainText('empty.txt was not added: it is empty');
  await expect(report).toContainText('binary.txt was not added: it is not text');
  await expect(report).toContainText(
    'slides.pdf was not added: Parallax reads .txt, .html and .json files, not .pdf',
  );
  await expect(report).toContainText(
    'wrong.json, article 1: article: an article needs a "text" or an "html" field',
  );
  await expect(report).toContainText('broken.json was not added: it is not valid JSON');
  await expect(report).toContainText('menu.html was not added: the page holds no article text');
});
