// A dedicated worker for the e2e test: loads the shipped name tagger the way the app's
// analysis worker will (fetchNerModel) and tags the text it is sent with the core.

import { findEntities } from '../../src/core/entities/index';
import { fetchNerModel } from '../../src/corpus/load/fetch-ner-model';

self.onmessage = async (e: MessageEvent<{ url: string; text: string }>) => {
  try {
    const model = await fetchNerModel(e.data.url);
    postMessage({ entities: findEntities(e.data.text, model) });
  } catch (err) {
    postMessage({ error: (err as Error).message });
  }
};
