/**
 * Looks a candidate phrase up in the gazetteers: our own small lists first (they fix
 * compromise's American defaults, e.g. "Georgia" the country), then compromise's lexicon.
 * Answers a type only for a whole-phrase match; partial matches are the classifier's job.
 */

import { EXTRA_PLACES, KNOWN_ORGS, MULTIWORD_PLACES, ORG_NOT_PLACE } from './gazetteer';
import { isLexOrg, isLexPlace } from './lexicon';
import type { Token } from './tokenize';
import type { EntityType } from './types';

const MULTI = new Set(MULTIWORD_PLACES);
/** Upper-case place abbreviations (case-sensitive: "US" is a place, "us" a pronoun). */
const CAPS_PLACES = new Set(['U.S.', 'US', 'UK', 'U.K.', 'USA', 'UAE', 'U.S.A.']);
const UPPER_ORGS = new Map([...KNOWN_ORGS].map((o) => [o.toUpperCase(), o] as const));

export const phraseOf = (tokens: readonly Token[], a: number, b: number): string =>
  tokens
    .slice(a, b + 1)
    .map((t) => t.text)
    .join(' ');

/** Gazetteer type of a phrase as written, or null. */
export function knownType(phrase: string): EntityType | null {
  if (KNOWN_ORGS.has(phrase) || CAPS_PLACES.has(phrase)) return KNOWN_ORGS.has(phrase) ? 'ORG' : 'LOC';
  // "Nato", "Opec": an acronym written as a word
  if (phrase.length > 3 && UPPER_ORGS.has(phrase.toUpperCase()) && /^\p{Lu}\p{Ll}+$/u.test(phrase))
    return 'ORG';
  const lower = phrase.toLowerCase();
  if (ORG_NOT_PLACE.has(lower)) return 'ORG';
  if (EXTRA_PLACES.has(lower) || MULTI.has(lower)) return 'LOC';
  if (/^\p{Lu}/u.test(phrase) && phrase !== phrase.toUpperCase()) {
    if (isLexOrg(lower)) return 'ORG';
    if (isLexPlace(lower)) return 'LOC';
  } else if (phrase.length > 3 || /\p{Ll}/u.test(phrase)) {
    if (isLexOrg(lower)) return 'ORG';
    if (isLexPlace(lower)) return 'LOC';
  }
  return null;
}

/** Gazetteer type of an ALL-CAPS phrase (a headline word), with its usual spelling. */
export function knownUpper(phrase: string): { type: EntityType; name: string } | null {
  const org = UPPER_ORGS.get(phrase);
  if (org) return { type: 'ORG', name: org };
  if (CAPS_PLACES.has(phrase)) return { type: 'LOC', name: phrase };
  const name = phrase
    .toLowerCase()
    .replace(/(^|[\s.-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  const type = knownType(name);
  return type ? { type, name } : null;
}

export const isKnownName = (tokens: readonly Token[], a: number, b: number): boolean =>
  knownType(phraseOf(tokens, a, b)) !== null;
