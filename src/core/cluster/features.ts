/**
 * Cheap text features for story grouping: names and content words.
 *
 * A "name" is a capitalised word that is not the first word of a sentence, or any word of a
 * run of capitalised words ("Vladimir Putin" gives "Vladimir", "Putin"); possessive 's is
 * dropped and case folded. This over-counts sentence-initial names and misses lower-case
 * names, which is acceptable for linking articles that share many names.
 */
import { fold as foldText } from '../text/fold';

const STOP = new Set(
  'a an and are as at be been but by for from had has have he her his in into is it its of on or our she that the their them they this to was were will with would which who not no said says after over more than about also'.split(
    ' ',
  ),
);

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

const fold = (w: string): string => foldText(w).replace(/'s$/u, '');

export interface NameEvidence {
  /** Capitalised words seen mid-sentence: names. */
  readonly midSentence: ReadonlySet<string>;
  /** Capitalised words seen only at a sentence start: names only with more evidence. */
  readonly sentenceInitial: readonly { readonly folded: string; readonly nextIsCapital: boolean }[];
}

export function nameEvidence(text: string): NameEvidence {
  const midSentence = new Set<string>();
  const sentenceInitial: { folded: string; nextIsCapital: boolean }[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!/^\p{Lu}/u.test(w) || w.length < 3) continue;
    const folded = fold(w);
    if (STOP.has(folded) || CALENDAR.has(folded)) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || /[.!?:"“«]\s*$|\n\s*$/u.test(before)) {
      const next = text.slice(m.index + w.length + 1, m.index + w.length + 2);
      sentenceInitial.push({ folded, nextIsCapital: /^\p{Lu}/u.test(next) });
    } else midSentence.add(folded);
  }
  return { midSentence, sentenceInitial };
}

/**
 * A sentence-initial capital proves nothing, unless the word is capitalised mid-sentence
 * elsewhere (in this text or in `known`, e.g. the other articles) or starts a run of
 * capitalised words.
 */
export function namesFrom(e: NameEvidence, known: ReadonlySet<string> = e.midSentence): Set<string> {
  const names = new Set(e.midSentence);
  for (const s of e.sentenceInitial)
    if (s.nextIsCapital || e.midSentence.has(s.folded) || known.has(s.folded)) names.add(s.folded);
  return names;
}

export const contentWords = (text: string): Set<string> => new Set(wordCounts(text).keys());

/** Content words (folded, three letters or more, no stop words) with their counts. */
export function wordCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0]);
    if (w.length > 2 && !STOP.has(w)) out.set(w, (out.get(w) ?? 0) + 1);
  }
  return out;
}
