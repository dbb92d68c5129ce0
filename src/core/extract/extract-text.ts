/**
 * Plain text → blocks, the first step of text extraction.
 *
 * Method: one block per non-blank line. Inside a blank-line-separated group, a line is joined
 * to the next only when it is obviously hard-wrapped: it is long (≥ 50 code units), does not
 * end like a sentence or a heading, and the next line starts in lower case or with a digit.
 * Blank lines are not blocks, but the block after one remembers it (`gapBefore`), which the
 * furniture pass uses to pair a teaser's title with its summary.
 *
 * Limits: a wrapped line that happens to end at a sentence end is not joined (harmless: it
 * becomes two paragraphs); control characters are dropped and lone surrogates become U+FFFD
 * so every output string is well-formed JSON text.
 */
import type { SourceBlock } from './types';

/** A block as the furniture pass sees it: the source block plus its position facts. */
export interface Block extends SourceBlock {
  /** True when a blank line (or, for HTML, a block boundary) precedes it. */
  readonly gapBefore: boolean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACES = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Drop control characters, repair lone surrogates, collapse runs of spaces; keeps newlines. */
export function cleanInline(s: string): string {
  return s.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD').replace(SPACES, ' ').trim();
}

const ENDS_CLOSED = /[.!?…:;"”’)\]»]$/u;
const STARTS_CONTINUATION = /^[\p{Ll}\p{N}(]/u;

function looksWrapped(line: string, next: string): boolean {
  return line.length >= 50 && !ENDS_CLOSED.test(line) && STARTS_CONTINUATION.test(next);
}

/** Split plain text into line blocks, joining obviously hard-wrapped lines. */
export function textToBlocks(raw: string): Block[] {
  const lines = String(raw ?? '').split(/\r\n|\r|\n|\u2028|\u2029/);
  const blocks: Block[] = [];
  let gap = true;
  let pending: string | null = null;
  let pendingGap = true;
  const flush = () => {
    if (pending !== null) blocks.push({ text: pending, tag: 'line', gapBefore: pendingGap });
    pending = null;
  };
  for (const rawLine of lines) {
    const line = cleanInline(rawLine);
    if (!line) {
      flush();
      gap = true;
      continue;
    }
    if (pending !== null && looksWrapped(pending, line)) {
      pending = `${pending} ${line}`;
    } else {
      flush();
      pending = line;
      pendingGap = gap;
    }
    gap = false;
  }
  flush();
  return blocks;
}

/** Source blocks (e.g. from HTML) → pass blocks; every HTML block counts as separated. */
export function sourceToBlocks(source: readonly SourceBlock[]): Block[] {
  const out: Block[] = [];
  for (const b of source) {
    const text = cleanInline(String(b?.text ?? '').replace(/\s+/g, ' '));
    if (text) out.push({ text, tag: b.tag ?? 'other', gapBefore: true });
  }
  return out;
}
