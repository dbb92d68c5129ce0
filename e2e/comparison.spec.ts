import { expect, type Locator, type Page, test } from '@playwright/test';
import { ID_000, ID_003, pane, SEED_TITLE_003 } from './fixtures';

const openStory = async (page: Page) => {
  await page.goto('/');
  await page.getByRole('link', { name: SEED_TITLE_003 }).click();
  await expect(page.locator('article[data-pane] .hl-quote').first()).toBeVisible();
};
/** What a sighted reader sees of an element (without the screen-reader-only words). */
const seen = (el: Locator) =>
  el.evaluate((e) => {
    const c = e.cloneNode(true) as HTMLElement;
    for (const s of c.querySelectorAll('.sr-only')) s.remove();
    return c.textContent ?? '';
  });
const scroller = (page: Page, id: string) => pane(page, id).locator('[data-scroller]');

/** Whether the element's box lies inside its pane's visible scroll area. */
async function inView(el: Locator, box: Locator): Promise<boolean> {
  const a = await el.boundingBox();
  const b = await box.boundingBox();
  return !!a && !!b && a.y >= b.y - 1 && a.y + Math.min(a.height, 40) <= b.y + b.height + 1;
}

test('shared quotes and shared names are highlighted in both panes, with a legend', async ({ page }) => {
  await openStory(page);
  for (const id of [ID_000, ID_003]) {
    const quoted = (await pane(page, id).locator('.hl-quote').allTextContents()).join('');
    expect(quoted).toMatch(/^There are enough problems on both sides/);
    expect(quoted).not.toContain('We have to sit down');
    const names = (await pane(page, id).locator('.hl-entity').allTextContents()).join(' ');
    expect(names).toMatch(/Lukashenko/);
    expect(names).not.toMatch(/Minsk|Zelensky|Malta|Avdiivka/);
  }
  const legend = page.getByRole('group', { name: 'Highlight layers' });
  await expect(legend.getByRole('checkbox', { name: /Shared quotes \(1\)/ })).toBeChecked();
  const title = await pane(page, ID_003).locator('.hl-quote').first().getAttribute('title');
  expect(title).toMatch(/Shared quote by Alexander Lukashenko, in .*Outlet unknown.*worded differently/);
});

test('clicking the shared quote in one pane brings its counterpart into view in the other', async ({
  page,
}) => {
  await openStory(page);
  const counterpart = pane(page, ID_000).locator('[data-first*="q-"]');
  // With scroll sync on (the default): following must not be undone by the sync.
  await page.getByRole('checkbox', { name: 'Scroll panes together' }).uncheck();
  await scroller(page, ID_000).evaluate((s) => {
    s.scrollTop = s.scrollHeight;
  });
  await page.getByRole('checkbox', { name: 'Scroll panes together' }).check();
  expect(await inView(counterpart, scroller(page, ID_000))).toBe(false);
  await pane(page, ID_003).locator('[data-first*="q-"]').click();
  await expect.poll(() => inView(counterpart, scroller(page, ID_000))).toBe(true);
  await page.waitForTimeout(400);
  expect(await inView(counterpart, scroller(page, ID_000))).toBe(true);
  expect(await inView(pane(page, ID_003).locator('[data-first*="q-"]'), scroller(page, ID_003))).toBe(true);
  await expect(counterpart).toHaveClass(/hl-flash/);
  await expect(counterpart).toHaveClass(/hl-selected/);
  await expect(page).toHaveURL(/[?&]g=q-/);
  // The selection survives a reload: the URL holds it.
  await page.reload();
  await expect(pane(page, ID_000).locator('[data-first*="q-"]')).toHaveClass(/hl-selected/);
});

test('the quote panel shows both variants aligned word by word', async ({ page }) => {
  await openStory(page);
  const group = page.getByRole('list', { name: 'Quote groups' }).getByRole('listitem').first();
  await expect(group.getByRole('heading')).toHaveText('Alexander Lukashenko');
  await expect(group).toContainText('The Kyiv Independent');
  await expect(group).toContainText('Outlet unknown');
  const diff = group.getByTestId('variant-diff');
  expect(await seen(diff)).toContain('seriously [deadlocked | stalemated] [Nobody | no one]');
  await expect(diff).toContainText('first has deadlocked');
  await expect(diff.locator('del').first()).toHaveText(/deadlocked/);
  await expect(diff.locator('ins').first()).toHaveText(/stalemated/);
  await group.getByRole('button', { name: 'Show in the text' }).click();
  await expect(page).toHaveURL(/g=q-/);
});

test('each layer can be switched off and on without moving a line', async ({ page }) => {
  await openStory(page);
  const quote = pane(page, ID_003).locator('.hl-quote').first();
  const para = pane(page, ID_003).locator('[data-paragraph]').nth(3);
  const before = await para.boundingBox();
  const deco = () => quote.evaluate((e) => getComputedStyle(e).textDecorationLine);
  expect(await deco()).toBe('underline');
  const layers = page.getByRole('group', { name: 'Highlight layers' });
  for (const name of [/Shared quotes/, /Shared passages/, /Only in this article/, /People/, /Places/]) {
    await layers.getByRole('checkbox', { name }).uncheck();
  }
  expect(await deco()).toBe('none');
  const person = pane(page, ID_003).locator('.hl-PER').first();
  expect(await person.evaluate((e) => getComputedStyle(e).borderBottomColor)).toBe('rgba(0, 0, 0, 0)');
  const unique = pane(page, ID_003).locator('.hl-unique').first();
  expect(await unique.evaluate((e) => getComputedStyle(e).backgroundImage)).toBe('none');
  expect(await para.boundingBox()).toEqual(before);
  await layers.getByRole('checkbox', { name: /Shared quotes/ }).check();
  expect(await deco()).toBe('underline');
  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /People/ })).not.toBeChecked();
});

test('keyboard: j/k walk shared items, [ ] differences, Enter follows, ? shows help', async ({ page }) => {
  await openStory(page);
  await scroller(page, ID_003).focus();
  await page.keyboard.press('j');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-first', /[qp]-/);
  const first = await focused.getAttribute('data-first');
  await page.keyboard.press('j');
  await expect(focused).not.toHaveAttribute('data-first', first!);
  await page.keyboard.press('k');
  await expect(focused).toHaveAttribute('data-first', first!);
  await page.keyboard.press(']');
  await expect(focused).toHaveClass(/hl-unique|hl-quote/);
  // Enter on the focused shared quote shows its counterpart.
  await pane(page, ID_003).locator('[data-first*="q-"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/g=q-/);
  await expect(pane(page, ID_000).locator('[data-first*="q-"]')).toHaveClass(/hl-selected/);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('next / previous difference');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('scroll sync follows aligned passages and can be switched off', async ({ page }) => {
  await openStory(page);
  const other = scroller(page, ID_003);
  // Scroll the German pane to its copy of the quote: the Kyiv pane follows to its copy.
  await scroller(page, ID_000).evaluate((s) => {
    const q = s.querySelector<HTMLElement>('[data-first*="q-"]')!;
    s.scrollTop = q.getBoundingClientRect().top - s.getBoundingClientRect().top + s.scrollTop - 20;
  });
  await expect.poll(() => inView(pane(page, ID_003).locator('[data-first*="q-"]'), other)).toBe(true);
  await page.getByRole('checkbox', { name: 'Scroll panes together' }).uncheck();
  const top = await other.evaluate((s) => s.scrollTop);
  await scroller(page, ID_000).evaluate((s) => {
    s.scrollTop = 0;
  });
  await page.waitForTimeout(200);
  expect(await other.evaluate((s) => s.scrollTop)).toBe(top);
  await page.getByRole('button', { name: 'Re-sync from this pane' }).click();
  await expect.poll(() => other.evaluate((s) => s.scrollTop)).toBeLessThan(top);
});

test('panes can be removed, added back and reordered; the URL keeps them', async ({ page }) => {
  await openStory(page);
  await page.getByRole('button', { name: 'Remove Outlet unknown from the comparison' }).click();
  await expect(pane(page, ID_000)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`a=${ID_003}$`));
  // Side by side, the outlet chips bring it back (on a phone, "Add article").
  await page
    .getByRole('group', { name: 'Articles shown side by side' })
    .getByRole('button', { name: /Outlet unknown/ })
    .click();
  await expect(pane(page, ID_000)).toBeVisible();
  const order = () =>
    page.locator('article[data-pane]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pane')));
  expect(await order()).toEqual([ID_003, ID_000]);
  await page.getByRole('button', { name: 'Move The Kyiv Independent right' }).click();
  await expect.poll(order).toEqual([ID_000, ID_003]);
  await page.reload();
  await expect.poll(order).toEqual([ID_000, ID_003]);
});

test('the coverage strip and the share chart show where and how much the articles share', async ({
  page,
}) => {
  await openStory(page);
  const strip = pane(page, ID_000).getByTestId('coverage-strip');
  await expect(strip.locator('[data-strip-link]').first()).toBeAttached();
  const box = (await strip.boundingBox())!;
  const s = scroller(page, ID_000);
  expect(await s.evaluate((e) => e.scrollTop)).toBe(0);
  await strip.click({ position: { x: box.width / 2, y: box.height * 0.97 } });
  await expect.poll(() => s.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  const share = page.locator(`[data-share="${ID_003}:${ID_000}"]`);
  await expect(share).toContainText(/\d+%/);
  const pct = Number((await share.textContent())!.match(/(\d+)%/)![1]);
  expect(pct).toBeGreaterThan(5);
  expect(pct).toBeLessThan(100);
  const names = page.getByRole('table', { name: 'Names by article' });
  const luka = names.getByRole('row', { name: /Alexander Lukashenko/ });
  await expect(luka).toContainText('quoted');
});

test('a search result opens on its passage with next and previous hit', async ({ page }) => {
  await page.goto('/search?q=Lukashenko');
  await page.getByTestId('search-hit').first().getByRole('link').click();
  await expect(page.getByText(/\d+ hits for “Lukashenko”/)).toBeVisible();
  const marks = page.locator('mark.hl-hit');
  expect(await marks.count()).toBeGreaterThan(3);
  await page.locator('body').press('n');
  await expect(marks.first()).toHaveClass(/hl-flash/);
  await page.getByRole('button', { name: 'Next hit' }).click();
  await expect(marks.nth(1)).toHaveClass(/hl-flash/);
  await page.getByRole('button', { name: 'Previous hit' }).click();
  await expect(marks.first()).toHaveClass(/hl-flash/);
});

test('the comparison exports as Markdown and JSON', async ({ page }) => {
  await openStory(page);
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const text = await (await md.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  expect(text).toContain('## Shared quotes (1)');
  expect(text).toContain('seriously [deadlocked | stalemated]');
  expect(text).toContain('## Only in one article');
  const [js] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const json = JSON.parse(
    await (await js.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')),
  );
  expect(json.quoteGroups).toHaveLength(1);
  expect(json.quoteGroups[0].speaker).toBe('Alexander Lukashenko');
  expect(json.entities.map((e: { name: string }) => e.name)).toContain('Alexander Lukashenko');
  expect(json.uniquePassages.length).toBeGreaterThan(0);
});

test('prints every pane in full, without the controls, light even in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStory(page);
  // Paper is narrower than a desktop screen.
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const id of [ID_000, ID_003]) await expect(pane(page, id)).toBeVisible();
  // Dark text on paper (the light theme's slate-900), not the dark theme's light text: the
  // first number of the computed colour is its lightness (oklch % or lab L, both 0-100).
  const text = await page.locator('body').evaluate((e) => getComputedStyle(e).color);
  expect(Number(/[\d.]+/.exec(text)?.[0])).toBeLessThan(40);
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const s = scroller(page, ID_000);
  expect(await s.evaluate((e) => getComputedStyle(e).overflowY)).toBe('visible');
  expect(await s.evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);
});

test('dark theme: chosen, remembered, and applied', async ({ page }) => {
  await openStory(page);
  const theme = page.getByRole('button', { name: /Theme: system/ });
  await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await pane(page, ID_003).evaluate((e) => getComputedStyle(e).backgroundColor);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pane(page, ID_003).evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(bg);
  expect(bg).not.toBe('rgb(255, 255, 255)');
});

test('@phone one pane at a time: the switcher keeps each pane’s place, a quote leads to its counterpart', async ({
  page,
}) => {
  await openStory(page);
  await expect(pane(page, ID_003)).toBeHidden();
  const first = scroller(page, ID_000);
  await first.evaluate((s) => {
    s.scrollTop = 300;
  });
  const switcher = page.getByRole('navigation', { name: 'Show article' });
  await switcher.getByRole('button', { name: 'The Kyiv Independent' }).click();
  await expect(pane(page, ID_003)).toBeVisible();
  await expect(pane(page, ID_000)).toBeHidden();
  await switcher.getByRole('button', { name: 'Outlet unknown' }).click();
  await expect.poll(() => first.evaluate((s) => s.scrollTop)).toBe(300);
  // Tapping the shared quote shows the other article at its version of it.
  await pane(page, ID_000).locator('[data-first*="q-"]').click();
  await expect(pane(page, ID_003)).toBeVisible();
  await expect
    .poll(() => inView(pane(page, ID_003).locator('[data-first*="q-"]'), scroller(page, ID_003)))
    .toBe(true);
  // The tools fold away on a phone.
  await expect(page.getByRole('group', { name: 'Highlight layers' })).toBeHidden();
  await page.getByRole('button', { name: 'Layers and tools' }).click();
  await expect(page.getByRole('group', { name: 'Highlight layers' })).toBeVisible();
});

test('@phone fits a 360 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openStory(page);
  await page.getByRole('button', { name: 'Layers and tools' }).click();
  for (const view of ['story', 'panels']) {
    if (view === 'panels')
      await page.getByRole('heading', { name: 'Names by article' }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test('@phone moving or removing panes keeps the article being read on screen', async ({ page }) => {
  await openStory(page);
  await expect(pane(page, ID_000)).toBeVisible();
  await page.getByRole('button', { name: 'Move Outlet unknown right' }).click();
  await expect(pane(page, ID_000)).toBeVisible();
  await expect(pane(page, ID_003)).toBeHidden();
  await page.getByRole('button', { name: 'Remove Outlet unknown from the comparison' }).click();
  await expect(pane(page, ID_003)).toBeVisible();
  await expect(pane(page, ID_000)).toHaveCount(0);
});
