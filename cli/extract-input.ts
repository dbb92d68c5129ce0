/**
 * One article input (plain text or HTML, plus any metadata it came with) → ExtractedArticle.
 * Shared by `extract --jsonl` and `ingest`.
 */
import { extractFromText, withKnown } from '../src/core/extract/index';
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
    // Metadata the user supplied beside the page wins over what the page says.
    x = withKnown(x, input.known ?? {});
  } else if (typeof input.text === 'string') {
    x = extractFromText(input.text, input.known);
  } else {
    throw new Error('an article needs a "text" or an "html" field');
  }
  return x;
}

export { knownFrom } from '../src/schema/article-input';
