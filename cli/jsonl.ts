/**
 * The JSON-lines streaming contract shared by every `--jsonl` command: one JSON object per
 * input line in, exactly one JSON object per line out, in order (an empty line too: it is
 * answered with an error, so a reader pairing lines never falls out of step). A line that cannot be read
 * gets `{"id": null, "error": …}`, a failing record `{"id": …, "error": …}`, and the stream
 * goes on. Logs go to stderr. Resolves when stdin closes and every answer is written.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export type RecordHandler = (
  record: Record<string, unknown>,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

export async function streamJsonl(
  handle: RecordHandler,
  io: { input: Readable; output: Writable } = { input: process.stdin, output: process.stdout },
): Promise<{ ok: number; failed: number }> {
  const lines = createInterface({ input: io.input, crlfDelay: Number.POSITIVE_INFINITY });
  let ok = 0;
  let failed = 0;
  for await (const line of lines) {
    const answer = await answerLine(line, handle);
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
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }))
    out.push(parseLine(line));
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
