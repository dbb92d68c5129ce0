/**
 * Reading the corpus files the first screen and the search worker need (manifest, catalogue,
 * search index, shard texts), checked by hand and by shape, without a schema library: every
 * way one can be wrong becomes a `CorpusError` with a message a person can act on. The full
 * schema checks (a whole corpus, a story shard) are in validate.ts.
 */

import type { ArticleRecord, CorpusBundle } from './corpus';
import {
  type CatalogueEntry,
  type CorpusManifest,
  type FileRef,
  type IndexFile,
  type IndexPartRef,
  type PostingsPart,
  SCHEMA_VERSION,
  type TypoPart,
  WORD_INDEX_VERSION,
} from './corpus-files';

/** unreadable: could not be fetched; version: another schemaVersion; invalid: damaged. */
export type CorpusErrorKind = 'unreadable' | 'version' | 'invalid';

export class CorpusError extends Error {
  constructor(
    readonly kind: CorpusErrorKind,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CorpusError';
  }
}

/** JSON text → data, or a CorpusError naming the file. */
export function parseJson(json: string, what: string): unknown {
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new CorpusError('invalid', `The ${what} is not valid JSON (${(e as Error).message}).`);
  }
}

/** A CorpusError unless `data` is an object stamped with this version's schemaVersion. */
export function checkVersion(data: unknown, what: string): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new CorpusError('invalid', `The ${what} does not hold a corpus object.`);
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    // "2" (a string) is not 2: say which it is, or the message reads as if nothing were wrong.
    const has =
      version === undefined
        ? 'has no schemaVersion'
        : typeof version === 'number'
          ? `has schemaVersion ${version}`
          : `has schemaVersion ${JSON.stringify(version)} (a ${typeof version}, not the number ${SCHEMA_VERSION})`;
    throw new CorpusError(
      'version',
      `The ${what} ${has}; this version of Parallax reads schemaVersion ${SCHEMA_VERSION}. Rebuild it with \`parallax ingest\`.`,
    );
  }
}

/** The manifest, checked by hand: it is read on the first screen, before any schema library. */
export function parseManifest(json: string): CorpusManifest {
  const data = parseJson(json, 'corpus manifest');
  checkVersion(data, 'corpus manifest');
  const m = data as Record<string, unknown>;
  const problems: string[] = [];
  const count = (k: string) => Number.isInteger(m[k]) && (m[k] as number) >= 0;
  const ref = (x: unknown) => {
    const r = x as Partial<FileRef> | null;
    return (
      !!r &&
      typeof r.file === 'string' &&
      /^[\w./-]+$/.test(r.file) &&
      Number.isInteger(r.bytes) &&
      (r.bytes as number) >= 0
    );
  };
  const refs = (k: string) =>
    Array.isArray(m[k]) && (m[k] as unknown[]).length > 0 && (m[k] as unknown[]).every(ref);
  for (const k of ['generator', 'builtAt', 'inputsHash'])
    if (typeof m[k] !== 'string') problems.push(`${k}: not a string`);
  if (m.code !== undefined && typeof m.code !== 'string') problems.push('code: not a string');
  for (const k of ['articles', 'stories']) if (!count(k)) problems.push(`${k}: not a count`);
  if (!ref(m.index)) problems.push('index: not a file reference');
  for (const k of ['catalogue', 'shards']) if (!refs(k)) problems.push(`${k}: not a list of file references`);
  if (m.shardParts !== undefined && !(Array.isArray(m.shardParts) && m.shardParts.every(ref)))
    problems.push('shardParts: not a list of file references');
  if (problems.length)
    throw new CorpusError('invalid', 'The corpus manifest does not match the corpus format.', problems);
  return data as CorpusManifest;
}

/**
 * The story catalogue, checked entry by entry by hand: at 100,000 articles it lists about
 * 25,000 stories, and a schema pass over them held the library's first screen back by a second.
 */
export function parseCatalogue(json: string): CatalogueEntry[] {
  const data = parseJson(json, 'story catalogue');
  checkVersion(data, 'story catalogue');
  const stories = (data as { stories?: unknown }).stories;
  const strings = (x: unknown) => Array.isArray(x) && x.every((y) => typeof y === 'string');
  const date = (x: unknown) => x === null || typeof x === 'string';
  const bad = !Array.isArray(stories)
    ? -1
    : stories.findIndex(
        (e: Partial<Record<keyof CatalogueEntry, unknown>> | null) =>
          !e ||
          typeof e.id !== 'string' ||
          typeof e.title !== 'string' ||
          !strings(e.articleIds) ||
          !strings(e.outlets) ||
          !strings(e.sharedNames) ||
          !date(e.firstPublished) ||
          !date(e.lastPublished) ||
          typeof e.unknownOutlets !== 'number',
      );
  if (bad !== -1 || !Array.isArray(stories))
    throw new CorpusError('invalid', 'The story catalogue does not match the corpus format.', [
      bad === -1 ? 'stories: not a list' : `stories.${bad}: not a story entry`,
    ]);
  return stories as CatalogueEntry[];
}

/**
 * A shard's articles for search snippets, checked by shape only (id, body, paragraphs): the
 * search worker reads many shards while the reader types, and a schema pass over a quarter
 * megabyte of articles and links is the largest part of reading one. Opening a story in the
 * reader goes through the full check (parseShard).
 */
export function parseShardTexts(json: string): {
  articles: ArticleRecord[];
  parts: Readonly<Record<string, readonly string[]>>;
} {
  const data = parseJson(json, 'story shard');
  checkVersion(data, 'story shard');
  const articles = (data as { articles?: unknown }).articles;
  const parts = (data as { parts?: unknown }).parts ?? {};
  const ok =
    Array.isArray(articles) &&
    articles.every(
      (a: Partial<ArticleRecord> | null) =>
        a && typeof a.id === 'string' && typeof a.body === 'string' && Array.isArray(a.paragraphs),
    );
  const partsOk =
    typeof parts === 'object' &&
    parts !== null &&
    Object.values(parts).every((l) => Array.isArray(l) && l.every((f) => typeof f === 'string'));
  if (!ok || !partsOk) throw new CorpusError('invalid', 'The story shard does not match the corpus format.');
  return { articles: articles as ArticleRecord[], parts: parts as Record<string, readonly string[]> };
}

/** A list of index part references, in term order. */
const partRefs = (x: unknown) =>
  Array.isArray(x) &&
  x.every(
    (r: Partial<IndexPartRef> | null, i) =>
      !!r &&
      typeof r.file === 'string' &&
      /^[\w./-]+$/.test(r.file) &&
      Number.isInteger(r.bytes) &&
      Number.isInteger(r.first) &&
      (i === 0 ? r.first === 0 : (r.first as number) > (x[i - 1] as IndexPartRef).first),
  );

/**
 * The search index's head, checked by shape (versions, and that its parallel arrays agree)
 * rather than entry by entry: at 100,000 articles a schema pass would cost more than the parse.
 */
export function parseIndexFile(json: string): IndexFile {
  const data = parseJson(json, 'search index');
  checkVersion(data, 'search index');
  const f = data as Partial<IndexFile>;
  const w = f.wordIndex;
  const t = f.articles;
  const strings = (x: unknown) => Array.isArray(x) && x.every((y) => typeof y === 'string');
  const ok =
    w &&
    w.version === WORD_INDEX_VERSION &&
    Array.isArray(w.vocabulary) &&
    typeof w.df === 'string' &&
    typeof w.lengths === 'string' &&
    partRefs(w.postingParts) &&
    partRefs(w.typoParts) &&
    (w.vocabulary.length === 0 || (w.postingParts.length > 0 && w.typoParts.length > 0)) &&
    t &&
    strings(t.ids) &&
    strings(t.titles) &&
    t.titles.length === t.ids.length &&
    strings(t.stories) &&
    Array.isArray(t.storyTitles) &&
    t.storyTitles.length === t.stories.length &&
    strings(t.dates) &&
    strings(t.outlets) &&
    [t.storySizes, t.dateOf, t.outletOf].every((x) => typeof x === 'string');
  if (!ok)
    throw new CorpusError(
      'invalid',
      w && w.version !== WORD_INDEX_VERSION
        ? `The search index is word index version ${String(w.version)}; this version of Parallax reads ${WORD_INDEX_VERSION}. Rebuild it with \`parallax ingest\`.`
        : 'The search index is damaged: its parts do not agree.',
    );
  return f as IndexFile;
}

/** One part of the search index that `ref` (from its head) names, checked by shape. */
export function parseIndexPart(json: string, ref: IndexPartRef): PostingsPart | TypoPart {
  const data = parseJson(json, 'search index part');
  checkVersion(data, 'search index part');
  const p = data as Partial<PostingsPart & TypoPart>;
  const ok =
    p.first === ref.first &&
    (typeof p.buckets === 'string' ||
      (Array.isArray(p.postings) && p.postings.every((x) => typeof x === 'string')));
  if (!ok) throw new CorpusError('invalid', `The search index part ${ref.file} is damaged.`);
  return data as PostingsPart | TypoPart;
}

/** A shard as the reader holds it: its stories, their articles, and the parts of the large ones. */
export type ShardRecord = Pick<CorpusBundle, 'articles' | 'stories'> & {
  readonly parts?: Readonly<Record<string, readonly string[]>>;
};

/**
 * A shard with the parts of its large stories merged in, checked that every story holds its
 * articles: what a whole-corpus reader (ingest's reuse, tests, benches) and the reader use.
 */
export function mergeParts(shard: ShardRecord, parts: readonly ShardRecord[]): ShardRecord {
  if (!parts.length) return shard;
  const articles = [...shard.articles, ...parts.flatMap((p) => p.articles)];
  const stories = [...shard.stories, ...parts.flatMap((p) => p.stories)];
  const ids = new Set(articles.map((a) => a.id));
  for (const s of stories)
    for (const id of s.articleIds)
      if (!ids.has(id))
        throw new CorpusError('invalid', 'A story shard does not match the corpus format.', [
          `story ${s.id} names article ${id}, which is not in the shard or its parts`,
        ]);
  return { articles, stories };
}
