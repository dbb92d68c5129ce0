/**
 * The full schema checks at an edge: a whole corpus (the CLI's write, tests) and a story shard
 * (the reader opening a story), each failure a `CorpusError` listing the failing paths. The
 * files read by hand (manifest, catalogue, index) are in read-files.ts.
 */

import { type CorpusBundle, corpusSchema, shardSchema } from './corpus';
import { CorpusError, checkVersion, parseJson, type ShardRecord } from './read-files';
import type { z } from './zod';

function checked<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  checkVersion(data, what);
  const result = schema.safeParse(data);
  if (!result.success) {
    const details = result.error.issues
      .slice(0, 8)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new CorpusError('invalid', `The ${what} does not match the corpus format.`, details);
  }
  return result.data;
}

/** Parses JSON text into a bundle or throws a CorpusError saying what is wrong. */
export function parseCorpus(json: string): CorpusBundle {
  return validateCorpus(parseJson(json, 'corpus file'));
}

export function validateCorpus(data: unknown): CorpusBundle {
  return checked(corpusSchema, data, 'corpus file');
}

export function parseShard(json: string): ShardRecord {
  return checked(shardSchema, parseJson(json, 'story shard'), 'story shard');
}
