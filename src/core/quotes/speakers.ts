/**
 * Speaker phrases: the words right before or after a speech verb that name or point at the
 * speaker (person-index.ts resolves them to names).
 *
 * Method: a name is a run of capitalised words (initials, hyphens, apostrophes and particles
 * such as "de" or "bin" allowed); titles and roles are trimmed from its front ("Russian
 * President Vladimir Putin" → "Vladimir Putin"). Before a verb, a "(R-Utah)" and up to three
 * appositives ("Lukashenko, who …,") are skipped back to the name. Otherwise the phrase is a
 * pronoun, or a common-noun phrase opened by a determiner whose head can speak ("a senior
 * official", "the source", "the statement"; not "his refusal").
 *
 * Limits: names in lower case are not seen; a capitalised sentence opener that is not in the
 * function-word list ("Notice Trump …") reads as a name; runs in capitals count as headings.
 */

import { ABBREVIATION_PATTERN } from '../names/titles';
import { fold } from '../text/fold';
import { CUE_VERBS, DETERMINERS, NOT_NAMES, PRONOUNS, TITLES } from './lexicon';

/** A phrase that names, or points at, a speaker. */
export interface SpeakerPhrase {
  readonly kind: 'name' | 'pronoun' | 'nominal';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export const UPPER = /^\p{Lu}/u;
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'del',
  'la',
  'le',
  'du',
  'dos',
  'ibn',
]);
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Words a common-noun speaker phrase cannot end on or run through. */
export const NOT_HEAD = new Set(
  (
    'who whom which that and or but by to of in on at for with as from into than was were is are be been ' +
    'has have had would will could should may might not also then when after before during while if about ' +
    'the a an his her their its our this these those some said says told it he she they we i you same day ' +
    'streets street way time year week month thing things fact'
  ).split(' '),
);

/** Heads of common-noun phrases that can speak: people, groups, and documents that state. */
const SPEAKING_HEAD =
  /^(?:\p{Ll}+(?:er|or|ist|ian|ant|ent|eer|ee)s?|\p{Ll}*(?:man|woman|men|women|person|people)|commissions?|unions?|nominees?|candidates?|rulings?|briefs?|attorneys?|secretar(?:y|ies)|chairs?|networks?|channels?|outlets?|stations?|teams?|coalitions?|alliances?|associations?|part(?:y|ies)|caucus|majority|minority|officials?|sources?|diplomats?|envoys?|nurses?|students?|relatives?|colleagues?|victims?|locals?|insiders?|veterans?|pilots?|crews?|spokes(?:man|woman|men|women|person|people)|aides?|advis[eo]rs?|police|staff|people|persons?|man|men|woman|women|friends?|mothers?|fathers?|wife|husband|sons?|daughters?|family|families|experts?|critics?|analysts?|witness(?:es)?|chiefs?|heads?|leaders?|members?|groups?|campaigns?|committees?|agency|agencies|ministry|government|administration|department|organi[sz]ations?|company|companies|firms?|banks?|courts?|judges?|panels?|boards?|councils?|statements?|reports?|letters?|memos?|surveys?|polls?|study|studies|complaints?|lawsuits?|filings?|documents?|website|site|ads?|article|piece|editorial|tweets?|posts?)$/u;

/** Words that end in a speaking suffix but name no speaker. */
const NOT_SPEAKING = new Set([
  'matter',
  'order',
  'number',
  'center',
  'water',
  'paper',
  'letter',
  'event',
  'moment',
  'comment',
  'statement',
  'government',
  'department',
  'agent',
  'percent',
  'content',
  'incident',
  'element',
  'amount',
  'comments',
  'moments',
  'events',
  'weather',
  'corner',
  'border',
  'error',
  'floor',
  'door',
  'color',
  'meter',
  'winter',
  'summer',
  'member',
]);

/** Can a common-noun phrase ending in `head` speak? */
export function speakingHead(head: string): boolean {
  const w = head.toLowerCase();
  if (['statement', 'government', 'department', 'letter', 'member'].includes(w)) return true;
  return SPEAKING_HEAD.test(w) && !NOT_SPEAKING.has(w);
}

/** Title abbreviations that keep their period ("Sen.", "Gov."), unlike a surname ending a sentence. */
const ABBREVIATIONS = new RegExp(`^(${ABBREVIATION_PATTERN})\\.$`);

/** "He’s" → "He", "they're" → "they". */
const unContract = (w: string): string => w.replace(/['’](?:s|re|ll|ve|d|m)$/i, '');

export const bare = (w: string): string => fold(w.replace(/[.'’]+$/u, ''));
export const stripPossessive = (w: string): string => w.replace(/['’]s?$/u, '');

/** Is this word part of a name run? */
export function nameWord(w: string): boolean {
  if (!UPPER.test(w)) return false;
  if (PRONOUNS.has(unContract(w).toLowerCase())) return false; // "He’s", "They’re"
  if (/^\p{Lu}\.$/u.test(w)) return true; // an initial: "Julie A. Diaz"
  return !NOT_NAMES.has(bare(w));
}

const ADJECTIVES =
  /^(Republican|Democratic|Democrat|Conservative|Liberal|Labour|American|Russian|Ukrainian|Belarusian|British|French|German|Chinese|Japanese|Israeli|Palestinian|Iranian|Syrian|Iraqi|Afghan|Mexican|Canadian|European|African|Asian|Korean|Indian|Turkish|Polish|Italian|Spanish)s?$/;

/** Not a heading in capitals ("CONGRESS HAS INVESTIGATED HIM"), not a lone adjective. */
function plausibleName(run: readonly string[]): boolean {
  if (run.filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}{2}/u.test(w)).length >= 2)
    return false;
  return !(run.length === 1 && ADJECTIVES.test(stripPossessive(run[0]!)));
}

/** Drop leading titles, roles and demonyms; keep at least one word. */
export function trimTitles(words: readonly string[]): string[] {
  let i = 0;
  let lastTitle = -1;
  for (let k = 0; k < words.length - 1; k++) if (TITLES.has(bare(words[k]!))) lastTitle = k;
  i = lastTitle + 1;
  // A demonym or party word in front: "Belarusian", "Ukrainian", "Republican".
  while (i < words.length - 1 && /(ian|ean|ese|ish|ic|an)$/i.test(bare(words[i]!)) && words.length - i > 2)
    i++;
  return words.slice(i);
}

/** Words of `text` with offsets, within [from, to). */
export function wordsIn(text: string, from: number, to: number): { w: string; s: number; e: number }[] {
  const out: { w: string; s: number; e: number }[] = [];
  const slice = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    let w = m[0];
    // A trailing period belongs to the word only for initials and short abbreviations.
    if (w.endsWith('.') && !/^(\p{Lu}|[\p{L}]\.[\p{L}.]*)\.$/u.test(w) && !ABBREVIATIONS.test(w))
      w = w.slice(0, -1);
    out.push({ w, s: from + m.index, e: from + m.index + w.length });
  }
  return out;
}

/**
 * The speaker phrase that ENDS at `pos` (spaces, a parenthesis like "(R-Utah)" or an
 * appositive between commas may stand between it and `pos`).
 */
export function phraseBefore(text: string, pos: number, floor: number): SpeakerPhrase | null {
  let p = pos;
  while (p > floor && /\s/.test(text.charAt(p - 1))) p--;
  if (text.charAt(p - 1) === ')') {
    const o = text.lastIndexOf('(', p);
    if (o >= floor && p - o < 40) p = o;
    while (p > floor && /\s/.test(text.charAt(p - 1))) p--;
  }
  if (text.charAt(p - 1) === ',') return beforeAppositives(text, p - 1, floor);
  const words = wordsIn(text, Math.max(floor, p - 120), p);
  if (!words.length || words[words.length - 1]!.e !== p) return null;
  const k = words.length - 1;
  const last = words[k]!.w;
  if (PRONOUNS.has(unContract(last).toLowerCase()) && (k === 0 || !nameWord(words[k - 1]!.w)))
    return { kind: 'pronoun', text: unContract(last), start: words[k]!.s, end: words[k]!.e };
  if (nameWord(last)) {
    let j = k;
    while (j > 0) {
      const prev = words[j - 1]!;
      const gap = text.slice(prev.e, words[j]!.s);
      if (!/^[ \t]+$/.test(gap) && !(gap === '' && prev.w.endsWith('.'))) break;
      if (nameWord(prev.w) || (PARTICLES.has(prev.w) && j - 1 > 0 && nameWord(words[j - 2]!.w))) j--;
      else break;
    }
    const run = words.slice(j, k + 1);
    if (!plausibleName(run.map((x) => x.w))) return null;
    // "Gov. Earl Tomblin of West Virginia said", "Mr. Morgan of the Sierra Club said": the head.
    const of = /(\p{Lu}[\p{L}'’.-]*)\s+of\s+(?:the\s+)?$/u.exec(
      text.slice(Math.max(floor, run[0]!.s - 60), run[0]!.s),
    );
    if (of) {
      const head = phraseBefore(text, run[0]!.s - (of[0].length - of[1]!.length), floor);
      if (head?.kind === 'name' && !TITLES.has(bare(head.text.split(' ').pop() ?? ''))) return head;
    }
    // A possessive + noun speaker ("Clinton's campaign") reads better with its noun.
    return {
      kind: 'name',
      text: run.map((x) => x.w).join(' '),
      start: run[0]!.s,
      end: run[run.length - 1]!.e,
    };
  }
  // A common-noun phrase: up to five words back to a determiner ("a senior White House aide").
  if (/^\p{Ll}/u.test(last) && !NOT_HEAD.has(last.toLowerCase())) {
    for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
      const w = words[j]!.w.toLowerCase();
      if (/[,;:.!?"“”]/.test(text.slice(words[j]!.e, words[j + 1]!.s))) break;
      if (NOT_HEAD.has(words[j]!.w.toLowerCase()) && !DETERMINERS.has(words[j]!.w.toLowerCase())) break;
      if (DETERMINERS.has(w) || /['’]s$/.test(words[j]!.w)) {
        // "a spokeswoman for the ministry said": the role is the speaker, its body the complement.
        const role = roleBefore(text, words, j);
        if (role !== null)
          return { kind: 'nominal', text: text.slice(words[role]!.s, p), start: words[role]!.s, end: p };
        if (!speakingHead(last)) return null;
        return { kind: 'nominal', text: text.slice(words[j]!.s, p), start: words[j]!.s, end: p };
      }
    }
    // Bare plurals: "officials said", "analysts warned", with a name before them ("Nova Scotia
    // officials", "White House aides").
    if (/s$/.test(last) && speakingHead(last)) {
      let j = k;
      while (
        j > 0 &&
        nameWord(words[j - 1]!.w) &&
        /^[ \t]+$/.test(text.slice(words[j - 1]!.e, words[j]!.s)) &&
        k - j < 4
      )
        j--;
      if (
        j === 0 ||
        /[,;:.!?"“”]\s*$/.test(text.slice(words[j - 1]!.e, words[j]!.s)) ||
        DETERMINERS.has(words[j - 1]!.w.toLowerCase())
      )
        return { kind: 'nominal', text: text.slice(words[j]!.s, p), start: words[j]!.s, end: p };
    }
  }
  return null;
}

/** Prepositions that tie a role to the body it speaks for ("a spokeswoman for the ministry"). */
const FOR_WORDS = new Set(['for', 'of', 'at', 'with']);

/**
 * The first word of a role phrase ("a spokeswoman", "the head") standing before the
 * preposition that precedes words[j], or null: determiner, up to two words, a speaking head.
 */
function roleBefore(
  text: string,
  words: readonly { w: string; s: number; e: number }[],
  j: number,
): number | null {
  const prep = words[j - 1];
  if (!prep || !FOR_WORDS.has(prep.w.toLowerCase())) return null;
  const head = words[j - 2];
  if (!head || !speakingHead(head.w) || /[,;:.!?"“”]/.test(text.slice(head.e, prep.s))) return null;
  for (let r = j - 3; r >= Math.max(0, j - 5); r--) {
    if (/[,;:.!?"“”]/.test(text.slice(words[r]!.e, words[r + 1]!.s))) return null;
    if (DETERMINERS.has(words[r]!.w.toLowerCase())) return r;
  }
  return null;
}

/**
 * "Lukashenko, who …," / "Scott Pruitt, the attorney general of Oklahoma, one of …," : skip
 * up to three appositives (comma-delimited, opening with a determiner, "who" or a lower-case
 * word) back to the name they describe. `comma` is the offset of the comma before the verb.
 */
function beforeAppositives(text: string, comma: number, floor: number): SpeakerPhrase | null {
  let end = comma;
  for (let round = 0; round < 3; round++) {
    const c = text.lastIndexOf(',', end - 1);
    if (c <= floor || end - c > 160) return null;
    if (!/^\s*(a|an|the|one|who|whose|which|his|her|their|its|\p{Ll})/u.test(text.slice(c + 1, end)))
      return null;
    const inner = phraseBefore(text, c, floor);
    if (inner && inner.kind !== 'pronoun') {
      // A name inside the previous appositive ("… general of Oklahoma,") is not the subject.
      const lead = text.slice(Math.max(floor, inner.start - 6), inner.start);
      if (!/\b(of|for|at|in|with|to|from|by|on)\s+$/.test(lead) || inner.kind !== 'name') return inner;
    }
    end = c;
  }
  return null;
}

/** The speaker phrase that STARTS at `pos` ("said Caddell", "said one official, …"). */
export function phraseAfter(text: string, pos: number, ceil: number): SpeakerPhrase | null {
  const words = wordsIn(text, pos, Math.min(ceil, pos + 120));
  if (!words.length || /\S/.test(text.slice(pos, words[0]!.s))) return null;
  const first = words[0]!.w;
  if (PRONOUNS.has(unContract(first).toLowerCase()))
    return { kind: 'pronoun', text: unContract(first), start: words[0]!.s, end: words[0]!.e };
  if (nameWord(first)) {
    let j = 0;
    while (j + 1 < words.length) {
      const gap = text.slice(words[j]!.e, words[j + 1]!.s);
      if (!/^[ \t]+$/.test(gap) && !(gap === '' && words[j]!.w.endsWith('.'))) break;
      const nx = words[j + 1]!.w;
      if (nameWord(nx) || (PARTICLES.has(nx) && j + 2 < words.length && nameWord(words[j + 2]!.w))) j++;
      else break;
    }
    const run = words.slice(0, j + 1).map((x) => x.w);
    if (!plausibleName(run)) return null;
    return { kind: 'name', text: run.join(' '), start: words[0]!.s, end: words[j]!.e };
  }
  if (DETERMINERS.has(first.toLowerCase())) {
    // "said the Rev. Peter Wherry": a determiner before a name.
    if (words[1] && nameWord(words[1].w) && /^[ \t]+$/.test(text.slice(words[0]!.e, words[1].s))) {
      const name = phraseAfter(text, words[1].s, ceil);
      if (name?.kind === 'name') return name;
    }
    let j = 0;
    while (j + 1 < words.length && j < 5 && !/[,;:.!?(]/.test(text.slice(words[j]!.e, words[j + 1]!.s))) {
      const nx = words[j + 1]!.w.toLowerCase();
      if (NOT_HEAD.has(nx) || CUE_VERBS.has(nx)) break;
      j++;
    }
    if (j === 0 || NOT_HEAD.has(words[j]!.w.toLowerCase()) || !speakingHead(words[j]!.w)) return null;
    return {
      kind: 'nominal',
      text: text.slice(words[0]!.s, words[j]!.e),
      start: words[0]!.s,
      end: words[j]!.e,
    };
  }
  return null;
}
