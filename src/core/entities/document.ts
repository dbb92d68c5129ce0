/**
 * Text-level consistency, after each candidate got a local type:
 * 1. one type per name: every mention of the same surface takes the type of a sports team if
 *    one mention is a team, else the type most of its strong (gazetteer / cue / title) mentions
 *    have, else what its mentions' neighbouring words suggest ("in X" → place), else the
 *    majority of all its mentions;
 * 2. people: a full name ("Alexander Lukashenko") lends its type and canonical name to its
 *    shorter forms elsewhere ("Lukashenko", "Alexander"), overruling weak guesses;
 * 3. canonical names: a person's longest full name; others their surface with spaces normalised;
 * 4. tentative mentions (a lone unknown word opening a sentence) survive only if the text names
 *    the same words elsewhere.
 * Limits: two people sharing a surname in one text: a lone surname keeps its own name.
 */
import { People } from '../names/people';
import type { EntityType } from './types';

export interface Draft {
  first: number;
  last: number;
  start: number;
  end: number;
  words: string[];
  type: EntityType;
  strong: boolean;
  name: string;
  /** Kept only if the text names it elsewhere too. */
  tentative?: boolean;
  /** Typed by default only (see classify.ts). */
  guess?: boolean;
  /** The type this mention's neighbouring words suggest. */
  hint?: EntityType | null;
  /** A dateline place ("LONDON 1996-08-30"): never a team. */
  dateline?: boolean;
  /** A sports team (see sports.ts): makes every mention of its name an organisation. */
  team?: boolean;
}

const HEAD: EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

function majority(votes: Map<EntityType, number>): EntityType | null {
  let best: EntityType | null = null;
  let n = 0;
  for (const t of HEAD) {
    const v = votes.get(t) ?? 0;
    if (v > n) {
      best = t;
      n = v;
    }
  }
  return best;
}

/** Rule 1: one type per surface. */
export function unifyTypes(drafts: Draft[]): void {
  const strong = new Map<string, Map<EntityType, number>>();
  const all = new Map<string, Map<EntityType, number>>();
  const hints = new Map<string, Map<EntityType, number>>();
  const add = (m: Map<string, Map<EntityType, number>>, k: string, t: EntityType) => {
    const v = m.get(k) ?? new Map<EntityType, number>();
    v.set(t, (v.get(t) ?? 0) + 1);
    m.set(k, v);
  };
  for (const d of drafts) {
    const k = d.words.join(' ');
    add(all, k, d.type);
    if (d.strong) add(strong, k, d.type);
    if (d.hint) add(hints, k, d.hint);
  }
  const teams = new Set(drafts.filter((d) => d.team).map((d) => d.words.join(' ')));
  for (const d of drafts) {
    const k = d.words.join(' ');
    if (teams.has(k) && d.type !== 'MISC') {
      d.type = 'ORG';
      d.team = true;
      continue;
    }
    const s = strong.get(k);
    if (d.strong && s && s.size === 1) continue;
    const h = hints.get(k);
    const t = (s && majority(s)) ?? (h && majority(h)) ?? majority(all.get(k)!);
    if (t) d.type = t;
  }
}

/** Drops tentative mentions whose words the text does not name elsewhere. */
export function dropTentative(drafts: Draft[]): Draft[] {
  const sure = new Set<string>();
  for (const d of drafts) if (!d.tentative) for (const w of d.words) sure.add(w);
  return drafts.filter(
    (d) => !d.tentative || d.name !== d.words.join(' ') || d.words.every((w) => sure.has(w)),
  );
}

/** Rule 2 and 3: people's short forms and canonical names, through the core's one resolver of people. */
export function linkPeople(drafts: Draft[], protectedWord: (w: string) => boolean): void {
  const people = new People(
    drafts
      .filter((d) => d.type === 'PER' && d.words.length > 1)
      .map((d) => ({ start: d.start, type: d.type, name: d.words.join(' ') })),
  );
  for (const d of drafts) {
    if (d.type === 'MISC') continue;
    if (d.words.length === 1) {
      const w = d.words[0]!;
      const person = people.personFor(w, d.start, { firstNames: !d.strong, onlyIfUnique: true });
      if (person && !(d.type !== 'PER' && d.strong && protectedWord(w))) {
        d.type = 'PER';
        d.name = person.name;
      }
    } else if (d.type === 'PER') {
      const longer = people.longerName(d.words.join(' '));
      if (longer) d.name = longer;
    }
  }
}
