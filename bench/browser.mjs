// What the browser benches share: the built app served by `vite preview` on a free port,
// Debian's Chromium (or Playwright's), and corpus files answered from memory.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, sep } from 'node:path';
import { root } from './bundle.mjs';

export { root };

/** A failure that ends the bench with its message (no stack). */
export class Fatal extends Error {}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Builds the app if dist/ is missing. */
export function ensureBuilt(who) {
  if (existsSync(join(root, 'dist', 'index.html'))) return;
  console.log(`${who}: dist/ is missing, running npm run build`);
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Fatal('npm run build failed');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** `vite preview` of dist/ (or of `outDir`) on a free port: { base, child }. */
export async function startPreview(outDir = 'dist') {
  const port = await freePort();
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Fatal(`vite preview exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/`)).ok) return { base, child };
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  child.kill();
  throw new Fatal(`vite preview did not answer on ${base} within 20 s:\n${output}`);
}

export async function launchChromium() {
  const { chromium } = await import('@playwright/test').catch((e) => {
    throw new Fatal(`@playwright/test could not be loaded (${e.message.split('\n')[0]})`);
  });
  try {
    return await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  } catch (e) {
    throw new Fatal(`Chromium could not start: ${e.message.split('\n')[0]}`);
  }
}

/** Every .json file under `dir`, by its path relative to it ("shards/0.ab….json"). */
export function filesOf(dir) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.split(sep).join('/'), readFileSync(join(dir, f))]),
  );
}

/** Answers the app's corpus requests from `files()` (a map of relative path → bytes). */
export function routeCorpus(context, files) {
  return context.route('**/corpus/**', (route) => {
    const body = files()[new URL(route.request().url()).pathname.replace(/^\/corpus\//, '')];
    return body
      ? route.fulfill({ status: 200, contentType: 'application/json', body })
      : route.fulfill({ status: 404, body: 'not in this corpus' });
  });
}
