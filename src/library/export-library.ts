/**
 * "Export library": every article the reader added, with its metadata, as one JSON file of the
 * shape `parallax ingest` and "Add articles" read (`{ format: "parallax-library",
 * libraryVersion, exportedAt, articles: [{ title, byline, outlet, published, section, text }],
 * pins: [{ article, key }], settings }`: the grouping corrections and the display settings).
 * A page read from HTML is exported as its article's text with the page's metadata, so adding
 * the file back gives the same articles under the same keys (a hash of the text) and adds
 * nothing twice.
 */
import { LIBRARY_FORMAT, LIBRARY_VERSION } from '../schema/article-input';
import type { Pin, StoredSource } from './db';

export function libraryFile(
  sources: readonly StoredSource[],
  exportedAt: string,
  /** The reader's grouping corrections (db.ts pins), kept as they are. */
  pins: readonly Pin[] = [],
  /** The display settings (settings.ts). */
  settings: Record<string, string> = {},
): string {
  const articles = [...sources]
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id))
    .map((s) => {
      const x = s.extracted;
      const page = x
        ? { title: x.title, byline: x.byline, outlet: x.outlet, published: x.published, section: x.section }
        : {};
      const meta = Object.fromEntries(Object.entries({ ...page, ...s.known }).filter(([, v]) => v));
      const text = s.text ?? x?.paragraphs.map((p) => p.text).join('\n\n') ?? '';
      return { id: s.id, name: s.name, addedAt: s.addedAt, ...meta, text };
    });
  return `${JSON.stringify({ format: LIBRARY_FORMAT, libraryVersion: LIBRARY_VERSION, exportedAt, articles, pins, settings }, null, 1)}\n`;
}
