/**
 * The article's own vocabulary, used to tell body text from teasers of other stories.
 *
 * Method: a block's "names" are its capitalised words (≥ 3 letters, not sentence-initial,
 * where any word would be capitalised) plus long lower-case words (≥ 7
 * letters, a cheap keyword proxy), lower-cased and with a possessive `'s` dropped. Relevance
 * of a block = how many of its names occur in the OTHER candidate body blocks.
 *
 * Limits: no stemming or entity linking ("Russian" ≠ "Russia"); scripts without case rely on
 * the long-word keywords only. Only the first 5,000 code units of a block are read.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CAP = /^\p{Lu}/u;
const SENTENCE_END = /[.!?…:"“”]$/u;

/** Distinct name/keyword tokens of a text (see the file comment). */
export function namesOf(text: string): Set<string> {
  const s = text.length > 5000 ? text.slice(0, 5000) : text;
  const out = new Set<string>();
  let prevEndsSentence = true;
  for (const m of s.matchAll(WORD)) {
    const raw = m[0];
    const word = raw.replace(/['’]s$/u, '');
    const lower = word.toLowerCase();
    const isCap = CAP.test(word) && word.length >= 3;
    if (isCap && !prevEndsSentence) out.add(lower);
    else if (!isCap && word.length >= 7 && /^\p{L}+$/u.test(word)) out.add(lower);
    const after = s.charAt((m.index ?? 0) + raw.length);
    prevEndsSentence = SENTENCE_END.test(after) || after === '';
  }
  return out;
}

/** Counts how many candidate blocks each name occurs in. */
export function documentFrequency(sets: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const n of set) df.set(n, (df.get(n) ?? 0) + 1);
  return df;
}

/** Names of `own` that also occur in other blocks (own block's contribution removed). */
export function sharedNames(own: Set<string>, df: ReadonlyMap<string, number>, ownCounted: boolean): number {
  let n = 0;
  for (const name of own) if ((df.get(name) ?? 0) - (ownCounted ? 1 : 0) > 0) n++;
  return n;
}
