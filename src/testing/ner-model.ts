// Tests only: the committed name-tagger model, loaded by the CLI's own loader (outside the
// core, which has no file system), and its raw JSON for tests that damage a copy of it.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { bundledNerModel, NER_MODEL_PATH } from '../../cli/ner-model';

export const MODEL_FILE = NER_MODEL_PATH;
export const modelJson = (): Record<string, unknown> =>
  JSON.parse(gunzipSync(readFileSync(MODEL_FILE)).toString('utf8'));
export const testModel = bundledNerModel;
