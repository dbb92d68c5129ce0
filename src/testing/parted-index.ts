/**
 * A word index split as `parallax ingest` splits it (head and parts, as JSON text), and an
 * engine over it whose parts are "fetched" from memory when a query names them in `wanted`,
 * as the search worker fetches them: for tests and benches, with the bytes fetched counted.
 */
import { type IndexFile, SCHEMA_VERSION } from '../schema/corpus-files';
import { parseIndexFile, parseIndexPart } from '../schema/read-files';
import { readArticleTable, writeArticleTable } from '../search/engine/article-table';
import { createEngine, type EngineHit } from '../search/engine/engine';
import { partedSource } from '../search/engine/index-source';
import { splitWordIndex } from '../search/engine/split-index';
import type { WordIndex } from '../search/engine/word-index';

export interface PartedIndex {
  /** The head file (src/schema/corpus-files.ts IndexFile). */
  readonly head: string;
  /** Part files by name. */
  readonly parts: ReadonlyMap<string, string>;
}

/** `titles`: each article's title and its story's, for a head of real size (else none). */
export function splitInMemory(
  index: WordIndex,
  partBytes?: number,
  titles?: (n: number) => { title: string; storyTitle: string },
): PartedIndex {
  const parts = new Map<string, string>();
  const head = splitWordIndex(
    index,
    (stem, data) => {
      const text = JSON.stringify(data);
      const file = `${stem}.json`;
      parts.set(file, text);
      return { file, bytes: text.length };
    },
    partBytes,
  );
  const articles = writeArticleTable(
    index.docs.map((d, n) => ({
      ...d,
      outlet: d.outlet || null,
      ...(titles?.(n) ?? { title: '', storyTitle: '' }),
    })),
  );
  const file: IndexFile = { schemaVersion: SCHEMA_VERSION, wordIndex: head, articles };
  return { head: JSON.stringify(file), parts };
}

export function partedEngine(index: PartedIndex, textOf?: (doc: number) => string | undefined) {
  const file = parseIndexFile(index.head);
  const source = partedSource(file.wordIndex, readArticleTable(file.articles).docs);
  const engine = createEngine(source, textOf);
  const files = new Set<string>();
  let fetched = 0;
  const search = (query: string, limit?: number, missing?: number[]): EngineHit[] => {
    for (;;) {
      source.wanted.clear();
      if (missing) missing.length = 0;
      const hits = engine.search(query, limit, missing);
      if (!source.wanted.size) return hits;
      for (const ref of source.wanted) {
        const text = index.parts.get(ref.file)!;
        fetched += text.length;
        files.add(ref.file);
        source.add(ref, parseIndexPart(text, ref));
      }
    }
  };
  return { search, expand: engine.expand, source, fetched: () => fetched, files };
}
