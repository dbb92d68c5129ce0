/**
 * Fetches one corpus file as text, for the page (corpus-query.ts) and the search worker; a
 * failure becomes a CorpusError a reader can act on. `base` is the corpus folder's URL,
 * ending in "/".
 */
import { CorpusError } from '../schema/validate';

export async function fetchCorpusFile(base: string, name: string, signal?: AbortSignal): Promise<string> {
  let res: Response;
  try {
    res = await fetch(base + name, { signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new CorpusError('unreadable', 'The corpus could not be downloaded: the network is not reachable.');
  }
  if (!res.ok)
    throw new CorpusError(
      'unreadable',
      res.status === 404
        ? `The corpus file corpus/${name} is missing from this build.`
        : `The corpus could not be downloaded (corpus/${name}: HTTP ${res.status}).`,
    );
  return res.text();
}
