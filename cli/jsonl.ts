/**
 * The JSON-lines streaming contract shared by every `--jsonl` command: one JSON object per
 * input line in, exactly one JSON object per line out, in order (an empty line too: it is
 * answered with an error, so a reader pairing lines never falls out of step). A line that cannot be read
 * gets `{"id": null, "error": …}`, a failing record `{"id": …, "error": …}`, and the stream
 * goes on. Lines are split on LF only (linesOf). Logs go to stderr. Resolves when stdin closes
 * and every answer is written.
 */
import type { Readable, Writable } from 'node:stream';

/** Longest input line read (characters); a longer one is answered with an error at once. */
export const MAX_LINE = 16_000_000;

type Line = { readonly text: string } | { readonly tooLong: number };

/**
 * The lines of a stream, split on LF only: a CR inside a line (a pasted text's own line
 * break) stays in it, a CR before the LF is dropped, and a byte-order mark at the start is
 * not part of the first line. A line longer than `max` is not kept in memory: it is yielded
 * as `tooLong` once its end arrives.
 */
export async function* linesOf(input: Readable, max = MAX_LINE): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let buf = '';
  let over = 0;
  const finish = (text: string): Line => {
    if (over) {
      const n = over + text.length;
      over = 0;
      return { tooLong: n };
    }
    return { text: text.endsWith('\r') ? text.slice(0, -1) : text };
  };
  for await (const chunk of input) {
    buf += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let nl = buf.indexOf('\n');
    while (nl >= 0) {
      yield finish(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
      nl = buf.indexOf('\n');
    }
    if (buf.length > max) {
      over += buf.length;
      buf = '';
    }
  }
  buf += decoder.decode();
  if (buf || over) yield finish(buf);
}

const tooLong = (n: number) => ({
  id: null,
  error: `line is ${(n / 1e6).toFixed(1)} million characters; the longest line read is ${MAX_LINE / 1e6} million`,
});

export type RecordHandler = (
  record: Record<string, unknown>,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

export async function streamJsonl(
  handle: RecordHandler,
  io: { input: Readable; output: Writable } = { input: process.stdin, output: process.stdout },
): Promise<{ ok: number; failed: number }> {
  let ok = 0;
  let failed = 0;
  for await (const line of linesOf(io.input)) {
    const answer = 'tooLong' in line ? tooLong(line.tooLong) : await answerLine(line.text, handle);
    if ('error' in answer) failed++;
    else ok++;
    await writeLine(answer, io.output);
  }
  return { ok, failed };
}

/** Writes one JSON line, waiting for the stream to drain when its buffer is full. */
export async function writeLine(answer: unknown, output: Writable = process.stdout): Promise<void> {
  if (!output.write(`${JSON.stringify(answer)}\n`)) await new Promise((r) => output.once('drain', r));
}

type Parsed =
  | { readonly id: string | number | null; readonly record: Record<string, unknown> }
  | { readonly id: null; readonly error: string };

function parseLine(line: string): Parsed {
  if (!line.trim()) return { id: null, error: 'empty line' };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, error: `line is not valid JSON: ${line.slice(0, 60)}${line.length > 60 ? '…' : ''}` };
  }
  if (!record || typeof record !== 'object' || Array.isArray(record))
    return { id: null, error: 'line is not a JSON object' };
  const rec = record as Record<string, unknown>;
  return { id: typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : null, record: rec };
}

/** All lines of stdin, parsed, for commands that must see every record before answering. */
export async function readJsonl(input: Readable = process.stdin): Promise<Parsed[]> {
  const out: Parsed[] = [];
  for await (const line of linesOf(input))
    out.push('tooLong' in line ? tooLong(line.tooLong) : parseLine(line.text));
  return out;
}

async function answerLine(line: string, handle: RecordHandler): Promise<Record<string, unknown>> {
  const parsed = parseLine(line);
  if ('error' in parsed) return parsed;
  const { id, record: rec } = parsed;
  try {
    return { id, ...(await handle(rec)) };
  } catch (e) {
    return { id, error: e instanceof Error ? e.message : String(e) };
  }
}
