import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { linesOf } from './jsonl';

const lines = async (chunks: (string | Buffer)[], max?: number) => {
  const out = [];
  for await (const l of linesOf(Readable.from(chunks), max)) out.push(l);
  return out;
};

describe('JSON-lines framing', () => {
  it('splits on LF only: a CR inside a line stays, a CR before the LF goes', async () => {
    expect(await lines(['{"text":"a\rb"}\r\n{"id":2}\n'])).toEqual([
      { text: '{"text":"a\rb"}' },
      { text: '{"id":2}' },
    ]);
  });

  it('drops a byte-order mark at the start and reads UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('\uFEFF{"id":"Łódź"}\n', 'utf8');
    expect(await lines([bytes.subarray(0, 6), bytes.subarray(6)])).toEqual([{ text: '{"id":"Łódź"}' }]);
  });

  it('a line longer than the maximum is reported, not kept, and the next line is read', async () => {
    const out = await lines(['x'.repeat(40), 'y'.repeat(40), '\n{"id":1}\n'], 50);
    expect(out).toEqual([{ tooLong: 80 }, { text: '{"id":1}' }]);
  });

  it('keeps a last line without LF', async () => {
    expect(await lines(['{"id":1}\n{"id":2}'])).toEqual([{ text: '{"id":1}' }, { text: '{"id":2}' }]);
  });
});
