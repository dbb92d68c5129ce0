/**
 * The analysis worker: the same core as the CLI (extract, the trained name tagger, quotes),
 * then the stories of the reader's articles with their cross-article links. It runs off the
 * page's thread and is loaded only when the reader adds articles, so the first screen does
 * not carry the core.
 */

import type { NerModel } from '../core/entities/index';
import { extractFromText, withKnown } from '../core/extract/index';
import { buildStories, toArticleRecord } from '../corpus/build/assemble-corpus';
import { fetchNerModel } from '../corpus/load/fetch-ner-model';
import type { ArticleRecord } from '../schema/corpus';
import type { FromAnalyser, ToAnalyser } from './analyse-protocol';
import type { StoredSource } from './db';

const post = (m: FromAnalyser) => postMessage(m);
let model: Promise<NerModel> | null = null;

function analyse(s: StoredSource, ner: NerModel): ArticleRecord {
  const extracted = s.extracted ?? extractFromText(s.text ?? '', s.known);
  // Metadata the reader typed wins over what the page says.
  const x = withKnown(extracted, s.known);
  return toArticleRecord(
    {
      id: s.id,
      source: { file: s.name, format: s.extracted ? 'html' : 'txt', sha256: s.id.slice(5) },
      extracted: x,
    },
    ner,
  );
}

self.addEventListener('message', async (e: MessageEvent<ToAnalyser>) => {
  const m = e.data;
  if (m.type !== 'analyse') return;
  const t0 = performance.now();
  try {
    // Regrouping alone (a correction) needs no name tagger.
    let ner: NerModel | null = null;
    if (m.sources.length) {
      model ??= fetchNerModel(m.modelUrl);
      ner = await model.catch((err) => {
        model = null;
        throw err;
      });
    }
    const added: { source: StoredSource; article: ArticleRecord }[] = [];
    m.sources.forEach((source, i) => {
      post({ type: 'progress', done: i, total: m.sources.length, name: source.name });
      try {
        const article = analyse(source, ner!);
        if (!article.body.trim())
          post({ type: 'failed-one', name: source.name, error: 'no article text was found in it' });
        else added.push({ source, article });
      } catch (err) {
        post({ type: 'failed-one', name: source.name, error: (err as Error).message });
      }
    });
    const ids = new Set(added.map((a) => a.article.id));
    const all = [...m.existing.filter((a) => !ids.has(a.id)), ...added.map((a) => a.article)];
    // A story holding an article analysed now (new, or edited) is built again, not reused.
    // The stories as they were are kept; only the articles analysed now are placed. A story
    // holding one of them (new, or edited) gets its links again, the others are reused.
    const stories = buildStories(all, { pins: new Map(m.pins), previous: m.previous, added: ids });
    post({ type: 'done', added, stories, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', error: (err as Error).message });
  }
});
