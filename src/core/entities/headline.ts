/**
 * ALL-CAPS lines (headlines, datelines such as "LONDON 1996-08-30") carry no case signal, so
 * we only accept what we already know: names found elsewhere in the same text (in their
 * upper-case form, longest first), gazetteer entries, and the dateline pattern — capitalised
 * words at the start of a line followed by a date or by "(" / "," / "-" — which names a place.
 * Limits: a name that appears only in a headline and in no gazetteer is missed (by design:
 * guessing there costs more precision than it gains).
 */
import { isCap } from './candidates';
import { isCommonWord } from './lexicon';
import { knownUpper, phraseOf } from './names';
import type { Token } from './tokenize';
import type { EntityType } from './types';

export interface KnownName {
  readonly type: EntityType;
  readonly name: string;
  readonly dateline?: boolean;
}
export interface Found {
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
  readonly name: string;
  readonly dateline?: boolean;
}

const MAX_WORDS = 5;
const DATE = /^(?:\d{1,4}(?:[-/.]\d{1,2}){1,2}|\d{4})$/;

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s.'-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());

/** Datelines at the start of a line: "MINSK 2023-10-29", "MINSK, Oct 29 (Reuters) -". */
export function datelineAt(tokens: readonly Token[], i: number): Found | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && prev.line === t.line) return null;
  if (!isCap(t) || /\p{Ll}/u.test(t.text)) return null;
  let j = i;
  while (
    tokens[j + 1]?.line === t.line &&
    tokens[j + 1]!.word &&
    /^\p{Lu}[\p{Lu}.'-]*$/u.test(tokens[j + 1]!.text)
  )
    j++;
  const next = tokens[j + 1];
  const ok =
    next &&
    next.line === t.line &&
    (DATE.test(next.text) || ((next.text === '(' || next.text === ',') && !t.capsLine));
  if (!ok || j - i >= 3) return null;
  return { first: i, last: j, type: 'LOC', name: titleCase(phraseOf(tokens, i, j)), dateline: true };
}

/** Known names inside one ALL-CAPS line, tokens [from, to]. */
export function headlineNames(
  tokens: readonly Token[],
  from: number,
  to: number,
  known: ReadonlyMap<string, KnownName>,
): Found[] {
  const out: Found[] = [];
  let i = from;
  while (i <= to) {
    if (!tokens[i]!.word || !/\p{L}/u.test(tokens[i]!.text)) {
      i++;
      continue;
    }
    const date = i === from ? datelineAt(tokens, i) : null;
    if (date) {
      out.push(date);
      i = date.last + 1;
      continue;
    }
    let hit: Found | null = null;
    for (let j = Math.min(to, i + MAX_WORDS - 1); j >= i && !hit; j--) {
      if (!tokens.slice(i, j + 1).every((t) => t.word)) continue;
      const phrase = phraseOf(tokens, i, j);
      const fromText = known.get(phrase);
      const k = fromText ?? (i === j && isCommonWord(phrase) ? null : knownUpper(phrase));
      if (k && k.type !== 'MISC') hit = { first: i, last: j, type: k.type, name: k.name };
    }
    if (hit) {
      out.push(hit);
      i = hit.last + 1;
    } else i++;
  }
  return out;
}
