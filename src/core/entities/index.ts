/**
 * Named-entity recognition for news text: people (PER), places (LOC), organisations (ORG),
 * and other names (MISC: events, works, demonyms). The trained tagger (tagger/: an averaged
 * perceptron over BIO labels) finds the names when a model is given; news-types.ts corrects
 * types modern news needs, then the text is made to agree with itself (document.ts: one type
 * per name, people's short forms to their full name) and nominal aliases are added.
 * Without a model, the older rule tagger runs: compromise's lexicon supplies word knowledge (word-tags.ts); our rules find
 * the name boundaries and types (see candidates.ts, classify.ts), then make the text agree
 * with itself (document.ts) and read ALL-CAPS headlines with what the text already taught us
 * (headline.ts). Pure and synchronous; never throws (bad input gives []).
 */

import { entityId } from '../names/people';
import { analysedLength } from '../text/budget';
import { capitalisedRuns, isDemonymWord, segmentRun } from './candidates';
import { classify } from './classify';
import { type Draft, dropTentative, linkPeople, unifyTypes } from './document';
import { DEMONYMS } from './gazetteer';
import { datelineAt, headlineNames, type KnownName } from './headline';
import { knownType } from './names';
import { groupSpans, newsType } from './news-types';
import { addNominalAliases } from './nominal-aliases';
import { isSportsText, markTeams } from './sports';
import type { NerModel } from './tagger/model';
import { tagTokens } from './tagger/tag';
import { type Token, tokenize } from './tokenize';
import type { EntityMention, Mention } from './types';
import { wordTags } from './word-tags';

export type { NerModel } from './tagger/model';
export { loadNerModel } from './tagger/model';
export type { EntityMention } from './types';

/** "Russian" → "Russia", "Ukrainians" → "Ukraine"; null for anything that is not a demonym. */
export function demonymOf(word: string): string | null {
  if (typeof word !== 'string') return null;
  const w = word.trim().toLowerCase();
  return DEMONYMS.get(w) ?? (w.endsWith('s') ? (DEMONYMS.get(w.slice(0, -1)) ?? null) : null);
}

/**
 * Entities of a text, sorted by start and non-overlapping; offsets in UTF-16 code units.
 * With a trained model (tagger/), its names; without one, the hand-written rules below, kept
 * for callers that have not loaded the model (they score lower on unseen news). A text past
 * the work budget is read up to it (text/budget.ts).
 */
export function findEntities(full: string, model?: NerModel): EntityMention[] {
  if (typeof full !== 'string' || !/\p{Lu}/u.test(full)) return [];
  const text = full.slice(0, analysedLength(full)); // the work budget (text/budget.ts)
  try {
    const found = model ? runTagger(text, model) : run(text);
    return found.map((e) => ({ ...e, id: entityId(e.name) }));
  } catch {
    return [];
  }
}

function runTagger(text: string, model: NerModel): Mention[] {
  const tokens = tokenize(text);
  const tagged = tagTokens(model, tokens);
  // a group's name inside a longer person's name ("Tom Hamas Smith") is the person's
  const groups = groupSpans(tokens).filter(
    ([g, h]) =>
      !tagged.some((s) => s.type === 'PER' && s.first <= g && h <= s.last && s.last - s.first > h - g),
  );
  const inGroup = (a: number, b: number) => groups.some(([g, h]) => a <= h && b >= g);
  const spans = [
    ...tagged.filter((s) => !inGroup(s.first, s.last)),
    ...groups.map(([first, last]) => ({ first, last, type: 'ORG' as const })),
  ].sort((x, y) => x.first - y.first);
  const drafts: Draft[] = spans.map((s) => {
    const type = newsType(tokens, s.first, s.last, s.type);
    const d = draft(tokens, s.first, s.last, { type, strong: false, name: '' });
    const demonym = type === 'MISC' && d.words.length === 1 && isDemonymWord(d.words[0]!);
    d.name = demonym ? demonymName(d.words[0]!) : d.words.join(' ');
    return d;
  });
  unifyTypes(drafts);
  linkPeople(drafts, (w) => knownType(w) !== null);
  const out = drafts.map((d) => ({ start: d.start, end: d.end, type: d.type, name: d.name }));
  return addNominalAliases(text, out);
}

function draft(
  tokens: readonly Token[],
  first: number,
  last: number,
  d: Omit<Draft, 'first' | 'last' | 'start' | 'end' | 'words'>,
): Draft {
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  return { first, last, start: tokens[first]!.start, end: tokens[last]!.end, words, ...d };
}

function demonymName(word: string): string {
  const l = word.toLowerCase();
  const singular = !DEMONYMS.has(l) && l.endsWith('s') ? word.slice(0, -1) : word;
  return singular.charAt(0).toUpperCase() + singular.slice(1).toLowerCase();
}

function run(text: string): Mention[] {
  const tokens = tokenize(text);
  const tags = wordTags(tokens);
  const drafts: Draft[] = [];
  for (const [a, b] of capitalisedRuns(tokens)) {
    const dateline = datelineAt(tokens, a);
    if (dateline && dateline.last <= b) {
      drafts.push(
        draft(tokens, dateline.first, dateline.last, {
          type: 'LOC',
          strong: true,
          name: dateline.name,
          dateline: true,
        }),
      );
      if (dateline.last === b) continue;
    }
    const from = dateline && dateline.last < b ? dateline.last + 1 : a;
    for (const seg of segmentRun(tokens, from, b, tags)) {
      const typed = classify(tokens, tags, seg);
      if (!typed) continue;
      const d = draft(tokens, seg.first, seg.last, { ...typed, name: '' });
      d.name =
        typed.type === 'MISC' && isDemonymWord(d.words[0]!) ? demonymName(d.words[0]!) : d.words.join(' ');
      drafts.push(d);
    }
  }
  const sports = isSportsText(text, tokens);
  markTeams(sports, tokens, drafts);
  unifyTypes(drafts);
  linkPeople(drafts, (w) => knownType(w) !== null);
  const sure = new Set(drafts.filter((d) => !d.guess).map((d) => d.words.join(' ')));
  // a lone unknown word typed by default only is dropped unless the text confirms it
  const kept = dropTentative(drafts).filter(
    (d) => !d.guess || d.type !== 'PER' || d.name !== d.words[0] || sure.has(d.words.join(' ')),
  );

  const known = new Map<string, KnownName>();
  for (const d of kept) {
    if (d.type === 'MISC') continue;
    const key = d.words.join(' ').toUpperCase();
    if (!known.has(key)) known.set(key, { type: d.type, name: d.name });
    if (d.type === 'PER' && d.words.length > 1) {
      const surname = d.words[d.words.length - 1]!.toUpperCase();
      if (!known.has(surname)) known.set(surname, { type: 'PER', name: d.name });
    }
  }
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (!t.capsLine) {
      i++;
      continue;
    }
    let j = i;
    while (tokens[j + 1]?.line === t.line) j++;
    const found = headlineNames(tokens, i, j, known).map((f) =>
      draft(tokens, f.first, f.last, { type: f.type, strong: true, name: f.name, dateline: !!f.dateline }),
    );
    markTeams(sports, tokens, found);
    kept.push(...found);
    i = j + 1;
  }

  kept.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Mention[] = [];
  let end = -1;
  for (const d of kept) {
    if (d.start < end) continue;
    out.push({ start: d.start, end: d.end, type: d.type, name: d.name });
    end = d.end;
  }
  return addNominalAliases(text, out);
}
