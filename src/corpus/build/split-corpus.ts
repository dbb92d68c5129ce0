/**
 * A corpus → the files the reader downloads (src/schema/corpus-files.ts): a small manifest,
 * the search index (a head and its parts: src/search/engine/split-index.ts), the story catalogue in pages, and story shards of about `shardBytes` each. Pure;
 * `parallax ingest` writes the files.
 */
import type { ArticleRecord, CorpusBundle, StoryRecord } from '../../schema/corpus';
import {
  CATALOGUE_PAGE,
  type CatalogueEntry,
  type CorpusManifest,
  type IndexFile,
  shardOf,
} from '../../schema/corpus-files';
import { writeArticleTable } from '../../search/engine/article-table';
import { splitWordIndex } from '../../search/engine/split-index';
import { buildWordIndex } from '../../search/engine/word-index';
import { articleIndexDoc } from '../../search/index-doc';

export interface CorpusFiles {
  readonly manifest: CorpusManifest;
  /** Every file but the manifest, by name relative to the corpus folder. */
  readonly files: readonly { name: string; text: string }[];
}

/** Shards of about this many bytes, links included: a story opens with one small fetch. */
export const SHARD_BYTES = 256 * 1024;

export function splitCorpus(corpus: CorpusBundle, shardBytes = SHARD_BYTES): CorpusFiles {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const storyOf = new Map<string, StoryRecord>();
  for (const s of corpus.stories) for (const id of s.articleIds) storyOf.set(id, s);
  const files: { name: string; text: string }[] = [];
  const add = (stem: string, data: unknown) => {
    const text = JSON.stringify(data);
    const name = `${stem}.${contentHash(text)}.json`;
    files.push({ name, text });
    return { file: name, bytes: text.length };
  };
  const { schemaVersion } = corpus;

  // Articles in story order, so an article's number in the index follows its story.
  const articles: { a: ArticleRecord; story: StoryRecord }[] = [];
  for (const s of corpus.stories)
    for (const id of s.articleIds) articles.push({ a: byId.get(id)!, story: s });
  const index: IndexFile = {
    schemaVersion,
    wordIndex: splitWordIndex(
      buildWordIndex(articles.map(({ a, story }) => articleIndexDoc(a, story.id))),
      add,
    ),
    articles: writeArticleTable(
      articles.map(({ a, story }) => ({
        id: a.id,
        story: story.id,
        storyTitle: story.title,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
      })),
    ),
  };

  const catalogue: CatalogueEntry[] = corpus.stories.map(({ links: _, ...s }) => ({
    ...s,
    unknownOutlets: s.articleIds.filter((id) => !byId.get(id)?.outlet).length,
  }));

  // Sized by what a shard holds: the stories with their links (often larger than the text)
  // and their articles, as written.
  const size = corpus.stories.reduce(
    (n, st) =>
      n +
      JSON.stringify(st).length +
      st.articleIds.reduce((m, id) => m + JSON.stringify(byId.get(id)).length + 1, 0),
    0,
  );
  const count = Math.max(1, Math.ceil(size / shardBytes));
  const shards = Array.from({ length: count }, () => ({
    articles: [] as ArticleRecord[],
    stories: [] as StoryRecord[],
    parts: {} as Record<string, string[]>,
  }));
  // A story larger than a shard is written in parts, named by its shard: its record with its
  // links (often the larger half) in one, its articles in parts of about a shard each. So no
  // file is much over `shardBytes` unless one record or one article is, and the reader's cache,
  // which keeps a number of files, keeps about as many bytes as it says.
  const partRefs: { file: string; bytes: number }[] = [];
  for (const s of corpus.stories) {
    const shard = shards[shardOf(s.id, count)]!;
    const own = s.articleIds.map((id) => byId.get(id)!);
    const sizes = own.map((a) => JSON.stringify(a).length + 1);
    if (own.length < 2 || JSON.stringify(s).length + sizes.reduce((n, x) => n + x, 0) <= shardBytes) {
      shard.stories.push(s);
      shard.articles.push(...own);
      continue;
    }
    const articleParts: string[] = [];
    let part: ArticleRecord[] = [];
    let bytes = 0;
    const flush = () => {
      const ref = add(`shards/p${partRefs.length}`, { schemaVersion, articles: part, stories: [] });
      partRefs.push(ref);
      articleParts.push(ref.file);
      part = [];
      bytes = 0;
    };
    own.forEach((a, i) => {
      if (part.length && bytes + sizes[i]! > shardBytes) flush();
      part.push(a);
      bytes += sizes[i]!;
    });
    flush();
    // the record's part names the article parts too, so it reads as a shard of its own
    const record = add(`shards/p${partRefs.length}`, {
      schemaVersion,
      articles: [],
      stories: [s],
      parts: { [s.id]: articleParts },
    });
    partRefs.push(record);
    shard.parts[s.id] = [record.file, ...articleParts];
  }
  const shardRefs = shards.map(({ parts, ...s }, n) =>
    add(`shards/${n}`, { schemaVersion, ...s, ...(Object.keys(parts).length ? { parts } : {}) }),
  );

  const manifest: CorpusManifest = {
    schemaVersion,
    generator: corpus.generator,
    builtAt: corpus.builtAt,
    inputsHash: corpus.inputsHash,
    articles: corpus.articles.length,
    stories: corpus.stories.length,
    index: add('index', index),
    catalogue: Array.from({ length: Math.max(1, Math.ceil(catalogue.length / CATALOGUE_PAGE)) }, (_, n) =>
      add(`stories/${n}`, {
        schemaVersion,
        stories: catalogue.slice(n * CATALOGUE_PAGE, (n + 1) * CATALOGUE_PAGE),
      }),
    ),
    shards: shardRefs,
    ...(partRefs.length ? { shardParts: partRefs } : {}),
  };
  return { manifest, files };
}

/** 16 hex digits of two FNV-1a passes: names a file by its content, for caching. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
