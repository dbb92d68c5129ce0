/**
 * Fetches one corpus file as text, for the page (corpus-query.ts) and the search worker; a
 * failure becomes a CorpusError a reader can act on. `base` is the corpus folder's URL,
 * ending in "/".
 */
import { CorpusError } from '../../schema/read-files';

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
  const text = await res.text();
  // A server that answers every path with the app's page (a preview server, an SPA fallback)
  // sends HTML for a file it does not have: that is a missing file, not a broken one.
  if (/^\s*<(?:!doctype|html)/i.test(text))
    throw new CorpusError(
      'unreadable',
      `The corpus file corpus/${name} is missing from this build (the server sent a web page instead).`,
    );
  return text;
}
