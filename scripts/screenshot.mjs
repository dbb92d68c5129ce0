// Takes the README's screenshots of the built app (run `npm run build` first):
// docs/screenshot-story.png (desktop, the shared quote followed), docs/screenshot-phone.png
// and docs/screenshot-dark.png (desktop, dark theme, panels), and docs/screenshot-differ.png:
// "Where they differ" on the invented three-outlet story of the tests, ingested by the CLI and
// served in place of the bundled corpus.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  await differScreenshot(browser);
  await browser.close();
} finally {
  server.kill();
}

async function differScreenshot(browser) {
  const { buildFixture } = await import('../bench/story-fixture.mjs');
  // the fixture is TypeScript: compiled here, in memory, as the CLI's build does
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: ['src/core/__fixtures__/attack-story.ts'],
    write: false,
    format: 'esm',
  });
  const { ATTACK, ATTACK_META } = await import(
    `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
  );
  const built = buildFixture(
    Object.keys(ATTACK).map((name) => ({ name, text: ATTACK[name], meta: ATTACK_META[name] })),
    'parallax-shot-',
  );
  const files = new Map();
  const collect = (dir, prefix) => {
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory()) collect(join(dir, e.name), `${prefix}${e.name}/`);
      else files.set(`${prefix}${e.name}`, readFileSync(join(dir, e.name), 'utf8'));
  };
  collect(built.outDir, '');
  // no service worker: its "ready to work offline" notice would cover the panes
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.route('**/corpus/**', (route) => {
    const body = files.get(new URL(route.request().url()).pathname.replace(/^\/corpus\//, ''));
    return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ status: 200, body });
  });
  await page.goto(`http://127.0.0.1:${port}/story/${encodeURIComponent(built.storyId)}`);
  const panel = page.getByRole('region', { name: /Where they differ/ });
  await panel.getByRole('button', { name: /killed:/ }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'docs/screenshot-differ.png' });
  console.log('wrote docs/screenshot-differ.png');
  await context.close();
}
