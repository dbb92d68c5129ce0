/**
 * Types one candidate segment. Evidence, strongest first: the gazetteers (whole phrase); an
 * organisation head word at the end ("… Ministry", "… Party", "… Inc") or a place head word
 * ("… Sea", "Lake …"); a title before the name (person); a known first name at the start;
 * compromise's lexicon tags (word-tags.ts); the words around it ("in X" → place, "X said" → person).
 * Decisions from the last two are "weak": document-level voting may overrule them.
 * Limits: a lone unknown capitalised word with no evidence defaults to a person but is kept only
 * if the text confirms it (index.ts); organisations with person-like names ("Pirelli") come out PER.
 */

import { isDemonymWord, type Segment } from './candidates';
import { EVENT_HEADS, LOC_HEAD, LOC_TAIL, PERSON_TITLES } from './gazetteer';
import { isCommonWord, isFirstName, isLexPlace, isOrgWord, lexTags } from './lexicon';
import { knownType, phraseOf } from './names';
import type { Token } from './tokenize';
import type { EntityType } from './types';

export interface Typed {
  readonly type: EntityType;
  readonly strong: boolean;
  /** Kept only if the text names it elsewhere too (a lone sentence-initial unknown word). */
  readonly tentative?: boolean;
  /** No evidence at all, only the default: kept only if the text confirms it elsewhere. */
  readonly guess?: boolean;
  /** The type the neighbouring words suggest, for text-level voting. */
  readonly hint?: EntityType | null;
}

const ORG_TAIL = new Set(
  'newsroom desk organisation organization force forces party inc corp corporation ltd plc llc ag gmbh sa nv spa co company group ministry fc united rovers wanderers athletic agency bank council union committee university college institute federation association club commission parliament assembly army navy police court tribunal service services authority bureau office department fund foundation front movement league society network airlines airways motors industries holdings international exchange news times post journal herald telegraph tribune gazette radio television tv press'.split(
    ' ',
  ),
);
/** Events, prizes and documents: named, but MISC in news convention ("World Cup", "Peking Protocol"). */
/** Religious and ethnic words: MISC like demonyms, but with no country to link to. */
const MISC_WORDS = new Set(
  'moslem moslems muslim muslims islamic jewish jew jews christian christians catholic catholics protestant protestants hindu hindus buddhist sikh sunni shia shiite hutu hutus tutsi tutsis afrikaner afrikaners zairean zaireans kurd kurds kurdish sephardic orthodox'.split(
    ' ',
  ),
);
const LOC_PREV = new Set(['in', 'at', 'near', 'outside', 'into', 'towards', 'toward', 'across', 'around']);
const ORG_NEXT = new Set([
  'shares',
  'stock',
  'spokesman',
  'spokeswoman',
  'chairman',
  'officials',
  'executives',
  'newspaper',
  'daily',
  'subsidiary',
  'unit',
]);
const ORG_PREV = new Set([
  'newspaper',
  'daily',
  'company',
  'firm',
  'club',
  'carrier',
  'airline',
  'agency',
  'rivals',
  'champions',
  'team',
  'side',
  'group',
  'broker',
  'brokerage',
  'bank',
  'insurer',
  'maker',
]);
const PER_NEXT = new Set(['said', 'says', 'told', 'added', 'who', 'wrote', 'argued', 'insisted']);
const PER_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const ORG_TAGS = ['Organization', 'SportsTeam'];
const NAME_TAGS = ['ProperNoun', ...PER_TAGS, ...PLACE_TAGS, ...ORG_TAGS];
/** Tags of words that are no names even when capitalised. */
const COMMON_TAGS = [
  'Date',
  'WeekDay',
  'Month',
  'Duration',
  'Pronoun',
  'Value',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Adverb',
  'QuestionWord',
  'Modal',
  'Copula',
];

/** The word tags read the segment as common words, or as a date, pronoun, number… */
function looksCommon(
  tokens: readonly Token[],
  tags: ReadonlyArray<ReadonlySet<string>>,
  first: number,
  last: number,
): boolean {
  for (let k = first; k <= last; k++) {
    const tg = tags[k]!;
    if (tg.has('Expression')) return false;
    if (
      COMMON_TAGS.some((t) => tg.has(t)) ||
      lexTags(tokens[k]!.text).some((t) => t === 'Month' || t === 'WeekDay')
    )
      continue;
    if (NAME_TAGS.some((t) => tg.has(t))) return false;
    // a sentence's first word is never tagged a proper noun: unknown there is no evidence
    if (!isCommonWord(tokens[k]!.text)) return false;
  }
  return true;
}

const low = (t: Token | undefined): string => (t ? t.text.replace(/\.$/, '').toLowerCase() : '');

function prevWord(tokens: readonly Token[], i: number): Token | undefined {
  const p = tokens[i - 1];
  return p?.word && p.line === tokens[i]!.line ? p : undefined;
}

export function classify(
  tokens: readonly Token[],
  tags: ReadonlyArray<ReadonlySet<string>>,
  seg: Segment,
): Typed | null {
  if (seg.demonym) return { type: 'MISC', strong: true };
  const { first, last } = seg;
  const n = last - first + 1;
  const known = knownType(phraseOf(tokens, first, last));
  if (known) return { type: known, strong: true };
  const head = low(tokens[first]);
  const tail = low(tokens[last]);
  if (EVENT_HEADS.has(tail) || MISC_WORDS.has(tail) || /-\p{Ll}+$/u.test(tail))
    return { type: 'MISC', strong: true };
  // "West Indian", "Latin Americans": a compound demonym
  if (n > 1 && isDemonymWord(tokens[last]!.text) && !knownType(tokens[last]!.text))
    return { type: 'MISC', strong: true };
  if (
    n === 1 &&
    (ORG_TAIL.has(tail) || isOrgWord(tail) || isCommonWord(tokens[first]!.text)) &&
    !tokens[first]!.capsLine
  )
    return tags[first]!.has('Person') ? { type: 'PER', strong: false, tentative: true } : null;
  if (ORG_TAIL.has(tail) || isOrgWord(tail) || (n > 2 && tokens[first + 1]!.text === '&'))
    return { type: 'ORG', strong: true };
  if (n > 1 && (LOC_TAIL.has(tail) || LOC_HEAD.has(head))) return { type: 'LOC', strong: true };
  if (n > 2 && tokens.slice(first, last + 1).some((t) => t.text === 'of') && isOrgWord(head))
    return { type: 'ORG', strong: true };
  if (seg.title && PERSON_TITLES.has(seg.title)) return { type: 'PER', strong: true };
  if (n > 1 && /^\p{Lu}\.$/u.test(tokens[first]!.text) && !knownType(phraseOf(tokens, first + 1, last)))
    return { type: 'PER', strong: true };
  if (n === 1 && tokens[first]!.text.length === 1) return null;
  if (looksCommon(tokens, tags, first, last)) return null;
  if (n > 1 && isFirstName(tokens[first]!.text) && !isLexPlace(tokens[first]!.text))
    return { type: 'PER', strong: true };
  const word = tokens[first]!.text;
  if (n === 1 && /^\p{Lu}[\p{Lu}\d&.]+$/u.test(word) && word.length <= 6)
    return { type: 'ORG', strong: false };
  let per = 0;
  let place = 0;
  let org = 0;
  for (let k = first; k <= last; k++) {
    const tg = tags[k]!;
    if (PER_TAGS.some((t) => tg.has(t))) per++;
    if (PLACE_TAGS.some((t) => tg.has(t))) place++;
    if (ORG_TAGS.some((t) => tg.has(t))) org++;
  }
  const hint = contextHint(tokens, first, last);
  const weak = (type: EntityType, more?: Partial<Typed>): Typed => ({ type, strong: false, hint, ...more });
  if (seg.title) return weak('PER');
  if (n === 1 && per + place + org === 0 && tags[first]!.has('Adjective')) return weak('MISC');
  const lone = n === 1 && per === 0 && place === 0 && org === 0;
  if (lone && (tags[first]!.has('Expression') || tokens[first]!.sentStart))
    return weak('PER', { tentative: true });
  if (org > 0 && org >= per) return weak('ORG');
  if (place > per) return weak('LOC');
  if (per > 0) return weak('PER');
  if (hint) return weak(hint);
  return weak('PER', { guess: n === 1 });
}

/** What the neighbouring words say: "in X" (place), "X shares" (organisation), "X, 45," (person). */
function contextHint(tokens: readonly Token[], first: number, last: number): EntityType | null {
  const before = low(prevWord(tokens, first));
  const after = low(tokens[last + 1]);
  const line = tokens[first]!.line;
  if (LOC_PREV.has(before)) return 'LOC';
  if (ORG_NEXT.has(after) || ORG_PREV.has(before)) return 'ORG';
  if (PER_NEXT.has(after)) return 'PER';
  const age = tokens[last + 2];
  if (after === ',' && age?.line === line && /^\d{2}$/.test(age.text)) return 'PER';
  return null;
}
