/**
 * The one text folding of Parallax: every comparison of words (entity grouping, quote
 * matching, alignment, clustering, the search index) folds with `fold`, so "Straße" and
 * "Strasse", "Łukašenko" and "Lukasenko" meet wherever they are compared.
 *
 * Per character: compatibility decomposition (NFKD) with the combining marks dropped, lower
 * case, then the Latin letters NFKD leaves whole (ß, ł, ø, æ, œ, đ, ı, þ), typographic quotes
 * and apostrophes to ASCII, dashes to "-", any white space to one space, final sigma to sigma,
 * and format characters (zero-width, soft hyphen, bidi controls) dropped.
 * Characters are folded independently (no context), so folding a text equals folding each of
 * its characters; `normalise` relies on that to keep its map back to the source.
 */

const TABLE: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ς: 'σ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2039': '"',
  '\u203a': '"',
};
/**
 * Applied before decomposition, which would turn a spacing accent into a space and a mark:
 * the acute accent stands for an apostrophe ("don´t"); the others (¨ ¸ ¯ ˜ ˝ ˘ ˙ ˚ ˛) go.
 */
const ACUTE = /\u00b4/g;
const SPACING_ACCENTS = /[\u00a8\u00b8\u00af\u02d8-\u02dd]/gu;
/**
 * Format characters that change no letter: soft hyphen, zero-width space and joiners, word
 * joiner, byte-order mark, and the bidirectional marks, embeddings, overrides and isolates.
 * They go, so "Re\u200Buters" is "reuters" for search and grouping.
 */
const FORMAT = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;
const SPECIAL = /[łøđßæœıþς\u2018\u2019\u201a\u201b\u2032`\u201c-\u201f\u00ab\u00bb\u2039\u203a]/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;
const MARKS = /\p{M}+/gu;
const SPACES = /\s/gu;
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/** Folds a text for comparison (see the file comment); keeps one output run per input character. */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .replace(ACUTE, "'")
    .replace(SPACING_ACCENTS, '')
    .replace(FORMAT, '')
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL, (c) => TABLE[c]!)
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
}
