/**
 * Normalising text for comparison while keeping a map back to the source.
 *
 * Each character is folded by `fold` (the core's one folding: case, diacritics, quotes,
 * dashes), and runs of whitespace become one space. Every character of the result records the source offset it came from, so a match found in normalised text lands
 * on the right letters of the source, surrogate pairs and expanding characters included.
 */
import { fold } from './fold';

export interface Normalised {
  readonly text: string;
  /** For normalised char i, the source range [from[i], to[i]) of the character it came from. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** One character's folding: the core's one folding (`fold.ts`), white space as one space. */
function replacement(ch: string): string {
  return fold(ch);
}

export function normalise(source: string): Normalised {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < source.length; ) {
    const ch = String.fromCodePoint(source.codePointAt(i)!);
    const rep = replacement(ch);
    // Whitespace collapses to one space, none at the start.
    const skip = rep === ' ' && (text === '' || text.endsWith(' '));
    if (!skip)
      for (const c of rep) {
        for (let k = 0; k < c.length; k++) {
          from.push(i);
          to.push(i + ch.length);
        }
        text += c;
      }
    i += ch.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
    to.pop();
  }
  return { text, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Maps a non-empty span of the normalised text back to the source (end exclusive). */
export function toSource(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (end <= start || start >= n.text.length) {
    const at = start < n.text.length ? n.from[start]! : n.to.length ? n.to[n.to.length - 1]! : 0;
    return { start: at, end: at };
  }
  return { start: n.from[start]!, end: n.to[Math.min(end, n.text.length) - 1]! };
}
