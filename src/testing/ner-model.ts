// Tests only: the committed name-tagger model, read the way the CLI reads it (outside the core,
// which has no file system).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadNerModel, type NerModel } from '../core/entities/tagger/model';

export const MODEL_FILE = join(process.cwd(), 'models', 'ner', 'model.json.gz');
export const modelJson = (): Record<string, unknown> =>
  JSON.parse(gunzipSync(readFileSync(MODEL_FILE)).toString('utf8'));

let cached: NerModel | null = null;
export function testModel(): NerModel {
  cached ??= loadNerModel(modelJson());
  return cached;
}
