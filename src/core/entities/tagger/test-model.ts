// Tests only: the committed model, read the way the CLI reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadNerModel, type NerModel } from './model';

export const MODEL_FILE = join(process.cwd(), 'models', 'ner', 'model.json.gz');
export const modelJson = (): Record<string, unknown> =>
  JSON.parse(gunzipSync(readFileSync(MODEL_FILE)).toString('utf8'));

let cached: NerModel | null = null;
export function testModel(): NerModel {
  cached ??= loadNerModel(modelJson());
  return cached;
}
