/**
 * Node-only: parse an HTML string into a DOM `Document` with linkedom, for Readability.
 *
 * linkedom builds a broken tree from a fragment (the first element becomes the document
 * element and there is no <body>), so a page without an <html> element is wrapped first.
 * Nothing is fetched and no script runs: linkedom is a plain parser.
 */
import { parseHTML } from 'linkedom';

export function documentFromHtml(html: string): Document {
  const src = typeof html === 'string' ? html : '';
  const full = /<html[\s>]/i.test(src.slice(0, 5000))
    ? src
    : `<!doctype html><html><head></head><body>${src}</body></html>`;
  const { document } = parseHTML(full);
  return document as unknown as Document;
}
