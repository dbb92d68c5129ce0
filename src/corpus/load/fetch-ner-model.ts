/**
 * Loads the trained name tagger in the browser, for the analysis worker of the reader's own
 * articles (src/library/analyse-worker.ts): fetches the shipped gzip file, inflates it with
 * the platform's DecompressionStream, and checks it with the core's `loadNerModel`. Every
 * failure is an Error that says what went wrong in words a reader can act on.
 */
import { loadNerModel, type NerModel } from '../../core/entities/tagger/model';

export async function fetchNerModel(
  url: string,
  opts: { signal?: AbortSignal; fetch?: typeof fetch } = {},
): Promise<NerModel> {
  const get = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await get(url, { signal: opts.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new Error('The name tagger could not be downloaded: the network is not reachable.');
  }
  if (!res.ok) throw new Error(`The name tagger could not be downloaded (HTTP ${res.status}).`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  let text: string;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      text = await new Response(inflated).text();
    } catch {
      throw new Error('The name-tagger file is damaged (it does not inflate).');
    }
  } else text = new TextDecoder().decode(bytes);
  if (/^\s*</.test(text))
    throw new Error('The name-tagger file is missing from this build (an HTML page came back).');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('The name-tagger file is damaged (not valid JSON).');
  }
  return loadNerModel(json);
}
