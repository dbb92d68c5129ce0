/**
 * Candidate names in ordinary (mixed-case) lines: runs of capitalised words, joined across
 * name particles ("Bank of England", "Ludwig van Beethoven", "Procter & Gamble"), then cut
 * into segments: an "of" only stays inside after an organisation or place head word; leading
 * titles are trimmed ("Foreign Minister Sergei Lavrov" → "Sergei Lavrov") and remembered as
 * a person cue; a leading demonym becomes its own MISC segment ("Russian President …"); a
 * sentence-initial common word is dropped ("But Smith" → "Smith"); a known place followed by
 * common words keeps only the place ("Ukraine War" → "Ukraine").
 * Limits: lower-case name parts other than the particles below ("bin Laden") split a name.
 */
import { ROLE_HEADS } from '../names/titles';
import { DEMONYMS, LOC_HEAD, LOC_TAIL, TITLES } from './gazetteer';
import { isCommonWord, isFirstName, isOrgWord, lexTags } from './lexicon';
import { isKnownName } from './names';
import type { Token } from './tokenize';

export interface Segment {
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
  /** The title word right before the segment, lower-case ("president"), if any. */
  readonly title: string | null;
  /** A demonym segment ("Russian"): always MISC. */
  readonly demonym: boolean;
}

const PARTICLES = new Set([
  'of',
  'de',
  'van',
  'von',
  'der',
  'den',
  'du',
  'da',
  'di',
  'del',
  'della',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'el',
  '&',
]);
const OF_HEADS = new Set(
  'bank university ministry department republic kingdom states house chamber court duke isle city people council commission secretariat museum school college institute academy federation union association league church board office government province state islands isles port cape gulf bay sea lake mount strait straits'.split(
    ' ',
  ),
);

/** Longer capitalised runs are cut (title-case headlines, junk); names are shorter. */
const MAX_RUN = 12;
/** Longest gazetteer phrase we look for at the start of a segment. */
const MAX_KNOWN_WORDS = 5;

export const isCap = (t: Token): boolean => t.word && /^\p{Lu}/u.test(t.text);
export const bare = (t: Token): string => t.text.replace(/\.$/, '').toLowerCase();

export function isDemonymWord(w: string): boolean {
  const l = w.toLowerCase();
  if (DEMONYMS.has(l)) return true;
  return l.endsWith('s') && DEMONYMS.has(l.slice(0, -1));
}

/** Runs of capitalised words (token index ranges, inclusive) in mixed-case lines. */
export function capitalisedRuns(tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.capsLine || !isCap(t)) {
      i++;
      continue;
    }
    let j = i;
    while (j - i < MAX_RUN) {
      const next = tokens[j + 1];
      if (next?.tight && isCap(next) && !next.capsLine) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (next?.tight && PARTICLES.has(next.text) && after?.tight && isCap(after)) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

const OPENER_TAGS = [
  'Adjective',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Verb',
  'QuestionWord',
];
const NAME_TAGS = ['Person', 'Place', 'Organization', 'FirstName', 'LastName'];
/** A sentence-opening word that is no name part ("The", "But", "Initially", "Controversial"). */
const openerWord = (t: Token, tg: ReadonlySet<string>): boolean =>
  (isCommonWord(t.text) && !tg.has('Noun')) ||
  (OPENER_TAGS.some((x) => tg.has(x)) && !NAME_TAGS.some((x) => tg.has(x)));
/** "Friday", "September": a date word at a name's edge is no part of it. */
const isDateWord = (t: Token): boolean =>
  t.text.length > 3 && lexTags(t.text).some((x) => x === 'Month' || x === 'WeekDay') && !isFirstName(t.text);
const isTitle = (t: Token): boolean =>
  TITLES.has(bare(t)) ||
  bare(t)
    .split('-')
    .every((p) => TITLES.has(p));
/** "Bergamo-based", "Family-controlled": a compound with a lower-case part is no name. */
const isLowerCompound = (t: Token): boolean =>
  /-\p{Ll}/u.test(t.text) && !/^\p{Lu}\p{Ll}*-\p{Lu}/u.test(t.text);
const isCue = (t: Token): boolean => isOrgWord(t.text) || LOC_TAIL.has(t.text.toLowerCase());

/** Cuts one capitalised run into name segments (see the file comment). */
export function segmentRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  tags: ReadonlyArray<ReadonlySet<string>>,
): Segment[] {
  // split at particles that do not belong ("Minister of Russia" → "Minister", "Russia")
  const parts: Array<[number, number]> = [];
  let s = from;
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]!.text;
    if (w !== 'of' && w !== '&') continue;
    const head = bare(tokens[k - 1]!);
    if (w === 'of' && (OF_HEADS.has(head) || isOrgWord(head) || LOC_HEAD.has(head))) continue;
    if (w === '&') continue;
    parts.push([s, k - 1]);
    s = k + 1;
  }
  parts.push([s, to]);
  const out: Segment[] = [];
  for (const [a0, b] of parts) out.push(...trimPart(tokens, a0, b, tags));
  return out;
}

function trimPart(
  tokens: readonly Token[],
  a0: number,
  b: number,
  tags: ReadonlyArray<ReadonlySet<string>>,
): Segment[] {
  const out: Segment[] = [];
  let a = a0;
  let title: string | null = null;
  const endsInCue = isCue(tokens[b]!);
  if (!endsInCue) {
    for (let k = b - 1; k > a; k--) {
      if (!ROLE_HEADS.has(bare(tokens[k]!))) continue;
      const rest = trimPart(tokens, k + 1, b, tags).map((g) =>
        g.first === k + 1 ? { ...g, title: bare(tokens[k]!) } : g,
      );
      return [...trimPart(tokens, a, k - 1, tags), ...rest];
    }
  }
  for (;;) {
    const t = tokens[a]!;
    if (a < b && isLowerCompound(t)) {
      a++;
      continue;
    }
    if (a < b && isDateWord(t)) {
      a++;
      continue;
    }
    if (
      a === a0 &&
      t.sentStart &&
      a < b &&
      !isTitle(t) &&
      !isDemonymWord(t.text) &&
      openerWord(t, tags[a]!) &&
      !isKnownName(tokens, a, a + 1)
    ) {
      a++;
      continue;
    }
    if (a < b && isTitle(t) && !endsInCue) {
      title = bare(t);
      a++;
      continue;
    }
    if (a < b && isDemonymWord(t.text) && !endsInCue && !isKnownName(tokens, a, b)) {
      out.push({ first: a, last: a, title: null, demonym: true });
      a++;
      continue;
    }
    break;
  }
  while (b > a && (isDateWord(tokens[b]!) || (isTitle(tokens[b]!) && !endsInCue))) b--;
  // a single sentence-initial common word ("The", "But", "Dictator") is no name
  const only = tokens[a]!;
  if (a === b && only.sentStart && isCommonWord(only.text) && !isDemonymWord(only.text)) return out;
  if (a === b && (isTitle(only) || isLowerCompound(only))) return out;
  // a known place or organisation followed by common words keeps only the known part
  for (let k = Math.min(b - 1, a + MAX_KNOWN_WORDS - 1); k >= a; k--) {
    if (!isKnownName(tokens, a, k)) continue;
    let allCommon = true;
    for (let m = k + 1; m <= b; m++)
      if (!isCommonWord(tokens[m]!.text) || isCue(tokens[m]!)) allCommon = false;
    if (allCommon) b = k;
    break;
  }
  if (a === b && isDemonymWord(only.text)) out.push({ first: a, last: b, title: null, demonym: true });
  else out.push({ first: a, last: b, title, demonym: false });
  return out;
}
