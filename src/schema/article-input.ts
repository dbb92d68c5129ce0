/**
 * Articles a user brings as JSON (a `.json` file, a sidecar `.meta.json`, a CLI stdin line):
 * the accepted shapes, validated at the edge with messages that name the field.
 */

import type { KnownMetadata } from '../core/extract/types';
import { z } from './zod';

const optionalText = z.string().nullish();

export const metadataSchema = z.object({
  title: optionalText,
  byline: optionalText,
  outlet: optionalText,
  published: optionalText,
  /** Another name for `published`, as many news datasets call it. */
  date: optionalText,
  section: optionalText,
  url: optionalText,
});

export const articleInputSchema = metadataSchema
  .extend({
    id: z.union([z.string(), z.number()]).nullish(),
    text: optionalText,
    html: optionalText,
  })
  .refine((a) => typeof a.text === 'string' || typeof a.html === 'string', {
    message: 'an article needs a "text" or an "html" field',
  });

export type ArticleInput = z.infer<typeof articleInputSchema>;

/** The reader's library as the app exports it (src/library/export-library.ts). */
export const LIBRARY_FORMAT = 'parallax-library';
export const LIBRARY_VERSION = 1;

/**
 * A JSON file may hold one article, an array of them, `{ articles: [...] }`, or a library the
 * app exported (`{ format: "parallax-library", libraryVersion, articles: [...] }`). A library of
 * a newer version is refused as a whole, with a message saying so.
 */
export function articleInputsFromJson(data: unknown): { articles: ArticleInput[]; errors: string[] } {
  const d = data as { format?: unknown; libraryVersion?: unknown } | null;
  if (d && typeof d === 'object' && d.format === LIBRARY_FORMAT && d.libraryVersion !== LIBRARY_VERSION) {
    const v = typeof d.libraryVersion === 'number' ? d.libraryVersion : String(d.libraryVersion);
    return {
      articles: [],
      errors: [
        typeof v === 'number' && v > LIBRARY_VERSION
          ? `it is a library exported by a newer Parallax (library version ${v}; this one reads version ${LIBRARY_VERSION}): update Parallax to import it`
          : `it is a library of an unknown version (${v})`,
      ],
    };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles)
      ? (data as { articles: unknown[] }).articles
      : [data];
  const articles: ArticleInput[] = [];
  const errors: string[] = [];
  list.forEach((item, i) => {
    const r = articleInputSchema.safeParse(item);
    if (r.success) articles.push(r.data);
    else
      errors.push(
        `article ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || 'article'}: ${x.message}`).join('; ')}`,
      );
  });
  return { articles, errors };
}

/** The metadata fields of a record that hold text (trimmed), as the extractor takes them. */
export function knownFrom(m: Record<string, unknown>): KnownMetadata {
  const pick = (k: string) =>
    typeof m[k] === 'string' && (m[k] as string).trim() ? (m[k] as string).trim() : undefined;
  const known: Record<string, string> = {};
  for (const k of ['title', 'byline', 'outlet', 'published', 'section']) {
    const v = pick(k);
    if (v !== undefined) known[k] = v;
  }
  const date = pick('date');
  if (!known.published && date) known.published = date;
  return known;
}
