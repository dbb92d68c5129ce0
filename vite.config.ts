import { existsSync, readFileSync } from 'node:fs';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The offline storage budget for the corpus. The manifest, the story catalogue and the search
 * index's head and typo parts are precached, then its postings parts while the index so far fits
 * INDEX_BUDGET in bytes (the parts holding the most terms per byte first: they cover the most of
 * the vocabulary); every other part is cached when a query first fetches it, keeping as many of
 * the last fetched as fit INDEX_CACHE_BUDGET at the mean part size. Story shards are precached
 * while all of them fit SHARDS_BUDGET; otherwise each is cached when a story in it is opened,
 * keeping as many of the last opened as fit SHARD_CACHE_BUDGET at the corpus's mean shard size
 * (Workbox expires by count, not bytes).
 */
const INDEX_BUDGET = 48 * 1024 * 1024;
const INDEX_CACHE_BUDGET = 48 * 1024 * 1024;
const SHARDS_BUDGET = 24 * 1024 * 1024;
const SHARD_CACHE_BUDGET = 50 * 1024 * 1024;
/**
 * The static files, corpus included. The app bench (bench/search-app.mjs) builds the app over a
 * generated corpus in another folder, so that the service worker precaches that corpus.
 */
const PUBLIC_DIR = process.env.PARALLAX_PUBLIC_DIR ?? 'public';

interface ManifestSizes {
  index: { file: string; bytes: number };
  catalogue: { file: string }[];
  shards: { file: string; bytes: number }[];
  /** The parts of stories larger than a shard (src/schema/corpus-files.ts). */
  shardParts?: { file: string; bytes: number }[];
}

/** Shards and the parts of large stories: the files a story is read from. */
const storyFiles = (m: ManifestSizes) => [...m.shards, ...(m.shardParts ?? [])];

interface Part {
  file: string;
  bytes: number;
  first: number;
}
interface HeadSizes {
  wordIndex: { vocabulary: string[]; postingParts: Part[]; typoParts: Part[] };
}

function corpusManifest(): ManifestSizes | null {
  const path = `${PUBLIC_DIR}/corpus/manifest.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ManifestSizes) : null;
}

/** The index head's list of parts (a corpus of an older format has none). */
function indexParts(m: ManifestSizes): HeadSizes['wordIndex'] | null {
  const path = `${PUBLIC_DIR}/corpus/${m.index.file}`;
  if (!existsSync(path)) return null;
  const w = (JSON.parse(readFileSync(path, 'utf8')) as Partial<HeadSizes>).wordIndex;
  return w?.postingParts && w.typoParts ? w : null;
}

/**
 * The index files precached: the head and the typo parts, then postings parts by terms per byte
 * while the total stays within INDEX_BUDGET.
 */
function indexPrecache(m: ManifestSizes): string[] {
  if (m.index.bytes > INDEX_BUDGET) return [];
  const w = indexParts(m);
  if (!w) return [m.index.file];
  const out = [m.index.file, ...w.typoParts.map((p) => p.file)];
  let bytes = m.index.bytes + w.typoParts.reduce((n, p) => n + p.bytes, 0);
  const terms = (i: number) =>
    (w.postingParts[i + 1]?.first ?? w.vocabulary.length) - w.postingParts[i]!.first;
  const order = w.postingParts
    .map((_, i) => i)
    .sort((a, b) => terms(b) / w.postingParts[b]!.bytes - terms(a) / w.postingParts[a]!.bytes);
  for (const i of order) {
    const p = w.postingParts[i]!;
    if (bytes + p.bytes > INDEX_BUDGET) continue;
    bytes += p.bytes;
    out.push(p.file);
  }
  return bytes > INDEX_BUDGET ? [] : out;
}

/** How many index parts the runtime cache keeps: INDEX_CACHE_BUDGET at the mean part size. */
function indexPartEntries(): number {
  const m = corpusManifest();
  const w = m && indexParts(m);
  const parts = w ? [...w.postingParts, ...w.typoParts] : [];
  const mean = parts.length ? parts.reduce((n, p) => n + p.bytes, 0) / parts.length : 128 * 1024;
  return Math.max(50, Math.floor(INDEX_CACHE_BUDGET / mean));
}

/** How many shards the runtime cache keeps: SHARD_CACHE_BUDGET at the mean shard size, 20 to 1,000. */
function shardEntries(): number {
  const m = corpusManifest();
  const files = m ? storyFiles(m) : [];
  const mean = files.length ? files.reduce((n, s) => n + s.bytes, 0) / files.length : 256 * 1024;
  return Math.max(20, Math.min(1000, Math.floor(SHARD_CACHE_BUDGET / mean)));
}

function corpusPrecache(): string[] {
  const m = corpusManifest();
  if (!m) return [];
  const shardBytes = storyFiles(m).reduce((n, s) => n + s.bytes, 0);
  return [
    'corpus/manifest.json',
    ...m.catalogue.map((c) => `corpus/${c.file}`),
    ...indexPrecache(m).map((f) => `corpus/${f}`),
    ...(shardBytes <= SHARDS_BUDGET ? storyFiles(m).map((s) => `corpus/${s.file}`) : []),
  ];
}

/**
 * The trained name tagger, shipped beside the app for an analysis worker to load with
 * src/corpus/load/fetch-ner-model.ts: the analysis worker (src/library) fetches it when the reader
 * first adds articles, never on the first screen. It is not precached (1.3 MB): the service
 * worker keeps it once fetched (runtime cache below), so adding works offline after one
 * online addition.
 */
const NER_MODEL_ASSET = 'models/ner-model.json.gz';
function nerModel(): Plugin {
  return {
    name: 'parallax-ner-model',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: NER_MODEL_ASSET,
        source: readFileSync('models/ner/model.json.gz'),
      });
    },
  };
}

export default defineConfig({
  publicDir: PUBLIC_DIR,
  plugins: [
    react(),
    tailwindcss(),
    nerModel(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/favicon-32.png', 'icons/apple-touch-icon.png', 'robots.txt'],
      manifest: {
        name: 'Parallax — one story, every outlet',
        short_name: 'Parallax',
        description: 'Read one news story as several outlets told it, side by side, offline.',
        theme_color: '#312e81',
        background_color: '#f1f5f9',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        // "Share → Parallax" on a phone: the shared title, text, link and files open the add
        // dialog (public/share-target.js keeps the files in the service worker).
        share_target: {
          action: '/share',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [
              {
                name: 'files',
                accept: ['text/plain', 'text/html', 'application/json', '.txt', '.html', '.htm', '.json'],
              },
            ],
          },
        },
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app, and the corpus within the budget above, so reading and search work offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}', ...corpusPrecache()],
        maximumFileSizeToCacheInBytes: INDEX_BUDGET,
        runtimeCaching: [
          {
            // Content-named corpus files never change: the cached copy is always right.
            urlPattern: /\/corpus\/(shards\/p?\d+|index|stories)\.[0-9a-f]{16}\.json$/,
            handler: 'CacheFirst',
            options: { cacheName: 'parallax-corpus', expiration: { maxEntries: shardEntries() } },
          },
          {
            // The search index's parts a query fetched (those not precached), kept within their
            // own budget so that opening stories never pushes them out.
            urlPattern: /\/corpus\/index\/[pt]\d+\.[0-9a-f]{16}\.json$/,
            handler: 'CacheFirst',
            options: { cacheName: 'parallax-index', expiration: { maxEntries: indexPartEntries() } },
          },
          {
            // The name tagger for the reader's own articles: fetched on the first addition,
            // then there offline; a new build's model replaces it when online.
            urlPattern: /\/models\/ner-model\.json\.gz$/,
            handler: 'NetworkFirst',
            options: { cacheName: 'parallax-model', networkTimeoutSeconds: 5 },
          },
        ],
        navigateFallback: '/index.html',
        importScripts: ['share-target.js'],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
