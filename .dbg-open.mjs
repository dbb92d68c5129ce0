import { chromium } from '@playwright/test';

const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const c = await b.newContext({ serviceWorkers: 'block' });
const p0 = await c.newPage();
await p0.goto('http://127.0.0.1:4555/');
await p0.waitForSelector('main li article');
await p0.close();
const p = await c.newPage();
p.on(
  'response',
  async (r) =>
    r.url().includes('corpus') && console.log('res', r.status(), r.url().slice(-50), (await r.body()).length),
);
await p.goto('http://127.0.0.1:4555/story/story-1271');
await p.waitForTimeout(4000);
console.log((await p.locator('main').innerText()).slice(0, 100));
await b.close();
