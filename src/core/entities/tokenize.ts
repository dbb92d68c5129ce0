/**
 * A small tokenizer that keeps exact UTF-16 offsets: words (letters/digits joined by inner
 * ".", "&", "-", and an apostrophe before a capital as in "O'Neill"), abbreviations with their
 * final period ("U.S.", "Mr.", "J."), and every other non-space character as its own token.
 * "Putin's" becomes "Putin" + "'" + "s", so the possessive never sticks to a name. Each token
 * knows its line, whether that line is ALL CAPS (a headline), and whether it opens a sentence.
 * Limits: sentence starts are guessed from the previous punctuation only.
 */
import { ABBREVIATIONS } from '../names/titles';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Starts with a letter or digit. */
  readonly word: boolean;
  readonly line: number;
  /** The token's line has letters and none of them is lower-case (a headline or dateline). */
  readonly capsLine: boolean;
  /** First word of its line or after sentence-ending punctuation. */
  readonly sentStart: boolean;
  /** Only spaces or tabs (no newline, no punctuation) separate it from the previous token. */
  readonly tight: boolean;
}

const TOKEN =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[.&-]|['’](?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|\S/gu;
const SENT_END = new Set(['.', '!', '?', ':', '–', '—', '-', '•', '|']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);

function keepsPeriod(core: string): boolean {
  if (core.includes('.')) return true; // "U.S."
  if (/^\p{Lu}$/u.test(core)) return true; // an initial, "J."
  return ABBREVIATIONS.has(core.toLowerCase());
}

/** "BelTAthe" (lost space after an acronym-like name) → "BelTA" + "the". */
function unglue(word: string): string[] {
  const m = /^(\p{L}*\p{Lu}\p{Ll}*\p{Lu}+)(the|and|of|in|on|for|to|is|was|said)$/u.exec(word);
  return m ? [m[1]!, m[2]!] : [word];
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const lineCaps: boolean[] = [];
  let lineNo = 0;
  let lineStart = 0;
  const capsOf = (from: number, to: number): boolean => {
    const s = text.slice(from, to);
    return /\p{L}/u.test(s) && !/\p{Ll}/u.test(s);
  };
  let prevEnd = 0;
  let sentPending = true;
  for (const m of text.matchAll(TOKEN)) {
    let start = m.index;
    const pieces: string[] = unglue(m[0]);
    if (pieces.length === 1 && m[0].length > 1 && m[0].endsWith('.') && !keepsPeriod(m[0].slice(0, -1))) {
      pieces[0] = m[0].slice(0, -1);
      pieces.push('.');
    }
    for (const piece of pieces) {
      const gap = text.slice(prevEnd, start);
      const nl = gap.indexOf('\n');
      if (nl >= 0) {
        lineNo += gap.split('\n').length - 1;
        lineStart = prevEnd + gap.lastIndexOf('\n') + 1;
        sentPending = true;
      }
      if (lineCaps[lineNo] === undefined) {
        const lineEnd = text.indexOf('\n', lineStart);
        lineCaps[lineNo] = capsOf(lineStart, lineEnd < 0 ? text.length : lineEnd);
      }
      const word = /^[\p{L}\p{N}]/u.test(piece);
      out.push({
        start,
        end: start + piece.length,
        text: piece,
        word,
        line: lineNo,
        capsLine: lineCaps[lineNo]!,
        sentStart: word && sentPending,
        tight: out.length > 0 && nl < 0 && /^[ \t\u00a0]*$/.test(gap),
      });
      if (word) sentPending = false;
      else if (SENT_END.has(piece)) sentPending = true;
      else if (!OPENERS.has(piece)) sentPending = false;
      prevEnd = start + piece.length;
      start = prevEnd;
    }
  }
  return out;
}
