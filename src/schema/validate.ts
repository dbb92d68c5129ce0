/**
 * Reading a corpus bundle at an edge (the reader's fetch, the CLI's write): every way it can
 * be wrong becomes a `CorpusError` with a message a person can act on.
 */
import { type CorpusBundle, corpusSchema, SCHEMA_VERSION } from './corpus';

/** unreadable: could not be fetched; version: another schemaVersion; invalid: damaged. */
export type CorpusErrorKind = 'unreadable' | 'version' | 'invalid';

export class CorpusError extends Error {
  constructor(
    readonly kind: CorpusErrorKind,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CorpusError';
  }
}

/** Parses JSON text into a bundle or throws a CorpusError saying what is wrong. */
export function parseCorpus(json: string): CorpusBundle {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new CorpusError('invalid', `The corpus file is not valid JSON (${(e as Error).message}).`);
  }
  return validateCorpus(data);
}

export function validateCorpus(data: unknown): CorpusBundle {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new CorpusError('invalid', 'The corpus file does not hold a corpus object.');
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    const what =
      version === undefined ? 'has no schemaVersion' : `has schemaVersion ${JSON.stringify(version)}`;
    throw new CorpusError(
      'version',
      `The corpus file ${what}; this version of Parallax reads schemaVersion ${SCHEMA_VERSION}.`,
    );
  }
  const result = corpusSchema.safeParse(data);
  if (!result.success) {
    const details = result.error.issues
      .slice(0, 8)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new CorpusError('invalid', 'The corpus file does not match the corpus format.', details);
  }
  return result.data as CorpusBundle;
}
