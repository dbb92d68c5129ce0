/**
 * "Where they differ", in the built app: three reports of one invented attack
 * (src/core/__fixtures__/attack-story.ts) ingested by the real CLI and served in place of the
 * bundled corpus. The panel lists the death toll each outlet gives, with its time and source;
 * the figures are ringed in the text; choosing the line shows the articles side by side at
 * the figure; the layer switches the rings off; both exports carry the difference.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { buildFixture } from '../bench/story-fixture.mjs';
import { ATTACK, ATTACK_META } from '../src/core/__fixtures__/attack-story';
import { readCorpusFiles } from './fixtures';

test.use({ serviceWorkers: 'block' });
test.setTimeout(60_000);

const built = buildFixture(
  (Object.keys(ATTACK) as (keyof typeof ATTACK)[]).map((name) => ({
    name,
    text: ATTACK[name],
    meta: { ...ATTACK_META[name] },
  })),
  'parallax-claims-',
);
const files = readCorpusFiles(built.outDir);

async function open(page: Page, width = 1440) {
  await page.setViewportSize({ width, height: 900 });
  await page.route('**/corpus/**', (route) => {
    const body = files.get(new URL(route.request().url()).pathname.replace(/^\/corpus\//, ''));
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not in the claims corpus' })
      : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await page.goto(`/story/${encodeURIComponent(built.storyId)}`);
  return page.getByRole('region', { name: /Where they differ/ });
}

const ring = (page: Page, text: string) =>
  page
    .locator('article[data-pane] .hl-differ', { hasText: text })
    .first()
    .evaluate((el) => getComputedStyle(el).boxShadow);

test('the panel lists the death toll each outlet gives, with its time and source', async ({ page }) => {
  const panel = await open(page);
  const line = panel
    .getByRole('list', { name: 'Figures given differently' })
    .getByRole('button', { name: /killed:/ });
  await expect(line).toContainText('at least 84 (The Sun Times, 14 Jul 2026, 23:40, quoting the prosecutor)');
  await expect(line).toContainText('Nearly 80 (Daily Courier, 14 Jul 2026, 23:05)');
  await expect(line).toContainText('77 (Wire Service, 15 Jul 2026, 01:10)');
  // What they agree on is there, folded: the driver's age is one of them.
  await panel.getByText(/figures? they agree on/).click();
  await expect(panel.getByRole('list', { name: 'Figures they agree on' })).toContainText('31-year-old');
});

test('the figures are ringed in the text, and the layer switches the rings off', async ({ page }) => {
  await open(page);
  expect(await ring(page, 'at least 84')).not.toBe('none');
  const layer = page.getByRole('checkbox', { name: /Figures that differ/ });
  await expect(layer).toBeChecked();
  await layer.uncheck();
  expect(await ring(page, 'at least 84')).toBe('none');
});

test('choosing a difference shows its articles side by side at the figure', async ({ page }) => {
  const panel = await open(page, 1024);
  await panel.getByRole('button', { name: /killed:/ }).click();
  await expect(page).toHaveURL(/[?&]g=c-/);
  // Two panes keep a readable measure at 1024 px: both now hold a figure of the difference.
  const panes = page.locator('article[data-pane]');
  await expect(panes).toHaveCount(2);
  for (const p of await panes.all()) await expect(p.locator('.hl-differ.hl-selected')).toHaveCount(1);
  const selected = page.locator('article[data-pane] .hl-differ.hl-selected');
  await expect(selected.first()).toBeVisible();
  const shown = await selected.allTextContents();
  expect(shown.length).toBeGreaterThanOrEqual(2);
  for (const t of shown) expect(['at least 84', 'Nearly 80', '77']).toContain(t);
});

test('both exports carry the difference', async ({ page }) => {
  await open(page, 1800);
  const read = async (name: string) => {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return (await d.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  };
  const md = await read('Export Markdown');
  expect(md).toMatch(/## Where they differ \(\d+\)/);
  expect(md).toMatch(/- killed: .*at least 84 \(The Sun Times, quoting the prosecutor\)/);
  const json = JSON.parse(await read('Export JSON'));
  const killed = json.differences.find((d: { what: string }) => d.what === 'killed');
  expect(killed.members.map((m: { text: string }) => m.text).sort()).toEqual([
    '77',
    'Nearly 80',
    'at least 84',
  ]);
});

for (const scheme of ['light', 'dark'] as const)
  test(`the panel and the ringed figures have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const panel = await open(page);
    await panel.getByText(/figures? they agree on/).click();
    await expect(page.locator('article[data-pane] .hl-differ').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
