/**
 * Article extraction from plain text or from structural blocks (the HTML reader's output):
 * metadata, clean paragraphs, and every removed piece with its reason.
 *
 * Known metadata (HTML meta tags, a sidecar file) wins over what the text says, but the lines
 * read as metadata are still listed in `removed` with reason `metadata`. Never throws: any
 * failure inside the pass degrades to "everything is one body paragraph per block".
 */
import { parseDate } from './dates';
import { type Block, sourceToBlocks, textToBlocks } from './extract-text';
import { furniturePass, type PassResult } from './furniture';
import { deriveTitle, outletFromSelfReference } from './metadata';
import type { CleanParagraph, ExtractedArticle, KnownMetadata, RemovedPiece, SourceBlock } from './types';

export type * from './types';

/** Extract an article from plain text such as the seed files (one block per line). */
export function extractFromText(raw: string, known?: KnownMetadata): ExtractedArticle {
  let blocks: Block[];
  try {
    blocks = textToBlocks(typeof raw === 'string' ? raw : String(raw ?? ''));
  } catch {
    blocks = [];
  }
  return extractBlocks(blocks, known);
}

/** Extract an article from structural blocks (e.g. HTML paragraphs and headings). */
export function extractFromBlocks(blocks: readonly SourceBlock[], known?: KnownMetadata): ExtractedArticle {
  return extractBlocks(sourceToBlocks(Array.isArray(blocks) ? blocks : []), known);
}

/** An extracted article with the metadata a person supplied beside it, which wins over the page's. */
export function withKnown(x: ExtractedArticle, known: KnownMetadata): ExtractedArticle {
  return {
    ...x,
    title: known.title ?? x.title,
    titleDerived: known.title ? false : x.titleDerived,
    byline: known.byline ?? x.byline,
    outlet: known.outlet ?? x.outlet,
    published: known.published ?? x.published,
    section: known.section ?? x.section,
  };
}

/** Bidirectional embeddings, overrides and isolates: in a one-line field they are left open. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;

const clean = (s: string | null | undefined): string | null => {
  const t = typeof s === 'string' ? s.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim() : '';
  return t ? t : null;
};

function extractBlocks(blocks: readonly Block[], known: KnownMetadata = {}): ExtractedArticle {
  const knownTitle = clean(known.title);
  let pass: PassResult;
  try {
    pass = furniturePass(blocks, knownTitle);
  } catch {
    // A bug in a rule must not lose the article: fall back to keeping every block as body.
    pass = {
      verdicts: blocks.map(() => ({ role: 'keep', kind: 'body' }) as const),
      titleIndex: -1,
      byline: null,
      published: null,
      section: null,
    };
  }
  const paragraphs: CleanParagraph[] = [];
  const removed: RemovedPiece[] = [];
  blocks.forEach((b, i) => {
    const v = pass.verdicts[i]!;
    if (v.role === 'keep') paragraphs.push({ kind: v.kind, text: b.text });
    else if (v.role === 'title') removed.push({ text: b.text, reason: 'metadata', rule: 'headline' });
    else removed.push({ text: b.text, reason: v.reason, rule: v.rule });
  });
  const foundTitle = pass.titleIndex >= 0 ? blocks[pass.titleIndex]!.text : null;
  const lede = paragraphs.find((p) => p.kind === 'body')?.text ?? null;
  const title = knownTitle ?? foundTitle ?? (lede ? deriveTitle(lede) : '');
  const furnitureTexts = removed.filter((r) => r.reason !== 'metadata').map((r) => r.text);
  return {
    title: clean(title) ?? '',
    titleDerived: !knownTitle && !foundTitle && title !== '',
    byline: clean(clean(known.byline) ?? pass.byline),
    outlet: clean(clean(known.outlet) ?? outletFromSelfReference(furnitureTexts)),
    published: knownDate(known.published) ?? pass.published,
    section: clean(clean(known.section) ?? pass.section),
    paragraphs,
    removed,
  };
}

/** A known date as ISO when it parses, else as given (it came from a trusted field). */
function knownDate(d: string | null | undefined): string | null {
  const t = clean(d);
  return t ? (parseDate(t) ?? t) : null;
}
