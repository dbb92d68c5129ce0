import type { Page } from '@playwright/test';

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
