/**
 * Words as the index sees them: runs of letters and digits, folded for case, accents, the
 * Latin letters NFKD leaves alone (ß, ł, ø, æ…) and typographic apostrophes. The same as the
 * analysis core's `normalise` on words, without its map back to the source: the index folds
 * millions of words and does not need it (tested to agree in tokens.test.ts).
 */
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};
const SPECIAL = /[łøđßæœıþ]/gu;
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032`\u00b4]/gu;
const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => LETTERS[c]!);
}

export function terms(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
