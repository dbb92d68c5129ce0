/**
 * One article input (plain text or HTML, plus any metadata it came with) → ExtractedArticle.
 * Shared by `extract --jsonl` and `ingest`.
 */
import { extractFromText } from '../src/core/extract/index';
import type { ExtractedArticle, KnownMetadata } from '../src/core/extract/types';
import { extractFromHtml } from '../src/html/extract-html';
import { documentFromHtml } from './html-document';

export interface RawArticle {
  readonly text?: string | null;
  readonly html?: string | null;
  readonly url?: string | null;
  readonly known?: KnownMetadata;
}

export function extractInput(input: RawArticle): ExtractedArticle {
  let x: ExtractedArticle;
  if (typeof input.html === 'string') {
    x = extractFromHtml(documentFromHtml(input.html), input.url ? { url: input.url } : undefined);
    const known = input.known ?? {};
    // Metadata the user supplied beside the page wins over what the page says.
    x = {
      ...x,
      title: known.title ?? x.title,
      titleDerived: known.title ? false : x.titleDerived,
      byline: known.byline ?? x.byline,
      outlet: known.outlet ?? x.outlet,
      published: known.published ?? x.published,
      section: known.section ?? x.section,
    };
  } else if (typeof input.text === 'string') {
    x = extractFromText(input.text, input.known);
  } else {
    throw new Error('an article needs a "text" or an "html" field');
  }
  return x;
}

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
