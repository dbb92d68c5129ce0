/**
 * Articles a user brings as JSON (a `.json` file, a sidecar `.meta.json`, a CLI stdin line):
 * the accepted shapes, validated at the edge with messages that name the field.
 */
import { z } from 'zod';
import type { KnownMetadata } from '../core/extract/types';

const optionalText = z.string().nullish();

export const metadataSchema = z.object({
  title: optionalText,
  byline: optionalText,
  outlet: optionalText,
  published: optionalText,
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
export type MetadataInput = z.infer<typeof metadataSchema>;

/** A JSON file may hold one article, an array of them, or `{ articles: [...] }`. */
export function articleInputsFromJson(data: unknown): { articles: ArticleInput[]; errors: string[] } {
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
  return known;
}
