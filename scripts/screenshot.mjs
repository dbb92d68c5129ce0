// Takes the README's screenshots of the built app (run `npm run build` first):
// docs/screenshot-story.png (desktop, the shared quote followed), docs/screenshot-phone.png
// and docs/screenshot-dark.png (desktop, dark theme, panels).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = 4388;
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
try {
  await new Promise((r) => setTimeout(r, 1500));
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const shots = [
    ['docs/screenshot-story.png', { width: 1280, height: 860 }, 'light'],
    ['docs/screenshot-phone.png', { width: 390, height: 844 }, 'light'],
    ['docs/screenshot-dark.png', { width: 1280, height: 860 }, 'dark'],
  ];
  for (const [file, viewport, colorScheme] of shots) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('link', { name: /Lukashenko urges talks/ }).click();
    await page.locator('article[data-article]').first().waitFor();
    if (file.endsWith('story.png')) {
      // Follow the shared quote from the Kyiv pane: the other pane shows its version.
      await page.locator('article[data-pane]').nth(1).locator('.hl-quote').first().click();
      await page.waitForTimeout(400);
    }
    if (file.endsWith('dark.png'))
      await page.getByRole('heading', { name: 'Shared quotes' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
