/**
 * The trained name tagger for the CLI: `models/ner/model.json.gz` of the package (or the file
 * `PARALLAX_NER_MODEL` names), read and checked on first use only, so commands that find no
 * names (`extract`, `cluster`) never pay for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadNerModel, type NerModel } from '../src/core/entities/index';

const RELATIVE = join('models', 'ner', 'model.json.gz');

/** The package's model: found from this file upwards (the CLI runs from dist-cli/, benches from a cache). */
function packageModel(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, RELATIVE))) return join(dir, RELATIVE);
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', RELATIVE);
}
export const NER_MODEL_PATH = packageModel();

let cached: NerModel | null = null;

export function nerModelPath(): string {
  return process.env.PARALLAX_NER_MODEL || NER_MODEL_PATH;
}

export function bundledNerModel(): NerModel {
  if (cached) return cached;
  const path = nerModelPath();
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`cannot read the name-tagger model ${path} (${code ?? String(e)})`);
  }
  try {
    const json = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    cached = loadNerModel(JSON.parse(json));
  } catch (e) {
    throw new Error(`the name-tagger model ${path} is damaged: ${(e as Error).message}`);
  }
  return cached;
}
