/**
 * Normalising text for comparison while keeping a map back to the source.
 *
 * Quote marks and apostrophes become ASCII, dashes become "-", runs of whitespace one space,
 * letters lose case and diacritics (NFKD, combining marks dropped). Every character of the
 * result records the source offset it came from, so a match found in normalised text lands
 * on the right letters of the source, surrogate pairs and expanding characters included.
 */

export interface Normalised {
  readonly text: string;
  /** For normalised char i, the source range [from[i], to[i]) of the character it came from. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2039': '"',
  '\u203a': '"',
};
/** Letters that NFKD does not decompose but readers treat as accented Latin letters. */
const LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
};
const DASH = /[\u2010-\u2015\u2212]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/u;

function replacement(ch: string): string {
  const q = QUOTES[ch];
  if (q) return q;
  const letter = LETTERS[ch];
  if (letter) return letter;
  if (DASH.test(ch)) return '-';
  if (SPACE.test(ch)) return ' ';
  let out = '';
  for (const c of ch.normalize('NFKD')) if (!MARK.test(c)) out += c;
  return out.toLowerCase();
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
