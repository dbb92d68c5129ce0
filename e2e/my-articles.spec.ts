/**
 * Bringing your own articles, as a reader does it, with the browser's real IndexedDB and
 * service worker: paste one seed's page and add the other as a file plus a shortened telling
 * of it (its first paragraphs) → one story of three, compared side by side with the shared
 * quote highlighted; it is still there after a reload; bad inputs get their own message.
 */
import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { clearLongTasks, longTasks, watchLongTasks } from './fixtures';

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

/** "Export library" on `page`, read back as the downloaded file's name and text. */
async function exportLibrary(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('region', { name: 'Your articles' })
      .getByRole('button', { name: 'Export library' })
      .click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** A library file added with "Add articles" in a fresh browser profile; returns that profile's page. */
async function addInFreshProfile(browser: Browser, file: { name: string; text: string }, added: string) {
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const dialog = await openDialog(other);
  await dialog.getByLabel(/choose or drop files/).setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByTestId('add-report')).toContainText(added, { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { fresh, other };
}

/** The two seeds pasted one after the other: one story of two articles. */
const addSeeds = async (page: Page) => {
  await addPaste(page, seed000);
  await addPaste(page, seed003);
  const mine = page.getByRole('region', { name: 'Your articles' });
  await expect(mine).toContainText('1 story from 2 articles');
  return mine;
};

const addPaste = async (page: Page, text: string) => {
  const dialog = await openDialog(page);
  await dialog.getByLabel(/Paste an article/).fill(text);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByTestId('add-report')).toContainText('Added', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
};

test('removing a story can be undone, and "Remove all my articles" empties the library', async ({ page }) => {
  test.setTimeout(60_000);
  await addPaste(page, seed003);
  const mine = page.getByRole('region', { name: 'Your articles' });
  await expect(mine).toContainText('1 story from 1 article');
  await mine.getByRole('button', { name: /^Remove the story “/ }).click();
  await expect(mine).toContainText('Removed “');
  await expect(mine).toContainText('Paste an article or drop files');
  await mine.getByRole('button', { name: 'Undo' }).click();
  await expect(mine).toContainText('1 story from 1 article');
  await mine.getByRole('button', { name: 'Remove all my articles' }).click();
  await expect(mine).toContainText('Removed all 1 article');
  await page.reload();
  await expect(mine).toContainText('Paste an article or drop files');
});

test('an exported library added in a fresh browser profile gives the same library', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const mine = await addSeeds(page);
  const title = await mine.getByRole('link').first().textContent();
  const file = await exportLibrary(page);
  expect(JSON.parse(file.text)).toMatchObject({ format: 'parallax-library', libraryVersion: 1 });

  const { fresh, other } = await addInFreshProfile(browser, file, 'Added 2 articles');
  const theirs = other.getByRole('region', { name: 'Your articles' });
  await expect(theirs).toContainText('1 story from 2 articles');
  await expect(theirs.getByRole('link').first()).toHaveText(title!);
  // The same file again adds nothing twice.
  const again = await openDialog(other);
  await again.getByLabel(/choose or drop files/).setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  await again.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(again.getByTestId('add-report')).toContainText('Already in your library');
  await fresh.close();
});

test('what another app shares opens the add dialog with its title and text', async ({ page }) => {
  await page.goto(
    `/share?${new URLSearchParams({ title: 'Ferry back', text: 'The ferry ran again.', url: 'https://example.org/ferry' })}`,
  );
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  await expect(dialog.getByLabel(/Paste an article/)).toHaveValue(
    'The ferry ran again.\n\nhttps://example.org/ferry',
  );
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('Ferry back');
});

test('after one addition online, articles can be added with the network off', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  // The service worker takes control on the second visit; the model is then kept by it.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await addPaste(page, seed000);
  await context.setOffline(true);
  await page.reload();
  await addPaste(page, seed003);
  await expect(page.getByRole('region', { name: 'Your articles' })).toContainText('1 story from 2 articles');
});

test('search finds the reader’s own articles, typos forgiven, and opens them', async ({ page }) => {
  test.setTimeout(60_000);
  // Text written for this test: a name no bundled article holds.
  await addPaste(
    page,
    'Ferry to Kesselborough resumes after the storm\n\nThe Kesselborough harbour ferry ran again on Saturday after three days of gales. “We are glad to sail again,” said Mayor Ilse Brandt, who thanked the crews of the Marrow Point pier.\n\nThe port authority said repairs to the landing stage cost less than feared.',
  );
  await page.goto(`/search?q=${encodeURIComponent('kesselborugh')}`);
  const hit = page.getByTestId('search-hit').first();
  await expect(hit).toContainText('Ferry to Kesselborough resumes after the storm');
  await hit.getByRole('link').click();
  await expect(page).toHaveURL(/\/story\/story-mine-/);
  await expect(page.locator('article[data-pane]')).toContainText('Kesselborough harbour ferry');
});

test('a split and a merge of the reader’s stories are kept, also when more articles come', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const mine = await addSeeds(page);

  const card = mine.locator('article').first();
  await card.getByText('Articles and grouping').click();
  await card.getByRole('button', { name: /^Split “Lukashenko urges talks/ }).click();
  await expect(mine).toContainText('2 stories from 2 articles');

  // A shorter telling of the Kyiv article joins nothing pinned: the split stands.
  await addPaste(page, short003);
  await page.reload();
  await expect(mine).toContainText('from 3 articles');
  const kyivAlone = mine
    .getByRole('listitem')
    .filter({ hasText: 'The Kyiv Independent' })
    .filter({ hasText: /Articles\s*1/ });
  await expect(kyivAlone).toHaveCount(1);

  // Merge everything back into one story.
  while ((await mine.locator('article').count()) > 1) {
    const first = mine.locator('article').first();
    await first.getByText('Articles and grouping').click();
    const merge = first.getByLabel('Merge this story with');
    const other = await merge.locator('option').nth(1).getAttribute('value');
    const before = await mine.locator('article').count();
    await merge.selectOption(other!);
    await expect(mine.locator('article')).toHaveCount(before - 1);
  }
  await expect(mine).toContainText('1 story from 3 articles');
  await page.reload();
  await expect(mine).toContainText('1 story from 3 articles');
});

/** Tellings cut from the seeds (their first k paragraphs): distinct articles of one story. */
const cuts = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const seed = i % 2 ? seed000 : seed003;
    const paras = seed.split(/\n\s*\n/);
    return {
      name: `cut-${i + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(paras.slice(0, Math.min(paras.length, 4 + Math.floor(i / 2))).join('\n\n')),
    };
  });

test('adding twelve files lists each one as it is analysed, and the page never blocks', async ({ page }) => {
  test.setTimeout(90_000);
  await watchLongTasks(page);
  const dialog = await openDialog(page);
  await clearLongTasks(page);
  await dialog.getByLabel(/choose or drop files/).setInputFiles(cuts(12));
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Articles being added' }).getByRole('listitem')).toHaveCount(
    12,
  );
  await expect(dialog.getByTestId('add-report')).toContainText('Added 12 articles', { timeout: 60_000 });
  const long = await longTasks(page);
  expect(long.filter((ms) => ms > 50)).toEqual([]);
});

test('cancelling an import keeps nothing of it', async ({ page }) => {
  test.setTimeout(90_000);
  const dialog = await openDialog(page);
  await dialog.getByLabel(/choose or drop files/).setInputFiles(cuts(12));
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByTestId('add-progress')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Cancelled: nothing was added.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Your articles' })).toContainText(
    'Paste an article or drop files',
  );
});

test('an article’s details can be edited after adding it, and one article removed and put back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await addPaste(page, seed000);
  await addPaste(page, seed003);
  const mine = page.getByRole('region', { name: 'Your articles' });
  const card = mine.locator('article').first();
  await card.getByText('Articles and grouping').click();
  await card
    .getByRole('button', { name: /^Edit the title, outlet, date and byline of “Lukashenko urges talks/ })
    .click();
  const form = card.getByRole('form', { name: /^Details of “Lukashenko urges talks/ });
  await form.getByLabel('Outlet', { exact: true }).fill('Kyiv Daily');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(card).toContainText('Kyiv Daily');
  await expect(card).not.toContainText('The Kyiv Independent');

  await card.getByRole('button', { name: /^Remove the article “Lukashenko urges talks/ }).click();
  await expect(mine).toContainText('1 story from 1 article');
  await mine.getByRole('button', { name: 'Undo' }).click();
  await expect(mine).toContainText('1 story from 2 articles');
  await expect(mine.locator('article').first()).toContainText('Kyiv Daily');
});

test('a page copied from a browser is read as a web page when pasted', async ({ page }) => {
  test.setTimeout(60_000);
  const dialog = await openDialog(page);
  const box = dialog.getByLabel(/Paste an article/);
  await box.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData(
      'text/html',
      '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav><article><h1>Ferry to Kesselborough resumes</h1><p>The Kesselborough harbour ferry ran again on Saturday after three days of gales, the port authority said.</p><p>“We are glad to sail again,” said Mayor Ilse Brandt, who thanked the crews of the Marrow Point pier.</p></article>',
    );
    dt.setData('text/plain', 'Home World Subscribe Ferry to Kesselborough resumes …');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await box.fill('Home World Subscribe Ferry to Kesselborough resumes …');
  await expect(dialog.getByTestId('pasted-html')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByTestId('add-report')).toContainText('Added Pasted page', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('region', { name: 'Your articles' }).getByRole('link').first().click();
  const text = page.locator('article[data-pane]').first();
  await expect(text).toContainText('glad to sail again');
  await expect(text.getByTestId('article-text')).not.toContainText('Subscribe');
});

test('an exported library carries its grouping corrections and settings into a fresh profile', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const mine = await addSeeds(page);
  await page.getByRole('button', { name: /^Theme:/ }).click();
  const theme = await page.evaluate(() => localStorage.getItem('parallax-theme'));
  expect(theme).not.toBeNull();
  const card = mine.locator('article').first();
  await card.getByText('Articles and grouping').click();
  await card.getByRole('button', { name: /^Split “Lukashenko urges talks/ }).click();
  await expect(mine).toContainText('2 stories from 2 articles');
  const { fresh, other } = await addInFreshProfile(browser, await exportLibrary(page), 'Added 2 articles');
  await expect(other.getByRole('region', { name: 'Your articles' })).toContainText(
    '2 stories from 2 articles',
  );
  expect(await other.evaluate(() => localStorage.getItem('parallax-theme'))).toBe(theme);
  await fresh.close();
});

test('a 10 MB paste is refused with the reason, and nothing is added', async ({ page }) => {
  const dialog = await openDialog(page);
  const big = 'The ferry ran again. '.repeat(500_000);
  await dialog.getByLabel(/Paste an article/).evaluate((el, text) => {
    const t = el as HTMLTextAreaElement;
    const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    set.call(t, text);
    t.dispatchEvent(new Event('input', { bubbles: true }));
  }, big);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByTestId('add-report')).toContainText(
    'The pasted text was not added: it is 10.5 MB of text; an article is read up to 2.0 MB',
  );
});

test('files shared from another app (a form posted to the share target) open in the add dialog', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  // The service worker answers the share target's POST: it must control the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate((text) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.enctype = 'multipart/form-data';
    form.action = '/share';
    const title = Object.assign(document.createElement('input'), {
      name: 'title',
      value: 'Shared from the phone',
    });
    const input = Object.assign(document.createElement('input'), { type: 'file', name: 'files' });
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'kyiv.txt', { type: 'text/plain' }));
    input.files = dt.files;
    form.append(title, input);
    document.body.append(form);
    form.submit();
  }, seed003);
  await expect(page).toHaveURL(/\/share\?.*files=1/);
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  await expect(dialog.getByRole('list', { name: 'Files to add' })).toContainText('kyiv.txt');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByTestId('add-report')).toContainText('Added kyiv.txt', { timeout: 30_000 });
});

test('the library’s controls show only your stories or only the bundled ones, and filter yours too', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await addPaste(page, seed003);
  const controls = page.getByRole('form', { name: 'Sort and filter stories' });
  const mine = page.getByRole('region', { name: 'Your articles' });
  const bundled = page.getByRole('heading', { name: 'Came with Parallax' });
  await controls.getByLabel('Show', { exact: true }).selectOption('mine');
  await expect(bundled).toHaveCount(0);
  await expect(mine).toBeVisible();
  await controls.getByLabel('Show', { exact: true }).selectOption('bundled');
  await expect(mine).toHaveCount(0);
  await expect(bundled).toBeVisible();
  await controls.getByLabel('Show', { exact: true }).selectOption('all');
  await controls.getByLabel('Outlet', { exact: true }).fill('Nowhere Gazette');
  await expect(mine.getByTestId('mine-none-match')).toHaveText('None of your 1 story match the filters.');
  await controls.getByLabel('Outlet', { exact: true }).fill('kyiv');
  await expect(mine.locator('article')).toHaveCount(1);
});
