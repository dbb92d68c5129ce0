/**
 * Writes the app's corpus files (src/corpus/build/split-corpus.ts) for the generated corpus of N
 * articles into a folder: `node search-files.mjs N DIR`. Prints one JSON line: the query to
 * type (a known query with a typo), its target's story, a story id, and the file sizes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitCorpus } from '../src/corpus/build/split-corpus';
import { generateCorpus, knownQueries, toCorpusBundle } from '../src/testing/generated-corpus';

const [n, dir] = [Number(process.argv[2]), process.argv[3]!];
const generated = generateCorpus(n);
const t0 = performance.now();
const { manifest, files } = splitCorpus(toCorpusBundle(generated));
const split = performance.now() - t0;
for (const f of [{ name: 'manifest.json', text: JSON.stringify(manifest) }, ...files]) {
  mkdirSync(dirname(join(dir, f.name)), { recursive: true });
  writeFileSync(join(dir, f.name), f.text);
}
const [known] = knownQueries(generated, 1);
console.log(
  JSON.stringify({
    query: known!.query,
    targetStory: generated.find((a) => a.id === known!.target)!.story,
    story: generated[Math.floor(n / 2)]!.story,
    split,
    bytes: {
      manifest: JSON.stringify(manifest).length,
      index: manifest.index.bytes,
      indexParts: files.filter((f) => f.name.startsWith('index/')).length,
      indexPartBytes: files.filter((f) => f.name.startsWith('index/')).reduce((n, f) => n + f.text.length, 0),
      catalogue: manifest.catalogue.reduce((s, c) => s + c.bytes, 0),
      shards: manifest.shards.length,
      shard: Math.round(manifest.shards.reduce((s, x) => s + x.bytes, 0) / manifest.shards.length),
    },
  }),
);
