/**
 * Resolving speaker phrases to names with an index of the people a text mentions.
 *
 * Method: every run of capitalised words is a mention; a run of two to four words with no
 * organisation word ("House", "Agency", "Times") after title trimming is a person, recorded
 * with the words that described it ("Belarusian dictator"). A lone surname maps to the full
 * name seen last before it (or first after it); a nominal ("the Belarusian leader", "the
 * president") to the last person described with one of its words; he/she to the most salient
 * person of the ~600 characters before: most mentions so far, then most recent.
 *
 * This is the attribution's coreference step (phrase → name); the core's one resolver of
 * people (names/people.ts) then maps that name to an entity of the text. Words are compared
 * through the one folding.
 *
 * Limits: no gender or number agreement; an organisation with a person-like name ("Morning
 * Consult") can be taken for a person; lookups are binary searches, so the cost stays
 * near-linear in the text.
 */

import { ROLE_WORDS } from '../names/titles';
import { fold } from '../text/fold';
import { DETERMINERS, NOT_NAMES, ORG_WORDS, TITLES } from './lexicon';
import { bare, nameWord, type SpeakerPhrase, stripPossessive, trimTitles, wordsIn } from './speakers';

interface Person {
  readonly name: string;
  readonly tokens: readonly string[];
  readonly pos: number;
  /** The name's own words in the text (titles excluded). */
  readonly start: number;
  readonly end: number;
  readonly descriptors: ReadonlySet<string>;
}

const isPersonRun = (tokens: readonly string[]): boolean =>
  tokens.length >= 2 && tokens.length <= 4 && !tokens.some((t) => ORG_WORDS.has(bare(t)));

/** Every name mention of a text, for surname, nominal and pronoun resolution. */
export class PersonIndex {
  private readonly persons: Person[] = [];
  private readonly mentions: { pos: number; key: string }[] = [];
  /** Persons by the bare last word of their name, in text order. */
  private readonly bySurname = new Map<string, Person[]>();
  /** Mention positions by bare last word, in text order. */
  private readonly mentionsByKey = new Map<string, number[]>();

  constructor(private readonly text: string) {
    const words = wordsIn(text, 0, text.length);
    let i = 0;
    while (i < words.length) {
      if (
        !nameWord(words[i]!.w) ||
        (i > 0 && isSentenceStart(text, words[i]!.s) && NOT_NAMES.has(bare(words[i]!.w)))
      ) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < words.length && /^[ \t]+$|^$/.test(text.slice(words[j]!.e, words[j + 1]!.s))) {
        if (text.slice(words[j]!.e, words[j + 1]!.s) === '' && !words[j]!.w.endsWith('.')) break;
        if (!nameWord(words[j + 1]!.w)) break;
        j++;
      }
      const raw = words.slice(i, j + 1).map((x) => stripPossessive(x.w));
      const tokens = trimTitles(raw);
      const descriptors = new Set<string>();
      for (const t of raw.slice(0, raw.length - tokens.length)) descriptors.add(bare(t));
      for (let k = Math.max(0, i - 3); k < i; k++) descriptors.add(bare(words[k]!.w));
      if (isPersonRun(tokens)) {
        const start = words[j - tokens.length + 1]!.s;
        const person = {
          name: tokens.join(' '),
          tokens,
          pos: words[i]!.s,
          start,
          end: words[j]!.e,
          descriptors,
        };
        this.persons.push(person);
        pushTo(this.bySurname, bare(tokens[tokens.length - 1]!), person);
      }
      if (tokens.length) {
        const key = bare(tokens[tokens.length - 1]!);
        this.mentions.push({ pos: words[i]!.s, key });
        pushTo(this.mentionsByKey, key, words[i]!.s);
      }
      i = j + 1;
    }
  }

  /** The full name a name phrase stands for at `pos`: titles trimmed, surname expanded. */
  resolveName(phrase: string, pos: number): string {
    const tokens = trimTitles(phrase.split(/\s+/).map(stripPossessive));
    return (tokens.length === 1 && this.personFor(tokens[0]!, pos)?.name) || tokens.join(' ');
  }

  /** The person a lone surname at `pos` stands for: the last one seen before, else the first after. */
  private personFor(surname: string, pos: number): Person | undefined {
    let best: Person | undefined;
    for (const p of this.bySurname.get(bare(surname)) ?? []) {
      if (p.pos <= pos || !best) best = p;
      if (p.pos > pos) break;
    }
    return best;
  }

  /** Where the person behind a lone surname was introduced by full name, for the mention. */
  introduction(phrase: SpeakerPhrase): SpeakerPhrase | null {
    if (phrase.kind !== 'name') return null;
    const tokens = trimTitles(phrase.text.split(/\s+/).map(stripPossessive));
    const p = tokens.length === 1 ? this.personFor(tokens[0]!, phrase.start) : undefined;
    return p ? { kind: 'name', text: p.name, start: p.start, end: p.end } : null;
  }

  /** The last person before `pos` described with one of the nominal's words, if any. */
  resolveNominal(nominal: string, pos: number): string | null {
    const words = fold(nominal)
      .split(/\s+/)
      .filter((w) => !DETERMINERS.has(w));
    if (!words.length || words.length > 4) return null;
    const head = words[words.length - 1]!;
    if (!TITLES.has(head) && !ROLE_WORDS.has(head) && !['ruler', 'head'].includes(head)) return null;
    for (let k = this.persons.length - 1; k >= 0; k--) {
      const p = this.persons[k]!;
      if (p.pos >= pos) continue;
      if (words.some((w) => p.descriptors.has(w))) return p.name;
    }
    return null;
  }

  /** The most salient person in the ~600 characters before `pos`: most mentions, then latest. */
  resolvePronoun(pos: number): string | null {
    const hi = lowerBound(this.mentions, pos, (m) => m.pos);
    const lo = lowerBound(this.mentions, pos - 600, (m) => m.pos);
    let best: string | null = null;
    let bestScore = -1;
    for (let k = lo; k < hi; k++) {
      const { key, pos: at } = this.mentions[k]!;
      const person = (this.bySurname.get(key) ?? []).find((p) => p.pos < pos);
      if (!person) continue;
      const count = lowerBound(this.mentionsByKey.get(key) ?? [], pos, (x) => x);
      const score = count * 10_000 + at / 1e6;
      if (score > bestScore) {
        bestScore = score;
        best = this.resolveName(
          key === bare(person.tokens[person.tokens.length - 1]!)
            ? person.tokens[person.tokens.length - 1]!
            : person.name,
          pos,
        );
      }
    }
    return best;
  }

  resolve(phrase: SpeakerPhrase): string | null {
    if (phrase.kind === 'name') return this.resolveName(phrase.text, phrase.start);
    if (phrase.kind === 'pronoun') {
      const w = phrase.text.toLowerCase();
      return w === 'he' || w === 'she' ? this.resolvePronoun(phrase.start) : null;
    }
    return this.resolveNominal(phrase.text, phrase.start) ?? phrase.text;
  }
}

function isSentenceStart(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && (text.charAt(p) === ' ' || text.charAt(p) === '\t')) p--;
  return p < 0 || /[.!?\n"“”]/.test(text.charAt(p));
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** First index whose key is >= `x` in an array sorted by key. */
function lowerBound<T>(arr: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
