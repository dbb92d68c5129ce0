/**
 * The one resolver of people (and speaking bodies) of the core. Entity ids are made here from
 * content (the folded canonical name), and every part that names a person asks here:
 * the quote attribution maps its speaker phrase to an entity of the text, the story's entity
 * groups merge the articles' ids, and the reader compares ids, never name strings.
 *
 * Within a text (`People`): a phrase is folded and stripped of titles and a possessive, then
 * matched against the canonical names of the text's PER and ORG entities: a one-word phrase
 * as a person's surname (or first name) — the person mentioned last before the phrase, else
 * the first after it — else the whole name, else a person's name at its end ("Actress Uma
 * Thurman"). The name tagger links a text's short forms to
 * their full names with the same lookups (entities/document.ts).
 * Across a story (`storyPeople`): a person known by surname only in one article takes the
 * full name with that surname the story names most often.
 * Limits: two people sharing a surname in one story are told apart only within an article;
 * across articles a lone surname goes to the more often named of them.
 */

import { DEMONYMS } from '../entities/gazetteer';
import { isCommonWord, isFirstName, isLexCountry } from '../entities/lexicon';
import type { EntityMention, EntityType } from '../entities/types';
import { fold } from '../text/fold';
import type { EntityId } from '../types';
import { TITLE_QUALIFIERS, TITLES } from './titles';

const key = (name: string): string => fold(name).replace(/\s+/g, ' ').trim();

/**
 * An entity's id: its folded canonical name, without a leading "the" ("The New York Times" and
 * "New York Times" are one). The type stays out of it, so one name typed a place in one
 * article and an organisation in another still meets itself across them.
 */
export function entityId(name: string): EntityId {
  return key(name).replace(/^the /, '') as EntityId;
}

export interface Resolved {
  readonly id: EntityId;
  readonly name: string;
  readonly type: EntityType;
}

const SPEAKING: ReadonlySet<EntityType> = new Set(['PER', 'ORG']);
/** Countries speak through their governments ("North Korea said"); other places do not. */
const COUNTRIES = new Set([...DEMONYMS.values()].map((c) => key(c)));
const isCountry = (name: string): boolean =>
  COUNTRIES.has(key(name)) || isLexCountry(name) || /^(?:the )?(?:u\.?s\.?a?|uk|u\.k\.)$/i.test(name);
const bareWord = (w: string): string => key(w).replace(/['’]s?$|\.$/u, '');

/** A phrase's own name words: titles and qualifiers off the front, a possessive off the end. */
export function nameWords(phrase: string): string[] {
  const words = phrase
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/['’]s?$/u, ''));
  let i = 0;
  while (
    i < words.length - 1 &&
    (TITLES.has(bareWord(words[i]!)) || TITLE_QUALIFIERS.has(bareWord(words[i]!)))
  )
    i++;
  return words.slice(i);
}

type Named = Pick<EntityMention, 'start' | 'type' | 'name'> & { readonly end?: number };
interface Seen {
  readonly person: Resolved;
  readonly at: number;
}

export class People {
  private readonly byName = new Map<string, Resolved>();
  /** Folded surname → people with it, at their first mention, in text order. */
  private readonly bySurname = new Map<string, Seen[]>();
  /** Folded first name → people with it, likewise. */
  private readonly byFirst = new Map<string, Seen[]>();
  private readonly fullNames: Resolved[] = [];
  /** Folded names and spans of the text's places, events and other names (never speakers). */
  private readonly others = new Set<string>();
  private readonly otherSpans: { start: number; end: number }[] = [];

  constructor(entities: readonly Named[]) {
    const push = (m: Map<string, Seen[]>, k: string, seen: Seen) => {
      const list = m.get(k) ?? [];
      list.push(seen);
      m.set(k, list);
    };
    for (const e of entities) {
      if (!SPEAKING.has(e.type)) {
        this.others.add(key(e.name));
        if (e.end !== undefined) this.otherSpans.push({ start: e.start, end: e.end });
        continue;
      }
      const k = key(e.name);
      let person = this.byName.get(k);
      if (!person) {
        person = { id: entityId(e.name), name: e.name.trim(), type: e.type };
        this.byName.set(k, person);
        if (e.type === 'PER' && k.includes(' ')) this.fullNames.push(person);
      }
      if (e.type !== 'PER') continue;
      const words = k.split(' ');
      if (words.length < 2) continue;
      push(this.bySurname, words[words.length - 1]!, { person, at: e.start });
      push(this.byFirst, words[0]!, { person, at: e.start });
    }
  }

  /**
   * The person a lone name word at `pos` stands for: by surname, else (unless `firstNames` is
   * false) by first name; of several, the one whose full name was mentioned last before `pos`,
   * else the first after it — or, with `onlyIfUnique`, none (how the tagger links names: a
   * wrong merge costs more there).
   */
  personFor(
    word: string,
    pos: number,
    opts: { firstNames?: boolean; onlyIfUnique?: boolean } = {},
  ): Resolved | null {
    const k = key(word);
    const list = this.bySurname.get(k) ?? (opts.firstNames !== false ? this.byFirst.get(k) : undefined);
    if (!list?.length || (opts.onlyIfUnique && new Set(list.map((x) => x.person)).size > 1)) return null;
    // the person named last before `pos` (any of their full-name mentions), else the first after
    let best: Seen | null = null;
    for (const x of list) if (x.at <= pos && (!best || x.at >= best.at)) best = x;
    if (!best) for (const x of list) if (!best || x.at < best.at) best = x;
    return best!.person;
  }

  /** The one longer full name of the text that ends with this person name ("Putin" in "Vladimir Putin", "Hillary Clinton" in "Hillary Rodham Clinton"), if any. */
  longerName(name: string): string | null {
    const k = key(name);
    const longer = this.fullNames.filter((p) => {
      const f = key(p.name);
      return f.length > k.length && f.endsWith(` ${k}`);
    });
    return longer.length === 1 ? longer[0]!.name : null;
  }

  /**
   * Whether a speaker phrase names something that does not speak: a place (but a country,
   * which speaks through its government), a day, an event or a work of the text's entities, by
   * its whole name or as the entity the phrase stands in.
   */
  namesNonSpeaker(name: string, phrase: { start: number; end: number }): boolean {
    const words = nameWords(name).join(' ');
    if (isCountry(words)) return false;
    if (this.others.has(key(words))) return true;
    return this.otherSpans.some((s) => s.start <= phrase.start && phrase.end <= s.end);
  }

  /** The person or body of this text a phrase at `pos` names, or null. */
  resolve(phrase: string, pos: number): Resolved | null {
    const asWritten = this.byName.get(key(phrase.replace(/^the\s+/i, '').replace(/['’]s?$/u, '')));
    if (asWritten && (asWritten.type !== 'PER' || key(asWritten.name).includes(' '))) return asWritten;
    const words = nameWords(phrase);
    if (!words.length) return null;
    const whole = this.byName.get(key(words.join(' ')));
    if (words.length === 1) {
      const person = this.personFor(words[0]!, pos);
      if (person) return person;
    }
    if (whole) return whole;
    // A description the lists do not know, in front of a name ("Actress Uma Thurman"): the
    // longest tail of the phrase that is a person of the text, when the words before it are
    // common words or abbreviations ("Rival", "Del."), not a first name the tagger missed
    // ("Cornell William Brooks").
    for (let i = 1; i < words.length - 1; i++) {
      const head = words[i - 1]!;
      if (isFirstName(head) || !(isCommonWord(head) || head.endsWith('.'))) return null;
      const tail = this.byName.get(key(words.slice(i).join(' ')));
      if (tail?.type === 'PER') return tail;
    }
    return null;
  }
}

/**
 * The story-wide id of each article-level entity id: a one-word person name joins the full
 * name of the story ending with it that the story names most. Returns a map from article-level id to story id and
 * the story-level canonical names.
 */
export function storyPeople(mentions: readonly Pick<EntityMention, 'type' | 'name'>[]): {
  idOf: (type: EntityType, name: string) => EntityId;
  nameOf: (id: EntityId) => string;
} {
  const fullBySurname = new Map<string, Map<string, number>>();
  const names = new Map<EntityId, string>();
  for (const m of mentions) {
    const k = key(m.name);
    if (m.type !== 'PER' || !k.includes(' ')) continue;
    const surname = k.slice(k.lastIndexOf(' ') + 1);
    const counts = fullBySurname.get(surname) ?? new Map<string, number>();
    counts.set(m.name.trim(), (counts.get(m.name.trim()) ?? 0) + 1);
    fullBySurname.set(surname, counts);
  }
  const idOf = (type: EntityType, name: string): EntityId => {
    const k = key(name);
    if (type === 'PER' && !k.includes(' ')) {
      const fulls = fullBySurname.get(k);
      if (fulls) {
        // the full name the story uses most for this surname (the first of equals)
        let full = '';
        let most = 0;
        for (const [f, n] of fulls)
          if (n > most) {
            full = f;
            most = n;
          }
        const id = entityId(full);
        if (!names.has(id)) names.set(id, full);
        return id;
      }
    }
    const id = entityId(name);
    const known = names.get(id);
    if (!known || name.trim().length > known.length) names.set(id, name.trim());
    return id;
  };
  for (const m of mentions) idOf(m.type, m.name);
  return { idOf, nameOf: (id) => names.get(id) ?? id };
}
