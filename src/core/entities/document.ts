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
 * Limits: two people sharing a surname in one text both map to the first full name seen only
 * when it is unique; otherwise the short form keeps its own name.
 */
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

/** Rule 2 and 3: people's short forms and canonical names. */
export function linkPeople(drafts: Draft[], protectedWord: (w: string) => boolean): void {
  const fullBySurname = new Map<string, Set<string>>();
  const fullByFirst = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, full: string) => {
    const s = m.get(k) ?? new Set<string>();
    s.add(full);
    m.set(k, s);
  };
  for (const d of drafts) {
    if (d.type !== 'PER' || d.words.length < 2) continue;
    const full = d.words.join(' ');
    add(fullBySurname, d.words[d.words.length - 1]!, full);
    add(fullByFirst, d.words[0]!, full);
  }
  // the longest full name that ends with a shorter full name ("Vladimir Putin" ⊂ "Vladimir V. Putin")
  for (const d of drafts) {
    if (d.type === 'MISC') continue;
    const key = d.words.join(' ');
    if (d.words.length === 1) {
      const w = d.words[0]!;
      const fulls = fullBySurname.get(w) ?? (d.strong ? undefined : fullByFirst.get(w));
      if (fulls?.size === 1 && !(d.type !== 'PER' && d.strong && protectedWord(w))) {
        d.type = 'PER';
        d.name = [...fulls][0]!;
      }
    } else if (d.type === 'PER') {
      const longer = [...(fullBySurname.get(d.words[d.words.length - 1]!) ?? [])].filter(
        (f) => f.length > key.length && f.endsWith(key),
      );
      if (longer.length === 1) d.name = longer[0]!;
    }
  }
}
