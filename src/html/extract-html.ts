/**
 * HTML article → ExtractedArticle: Mozilla Readability finds the article, then the same
 * furniture pass as for plain text cleans it.
 *
 * Method: Readability runs on a CLONE of the injected Document (it mutates what it reads), with
 * a serializer that hands back the content element itself, which is walked into SourceBlocks
 * (html-blocks.ts). Metadata comes from Readability (title, byline, site name, published time)
 * and from meta tags (og:site_name, article:published_time, article:section, author) and is
 * passed as `known`, so it wins over what the text says. Every text block of the original page
 * that is not part of the article is listed in `removed` as `outside-article`.
 *
 * The Document is provided by the caller (linkedom in Node, DOMParser in the browser); nothing
 * here touches a live page, runs scripts or reads attributes other than meta tags.
 *
 * Limits: when Readability finds no article, the whole body goes through the furniture pass;
 * a block both inside and outside the article (e.g. a repeated headline) is counted as inside.
 */
import { Readability } from '@mozilla/readability';
import { parseDate } from '../core/extract/dates';
import { extractFromBlocks } from '../core/extract/index';
import type { ExtractedArticle, KnownMetadata, RemovedPiece, SourceBlock } from '../core/extract/types';
import { blocksFromDom } from './html-blocks';

/** Longest outside-article piece kept verbatim; longer ones are cut and the rule says so. */
const MAX_PIECE = 1000;

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}"]`);
      const v = el?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
      if (v) return v;
    }
  }
  return null;
}

const nonUrl = (s: string | null | undefined) => (s && !/^https?:\/\//i.test(s.trim()) ? s.trim() : null);
const stripBy = (s: string | null) => (s ? s.replace(/^(by|from)\s*:?\s+/i, '').trim() || null : null);

/** Extract the article of an HTML page. `opts.url` is accepted for callers; not needed yet. */
export function extractFromHtml(doc: Document, _opts?: { url?: string }): ExtractedArticle {
  let pageBlocks: SourceBlock[] = [];
  try {
    pageBlocks = doc.body ? blocksFromDom(doc.body) : blocksFromDom(doc);
  } catch {
    pageBlocks = [];
  }
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    const clone = doc.cloneNode(true) as Document;
    article = new Readability<Node>(clone, { serializer: (n) => n }).parse();
  } catch {
    article = null;
  }
  const outlet = article?.siteName?.trim() || meta(doc, 'og:site_name', 'application-name') || null;
  const known: KnownMetadata = {
    title: cleanTitle(
      article?.title?.trim() || meta(doc, 'og:title', 'twitter:title') || doc.title?.trim() || null,
      outlet,
      doc.querySelector('h1')?.textContent ?? null,
    ),
    byline: stripBy(
      nonUrl(article?.byline) ?? nonUrl(meta(doc, 'author', 'article:author', 'parsely-author')),
    ),
    outlet,
    published: parseDate(
      article?.publishedTime ??
        meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date'),
    ),
    section: meta(doc, 'article:section', 'section') ?? null,
  };
  const content = article?.content;
  if (!content) return extractFromBlocks(pageBlocks, known);
  const articleBlocks = blocksFromDom(content);
  const x = extractFromBlocks(articleBlocks, known);
  return { ...x, removed: [...x.removed, ...outsidePieces(pageBlocks, articleBlocks)] };
}

/** "Headline | Site" → "Headline": the page's own h1 when the title contains it, else strip the site. */
function cleanTitle(title: string | null, site: string | null, h1: string | null): string | null {
  if (!title) return h1?.replace(/\s+/g, ' ').trim() || null;
  const head = h1?.replace(/\s+/g, ' ').trim();
  if (head && head.length >= 8 && title.includes(head)) return head;
  if (site) {
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
      if (title.endsWith(`${sep}${site}`)) return title.slice(0, -(sep.length + site.length)).trim();
      if (title.startsWith(`${site}${sep}`)) return title.slice(site.length + sep.length).trim();
    }
  }
  return title;
}

/** Page blocks that do not occur in the article's text, one piece per block. */
function outsidePieces(page: readonly SourceBlock[], inside: readonly SourceBlock[]): RemovedPiece[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const insideSet = new Set(inside.map((b) => norm(b.text)));
  const insideText = inside.map((b) => norm(b.text)).join('\n');
  const out: RemovedPiece[] = [];
  for (const b of page) {
    const t = norm(b.text);
    if (!t || insideSet.has(t) || (t.length <= 2000 && insideText.includes(t))) continue;
    out.push(
      t.length > MAX_PIECE
        ? {
            text: `${t.slice(0, MAX_PIECE)}…`,
            reason: 'outside-article',
            rule: `outside the article (first ${MAX_PIECE} of ${t.length} characters shown)`,
          }
        : { text: t, reason: 'outside-article', rule: 'outside the article found by Readability' },
    );
  }
  return out;
}
