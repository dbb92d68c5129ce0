/**
 * The corpus format, version 2: the articles (clean body text, paragraph spans, metadata and
 * the furniture removed from them) and the stories they form. `parallax ingest` assembles a
 * corpus in memory and writes it split into files (src/schema/corpus-files.ts): a manifest,
 * the search index, a story catalogue and story shards. Version 1 was one file with a prebuilt
 * Fuse.js index. Every file is validated when written and when loaded; a file stamped with
 * another `schemaVersion` is refused with a message rather than half-read. The per-article
 * `analysis` and per-story `links` slots are optional so that the analysis layer (entities,
 * quotes, cross-article links) can be added without changing what version 1 already says.
 */

import type { ArticleId, EntityId, StoryId } from '../core/types';
import { SCHEMA_VERSION } from './corpus-files';
import { z } from './zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'an ISO 8601 date');

const spanShape = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const paragraphSchema = z.object({
  kind: z.enum(['heading', 'body', 'caption']),
  ...spanShape,
});

const removedSchema = z.object({
  text: z.string(),
  reason: z.enum([
    'metadata',
    'navigation',
    'newsletter',
    'membership',
    'news-feed',
    'related',
    'photo',
    'audio',
    'share',
    'copyright',
    'repeated',
    'outside-article',
  ]),
  rule: z.string(),
});

const entityTypeSchema = z.enum(['PER', 'LOC', 'ORG', 'MISC']);
/** An entity id (core names/people.ts): the folded canonical name. Optional: bundles before it lack them. */
const entityIdSchema = z.custom<EntityId>((v) => typeof v === 'string' && v.length > 0, {
  message: 'an entity id',
});

const urlSafe = (v: unknown) => typeof v === 'string' && /^[\w.-]+$/.test(v);
/** Ids are branded where they are parsed (core/types.ts), so the reader never casts one. */
const articleIdSchema = z.custom<ArticleId>(urlSafe, { message: 'a URL-safe article id' });
const storyIdSchema = z.custom<StoryId>(urlSafe, { message: 'a URL-safe story id' });

/** Per-article analysis: entity mentions and quotes, spans into `body`. */
const analysisSchema = z.object({
  entities: z.array(
    z.object({ ...spanShape, type: entityTypeSchema, name: z.string(), id: entityIdSchema.optional() }),
  ),
  quotes: z.array(
    z.object({
      ...spanShape,
      speaker: z.string().nullable(),
      kind: z.enum(['direct', 'partial']),
      speakerEntity: entityIdSchema.nullable().optional(),
    }),
  ),
});

const memberSchema = z.object({
  article: articleIdSchema,
  ...spanShape,
  anchor: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }).optional(),
});

/** Per-story links between its articles, as `parallax compare` computes them. */
const linksSchema = z.object({
  quoteGroups: z.array(
    z.object({
      speaker: z.string().nullable(),
      speakerEntity: entityIdSchema.nullable().optional(),
      speakers: z.array(z.string()).optional(),
      members: z.array(memberSchema),
      score: z.number(),
      reason: z.string(),
      diffs: z.array(
        z.array(
          z.object({
            op: z.enum(['same', 'changed', 'only-first', 'only-this']),
            first: z.string(),
            this: z.string(),
          }),
        ),
      ),
    }),
  ),
  entityGroups: z.array(
    z.object({
      id: entityIdSchema.optional(),
      ids: z.array(entityIdSchema).optional(),
      name: z.string(),
      type: entityTypeSchema,
      reason: z.string(),
      articles: z.array(articleIdSchema),
      mentions: z.array(memberSchema.extend({ via: z.enum(['name', 'alias', 'demonym']) })),
    }),
  ),
  passages: z.array(
    z.object({
      kind: z.enum(['verbatim', 'paraphrase', 'unique']),
      members: z.array(memberSchema),
      score: z.number(),
      reason: z.string(),
    }),
  ),
  /** Figures the articles give for one thing (core/align/claim-groups.ts); absent in corpora built before them. */
  claims: z
    .array(
      z.object({
        what: z.string(),
        kind: z.enum(['difference', 'shared']),
        claimKind: z.enum(['count', 'money', 'percent', 'age', 'measure', 'time', 'day', 'date']),
        unit: z.string().nullable(),
        per: z.string().nullable(),
        reason: z.string(),
        members: z.array(
          memberSchema.extend({
            value: z.number(),
            qualifier: z
              .enum([
                'at least',
                'more than',
                'over',
                'nearly',
                'almost',
                'about',
                'around',
                'up to',
                'fewer than',
                'at most',
              ])
              .nullable(),
            precision: z.number().optional(),
            source: z.string().nullable(),
          }),
        ),
      }),
    )
    .optional(),
  incomplete: z.string().nullable(),
});

export const articleSchema = z
  .object({
    id: articleIdSchema,
    source: z.object({
      file: z.string(),
      format: z.enum(['txt', 'html', 'json']),
      sha256: z.string(),
    }),
    title: z.string(),
    titleDerived: z.boolean(),
    byline: z.string().nullable(),
    outlet: z.string().nullable(),
    published: isoDate.nullable(),
    section: z.string().nullable(),
    body: z.string(),
    paragraphs: z.array(paragraphSchema),
    removed: z.array(removedSchema),
    /** Filled by the analysis layer (entities, quotes); absent in bundles that predate it. */
    analysis: analysisSchema.optional(),
  })
  .superRefine((a, ctx) => {
    let last = 0;
    for (const [i, p] of a.paragraphs.entries()) {
      if (p.start < last || p.end <= p.start || p.end > a.body.length) {
        ctx.addIssue({ code: 'custom', path: ['paragraphs', i], message: 'paragraph span outside the body' });
        return;
      }
      last = p.end;
    }
  });

export const storySchema = z.object({
  id: storyIdSchema,
  title: z.string(),
  articleIds: z.array(articleIdSchema).min(1),
  outlets: z.array(z.string()),
  firstPublished: isoDate.nullable(),
  lastPublished: isoDate.nullable(),
  /** Names (capitalised terms) that appear in more than one article of the story. */
  sharedNames: z.array(z.string()),
  /** Filled by the analysis layer (quote groups, entity groups, passages). */
  links: linksSchema.optional(),
});

export const corpusSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    generator: z.string(),
    builtAt: z.string(),
    inputsHash: z.string(),
    articles: z.array(articleSchema),
    stories: z.array(storySchema),
  })
  .superRefine(storiesHoldTheirArticles);

/** Every story's articles are there, once: for a whole corpus and for each shard of one. */
export function storiesHoldTheirArticles(
  c: {
    articles: readonly { id: string }[];
    stories: readonly { id: string; articleIds: readonly string[] }[];
  },
  ctx: z.RefinementCtx,
): void {
  const ids = new Set(c.articles.map((a) => a.id));
  if (ids.size !== c.articles.length)
    ctx.addIssue({ code: 'custom', path: ['articles'], message: 'duplicate article ids' });
  for (const [i, s] of c.stories.entries())
    for (const id of s.articleIds)
      if (!ids.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['stories', i],
          message: `story ${s.id} names article ${id}, which is not there`,
        });
}

type Raw = z.infer<typeof corpusSchema>;
type RawArticle = Raw['articles'][number];
type RawStory = Raw['stories'][number];

export type ArticleRecord = Readonly<RawArticle>;
export type StoryRecord = Readonly<RawStory>;
export type CorpusBundle = Readonly<Raw>;
export type StoryLinks = z.infer<typeof linksSchema>;
export type RemovedRecord = ArticleRecord['removed'][number];

/** A story shard (src/schema/corpus-files.ts): whole stories and their articles. */
export const shardSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    articles: z.array(articleSchema),
    stories: z.array(storySchema),
    /** For a story larger than a shard: its part files, its record first, then its articles (corpus-files.ts). */
    parts: z.record(z.string(), z.array(z.string().regex(/^[\w./-]+$/))).optional(),
  })
  // a story whose articles are in parts is checked once they are merged (corpus-query.ts)
  .superRefine((shard, ctx) =>
    storiesHoldTheirArticles(
      { articles: shard.articles, stories: shard.stories.filter((st) => !shard.parts?.[st.id]) },
      ctx,
    ),
  );
