import { describe, expect, it } from 'vitest';
import { CATALOGUE_PAGE, shardOf } from '../../schema/corpus-files';
import {
  CorpusError,
  mergeParts,
  parseCatalogue,
  parseIndexFile,
  parseIndexPart,
  parseManifest,
} from '../../schema/read-files';
import { parseShard } from '../../schema/validate';
import { readArticleTable } from '../../search/engine/article-table';
import { createEngine } from '../../search/engine/engine';
import { partedSource } from '../../search/engine/index-source';
import { generateCorpus, toCorpusBundle } from '../../testing/generated-corpus';
import { seedCorpus } from '../../testing/seed-story';
import { splitCorpus } from './split-corpus';

const files = (c = seedCorpus, shardBytes?: number) => {
  const { manifest, files } = splitCorpus(c, shardBytes);
  const byName = new Map(files.map((f) => [f.name, f.text]));
  return { manifest: parseManifest(JSON.stringify(manifest)), byName };
};

describe('the corpus in files', () => {
  it('names every file by its content and validates each one back', () => {
    const { manifest, byName } = files();
    expect(manifest.articles).toBe(seedCorpus.articles.length);
    for (const ref of [manifest.index, ...manifest.catalogue, ...manifest.shards]) {
      expect(byName.get(ref.file)?.length).toBe(ref.bytes);
      expect(ref.file).toMatch(/\.[0-9a-f]{16}\.json$/);
    }
    const index = parseIndexFile(byName.get(manifest.index.file)!);
    const table = readArticleTable(index.articles);
    expect(table.cards.map((c) => c.title).sort()).toEqual(seedCorpus.articles.map((a) => a.title).sort());
    expect([...table.storyTitles.values()]).toEqual(seedCorpus.stories.map((s) => s.title));
    expect(table.docs.map((d) => d.id).sort()).toEqual(seedCorpus.articles.map((a) => a.id).sort());
    const parts = [...index.wordIndex.postingParts, ...index.wordIndex.typoParts];
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const ref of parts) {
      expect(byName.get(ref.file)?.length).toBe(ref.bytes);
      expect(ref.file).toMatch(/^index\/[pt]\d+\.[0-9a-f]{16}\.json$/);
      expect(parseIndexPart(byName.get(ref.file)!, ref).first).toBe(ref.first);
    }
    const catalogue = parseCatalogue(byName.get(manifest.catalogue[0]!.file)!);
    expect(catalogue.map((s) => s.id)).toEqual(seedCorpus.stories.map((s) => s.id));
    // The German translation names no outlet.
    expect(catalogue.find((s) => s.articleIds.length === 2)?.unknownOutlets).toBe(1);
    // Same corpus, same names: a rebuild that changes nothing invalidates no cache.
    expect(files().manifest).toEqual(manifest);
  });

  it('puts each story in the shard shardOf names, over many shards', () => {
    const { manifest, byName } = files(seedCorpus, 20_000);
    expect(manifest.shards.length).toBeGreaterThan(1);
    for (const s of seedCorpus.stories) {
      const shard = parseShard(byName.get(manifest.shards[shardOf(s.id, manifest.shards.length)]!.file)!);
      const parts = (shard.parts?.[s.id] ?? []).map((f) => parseShard(byName.get(f)!));
      const whole = mergeParts(shard, parts);
      expect(whole.stories.map((x) => x.id)).toContain(s.id);
      expect(whole.articles.map((a) => a.id)).toEqual(expect.arrayContaining(s.articleIds));
    }
  });

  it('splits a story larger than a shard into parts its shard names: its record with its links, its articles by about a shard', () => {
    const limit = 6_000;
    const { manifest, byName } = files(seedCorpus, limit);
    const story = seedCorpus.stories.find((s) => s.articleIds.length === 2)!;
    const shardText = byName.get(manifest.shards[shardOf(story.id, manifest.shards.length)]!.file)!;
    const shard = parseShard(shardText);
    const names = shard.parts?.[story.id] ?? [];
    // its record with its links in one part; the seed articles, about 5–6 KB each as written, one a part
    expect(names).toHaveLength(3);
    expect(manifest.shardParts?.map((p) => p.file).sort()).toEqual([...names].sort());
    expect(shard.articles.filter((a) => story.articleIds.includes(a.id))).toEqual([]);
    expect(shard.stories.map((x) => x.id)).not.toContain(story.id);
    expect(parseShard(byName.get(names[0]!)!).stories.map((x) => x.id)).toEqual([story.id]);
    // the record first (the search worker skips it for texts), then the articles
    expect(parseShard(byName.get(names[0]!)!).articles).toEqual([]);
    for (const f of names.slice(1)) expect(parseShard(byName.get(f)!).stories).toEqual([]);
    for (const ref of manifest.shardParts ?? []) expect(byName.get(ref.file)?.length).toBe(ref.bytes);
    const merged = mergeParts(
      shard,
      names.map((f) => parseShard(byName.get(f)!)),
    );
    expect(merged.articles.map((a) => a.id).sort()).toEqual([...story.articleIds].sort());
    expect(merged.stories.find((x) => x.id === story.id)?.links).toEqual(story.links);
    // a part that is missing is said, naming the story and the article
    try {
      mergeParts(shard, [parseShard(byName.get(names[0]!)!)]);
      expect.unreachable('a missing part must be refused');
    } catch (e) {
      expect(e).toBeInstanceOf(CorpusError);
      expect((e as CorpusError).details.join(' ')).toMatch(/names article .*not in the shard or its parts/);
    }
    // at the default size the seed story fits one shard, with no parts
    expect(files().manifest.shardParts).toBeUndefined();
  });

  it('pages the catalogue in library order, 500 stories a page', () => {
    const generated = toCorpusBundle(generateCorpus(2500));
    const { manifest, byName } = files(generated);
    const pages = manifest.catalogue.map((c) => parseCatalogue(byName.get(c.file)!));
    expect(pages.length).toBe(Math.ceil(generated.stories.length / CATALOGUE_PAGE));
    expect(pages[0]).toHaveLength(CATALOGUE_PAGE);
    expect(pages.flat().map((s) => s.id)).toEqual(generated.stories.map((s) => s.id));
  });

  it('ships an index the engine answers from, quotes and speakers included', () => {
    const { manifest, byName } = files();
    const index = parseIndexFile(byName.get(manifest.index.file)!);
    const source = partedSource(index.wordIndex, readArticleTable(index.articles).docs);
    for (const ref of [...index.wordIndex.postingParts, ...index.wordIndex.typoParts])
      source.add(ref, parseIndexPart(byName.get(ref.file)!, ref));
    const engine = createEngine(source);
    expect(engine.search('speaker:lukashenko').map((h) => h.id)).toContain('kyiv');
    // The same quote, translated two ways: "seriously stalemated" (Kyiv), "seriously deadlocked".
    expect(engine.search('"seriously stalemated"').map((h) => h.id)).toEqual(['kyiv']);
    expect(engine.search('"seriously deadlocked"').map((h) => h.id)).toEqual(['de']);
  });

  it('refuses files of another version or a damaged index, saying so', () => {
    const { manifest, byName } = files();
    const other = JSON.stringify({ ...manifest, schemaVersion: 1 });
    expect(() => parseManifest(other)).toThrow(
      /schemaVersion 1; this version of Parallax reads schemaVersion 3/,
    );
    const index = JSON.parse(byName.get(manifest.index.file)!);
    index.wordIndex.postingParts = [];
    expect(() => parseIndexFile(JSON.stringify(index))).toThrow(CorpusError);
    expect(() => parseIndexFile(JSON.stringify(index))).toThrow(/damaged/);
    // A head of the previous format (one file with every postings list) is refused by version.
    expect(() => parseIndexFile(JSON.stringify({ ...index, schemaVersion: 2 }))).toThrow(
      /schemaVersion 2; this version of Parallax reads schemaVersion 3\. Rebuild it with `parallax ingest`/,
    );
    const ref = index.wordIndex.typoParts[0];
    const part = JSON.parse(byName.get(ref.file)!);
    expect(() => parseIndexPart(JSON.stringify({ ...part, first: ref.first + 1 }), ref)).toThrow(/damaged/);
    expect(() => parseShard('{"schemaVersion": 3, "articles": [')).toThrow(/not valid JSON/);
    const catalogue = JSON.parse(byName.get(manifest.catalogue[0]!.file)!);
    catalogue.stories.push({ id: 'x', title: 'No articles listed' });
    expect(() => parseCatalogue(JSON.stringify(catalogue))).toThrow(/does not match the corpus format/);
  });

  it('sizes shards by what they hold, links included', () => {
    // 60 copies of the seed story, whose links are larger than its text, under their own ids
    const text = JSON.stringify({ articles: seedCorpus.articles, stories: seedCorpus.stories });
    const copies = Array.from({ length: 60 }, (_, k) =>
      JSON.parse(
        text
          .replaceAll('"de"', `"de-${k}"`)
          .replaceAll('"kyiv"', `"kyiv-${k}"`)
          .replaceAll('"story-', `"story-${k}-`),
      ),
    );
    const big = {
      ...seedCorpus,
      articles: copies.flatMap((c) => c.articles),
      stories: copies.flatMap((c) => c.stories),
    };
    const target = 64 * 1024;
    const { manifest, byName } = files(big, target);
    const sizes = manifest.shards.map((f) => byName.get(f.file)!.length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeLessThanOrEqual(target * 1.05);
    expect(mean).toBeGreaterThan(target * 0.5);
  });
});
