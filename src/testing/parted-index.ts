/**
 * A word index split as `parallax ingest` splits it (head and parts, as JSON text), and an
 * engine over it whose parts are "fetched" from memory when a query names them in `wanted`,
 * as the search worker fetches them: for tests and benches, with the bytes fetched counted.
 */
import { parseIndexPart } from '../schema/read-files';
import { createEngine, type EngineHit } from '../search/engine/engine';
import { partedSource } from '../search/engine/index-source';
import { splitWordIndex } from '../search/engine/split-index';
import type { WordIndex } from '../search/engine/word-index';

export interface PartedIndex {
  readonly head: string;
  /** Part files by name. */
  readonly parts: ReadonlyMap<string, string>;
}

export function splitInMemory(index: WordIndex, partBytes?: number): PartedIndex {
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
  return { head: JSON.stringify(head), parts };
}

export function partedEngine(index: PartedIndex, textOf?: (doc: number) => string | undefined) {
  const source = partedSource(JSON.parse(index.head));
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
