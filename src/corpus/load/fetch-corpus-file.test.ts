import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchCorpusFile } from './fetch-corpus-file';

afterEach(() => vi.unstubAllGlobals());
const serve = (body: string, status = 200) =>
  vi.stubGlobal(
    'fetch',
    async () => new Response(body, { status, headers: { 'content-type': 'text/html' } }),
  );

describe('fetching a corpus file', () => {
  it('calls a web page sent for a corpus file a missing file, not broken JSON', async () => {
    serve('<!doctype html><html><body><div id="root"></div></body></html>');
    await expect(fetchCorpusFile('/corpus/', 'manifest.json')).rejects.toThrow(
      'The corpus file corpus/manifest.json is missing from this build (the server sent a web page instead).',
    );
  });

  it('names a 404 as missing and passes JSON through', async () => {
    serve('', 404);
    await expect(fetchCorpusFile('/corpus/', 'stories/0.abc.json')).rejects.toThrow(
      /is missing from this build/,
    );
    serve('{"schemaVersion":2}');
    await expect(fetchCorpusFile('/corpus/', 'manifest.json')).resolves.toBe('{"schemaVersion":2}');
  });
});
