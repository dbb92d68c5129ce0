// A dedicated worker for the e2e test: loads the shipped name tagger the way the app's
// analysis worker will (fetchNerModel) and tags the text it is sent with the core.

import { findEntities } from '../../src/core/entities/index';
import { fetchNerModel } from '../../src/corpus/fetch-ner-model';

self.onmessage = async (e: MessageEvent<{ url: string; text: string }>) => {
  try {
    const t0 = performance.now();
    const model = await fetchNerModel(e.data.url);
    const loadMs = performance.now() - t0;
    const entities = findEntities(e.data.text, model);
    postMessage({ entities, loadMs });
  } catch (err) {
    postMessage({ error: (err as Error).message });
  }
};
