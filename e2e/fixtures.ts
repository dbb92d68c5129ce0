import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const SEED_TITLE_003 = 'Lukashenko urges talks between Russia, Ukraine';
export const ID_000 = '000_603a60e8229c8bdb';
export const ID_003 = '003_1a1a1ac63ae0f7f4';

/** Furniture of the seeds that must never appear in the clean article text. */
export const FURNITURE = [
  'Subscribe',
  'indicates required',
  'Become a member',
  'News Feed',
  'ICBM',
  'Merkel',
  'Getty Images',
  'Gavriil Grigorov',
  'This audio is created with AI assistance',
];

export const pane = (page: Page, id: string) => page.locator(`article[data-article="${id}"]`);

type LongTaskWindow = { longTasks: number[] };

/** Records every main-thread task over 50 ms ('longtask' entries) from the page's start. */
export const watchLongTasks = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });

/** Forgets the long tasks recorded so far. */
export const clearLongTasks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as LongTaskWindow).longTasks = [];
  });

/** The durations of the long tasks recorded since the start or the last clear. */
export const longTasks = (page: Page) => page.evaluate(() => (window as unknown as LongTaskWindow).longTasks);

/** Pastes a text into "Add articles" on the page shown, adds it and closes the dialog. */
export async function pasteArticle(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: /Add articles/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  await dialog.getByLabel(/Paste an article/).fill(text);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByTestId('add-report')).toContainText('Added', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
}

/** Every file of a corpus folder `parallax ingest` wrote, by its path in the folder. */
export function readCorpusFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const collect = (at: string, prefix: string) => {
    for (const e of readdirSync(at, { withFileTypes: true }))
      if (e.isDirectory()) collect(join(at, e.name), `${prefix}${e.name}/`);
      else files.set(`${prefix}${e.name}`, readFileSync(join(at, e.name), 'utf8'));
  };
  collect(dir, '');
  return files;
}
