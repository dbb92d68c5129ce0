/**
 * The library's sort and filters over a generated corpus of 2,000 articles in about 500
 * stories (src/testing/generated-corpus.ts, split by the real src/corpus/build/split-corpus.ts), served in
 * place of the built one: the whole catalogue is read once a control is used.
 */
import { expect, test } from '@playwright/test';
import { splitCorpus } from '../src/corpus/build/split-corpus';
import { generateCorpus, toCorpusBundle } from '../src/testing/generated-corpus';

test.use({ serviceWorkers: 'block' });

const generated = generateCorpus(2000);
const { manifest, files } = splitCorpus(toCorpusBundle(generated));
const served = new Map<string, string>([
  ['manifest.json', JSON.stringify(manifest)],
  ...files.map((f) => [f.name, f.text] as [string, string]),
]);
const stories = new Map<string, { outlets: Set<string>; n: number }>();
for (const a of generated) {
  const s = stories.get(a.story) ?? { outlets: new Set(), n: 0 };
  s.outlets.add(a.outlet);
  s.n++;
  stories.set(a.story, s);
}

test('sorting by size and filtering by outlet and size list the matching stories', async ({ page }) => {
  await page.route('**/corpus/**', (route) => {
    const body = served.get(new URL(route.request().url()).pathname.replace(/^\/corpus\//, ''));
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not in the generated corpus' })
      : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await page.goto('/');
  const controls = page.getByRole('form', { name: 'Sort and filter stories' });
  await controls.getByLabel('Sort', { exact: true }).selectOption('articles');
  const sizes = () =>
    page
      .locator('article dl')
      .evaluateAll((dls) => dls.slice(0, 10).map((dl) => Number(dl.querySelector('dd')?.textContent)));
  const max = Math.max(...[...stories.values()].map((s) => s.n));
  await expect.poll(async () => (await sizes())[0]).toBe(max);
  const first = await sizes();
  expect(first).toEqual([...first].sort((a, b) => b - a));

  const outlet = [...stories.values()][0]!.outlets.values().next().value!;
  await controls.getByLabel('Outlet', { exact: true }).fill(outlet);
  await controls.getByLabel('Size', { exact: true }).selectOption('3');
  const expected = [...stories.values()].filter((s) => s.outlets.has(outlet) && s.n >= 3).length;
  await expect(page.getByTestId('library-matches')).toHaveText(
    ` · ${expected} ${expected === 1 ? 'story' : 'stories'} match`,
  );
  const outletsShown = await page
    .locator('article dl')
    .evaluateAll((dls) => dls.map((dl) => dl.textContent ?? ''));
  expect(outletsShown.every((t) => t.includes(outlet))).toBe(true);

  await controls.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('library-matches')).toHaveCount(0);
});
