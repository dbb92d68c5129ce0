import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { findEntities } from '../src/core/entities/index';
import { testModel } from '../src/testing/ner-model';

// The trained name tagger in a real browser Web Worker: the built app ships the model file,
// the worker fetches it, inflates it with the browser's DecompressionStream, and tags with the
// same core as the CLI, giving the same answer as Node does. The worker script is served from
// the app's own origin (the Content-Security-Policy allows no blob: workers); page.route sees
// the request only with the service worker out of the way.
test.use({ serviceWorkers: 'block' });

test('the name tagger loads in a Web Worker from the built app and tags a text', async ({ page }) => {
  const bundled = await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'ner-worker', 'worker.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0]!.text;
  await page.route('**/e2e-ner-worker.js', (r) =>
    r.fulfill({ status: 200, contentType: 'text/javascript', body: code }),
  );
  await page.goto('/');
  const text = 'President Emmanuel Macron spoke in Marseille after Islamic State claimed the attack.';
  const answer = await page.evaluate(
    async ({ text }) => {
      const worker = new Worker('/e2e-ner-worker.js');
      const reply = await new Promise<Record<string, unknown>>((resolve) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.postMessage({ url: `${location.origin}/models/ner-model.json.gz`, text });
      });
      worker.terminate();
      return reply;
    },
    { text },
  );
  expect(answer.error).toBeUndefined();
  // the same names, spans and ids as the core gives in Node with the committed file
  expect(answer.entities).toEqual(findEntities(text, testModel()));
  const got = (answer.entities as Array<{ start: number; end: number; type: string }>).map(
    (e) => `${text.slice(e.start, e.end)}/${e.type}`,
  );
  expect(got).toContain('Emmanuel Macron/PER');
  expect(got).toContain('Islamic State/ORG');
});

test('the first screen does not download the name tagger', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: 'Lukashenko urges talks between Russia, Ukraine' }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked.filter((u) => u.includes('ner-model'))).toEqual([]);
});
