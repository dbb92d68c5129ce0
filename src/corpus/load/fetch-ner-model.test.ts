import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../core/entities/index';
import { MODEL_FILE } from '../../testing/ner-model';
import { fetchNerModel } from './fetch-ner-model';

const gz = readFileSync(MODEL_FILE);
const answering =
  (body: BodyInit, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status });

describe('fetchNerModel', () => {
  it('inflates and checks the committed file with the platform streams, and the model tags', async () => {
    const model = await fetchNerModel('/models/ner.json.gz', { fetch: answering(gz) });
    const text = 'Chancellor Olaf Scholz flew to Washington.';
    const names = findEntities(text, model).map((e) => `${e.name}/${e.type}`);
    expect(names).toEqual(['Olaf Scholz/PER', 'Washington/LOC']);
  });

  it('says what is wrong with a missing, damaged or truncated file', async () => {
    await expect(fetchNerModel('x', { fetch: answering('', 404) })).rejects.toThrow(/HTTP 404/);
    await expect(fetchNerModel('x', { fetch: answering('<!doctype html><html>') })).rejects.toThrow(
      /missing from this build/,
    );
    await expect(fetchNerModel('x', { fetch: answering(gz.subarray(0, gz.length / 2)) })).rejects.toThrow(
      /damaged|truncated/,
    );
    await expect(
      fetchNerModel('x', {
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    ).rejects.toThrow(/network is not reachable/);
  });
});
