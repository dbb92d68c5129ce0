/**
 * Features of the trained name tagger, one list of strings per token. The same function makes
 * them at training time (over CoNLL-2003 sentences re-tokenised by our own tokenizer) and at
 * run time, so the model never sees a token shape it was not trained on.
 *
 * Per token: the word (lower-cased, and as written), prefixes and suffixes up to four
 * letters, its shape, the two words on each side and their shapes, word bigrams, where it
 * stands (sentence start, ALL-CAPS line), gazetteer hits from our lists and compromise's
 * lexicon for it and its neighbours, multi-word gazetteer matches with the token's place in
 * them, and document-level evidence: whether the same word is written in lower case elsewhere
 * in the text, capitalised away from a sentence start, or inside a longer capitalised name
 * (the surname of "Peter Blackburn" seen again as "Blackburn"), and which words precede its
 * other mentions ("Mr", "in"), and the word's classes learned from unlabelled news text
 * (coarse to fine) with its neighbours'. Limits: English only.
 */

import { fold } from '../../text/fold';
import { DEMONYMS, EXTRA_PLACES, KNOWN_ORGS, MULTIWORD_PLACES, PERSON_TITLES, TITLES } from '../gazetteer';
import { lexTags } from '../lexicon';

/** A token as the tagger sees it: its text and where it stands. */
export interface TagToken {
  readonly text: string;
  /** The token's line has letters and none in lower case (a headline). */
  readonly capsLine: boolean;
}

/** A document: sentences of tokens. */
export type TagDocument = readonly (readonly TagToken[])[];

const LEX_KEEP = new Map<string, string>([
  ['FirstName', 'first'],
  ['MaleName', 'first'],
  ['FemaleName', 'first'],
  ['LastName', 'last'],
  ['Person', 'person'],
  ['Honorific', 'title'],
  ['Country', 'country'],
  ['City', 'city'],
  ['Region', 'region'],
  ['Place', 'place'],
  ['Organization', 'org'],
  ['SportsTeam', 'team'],
  ['Demonym', 'demonym'],
  ['Month', 'month'],
  ['WeekDay', 'day'],
  ['Holiday', 'holiday'],
  ['Determiner', 'det'],
  ['Preposition', 'prep'],
  ['Verb', 'verb'],
  ['Adjective', 'adj'],
  ['Conjunction', 'conj'],
  ['Pronoun', 'pron'],
]);

const PLACES = new Set([...EXTRA_PLACES]);
const UPPER_ORGS = new Set([...KNOWN_ORGS].map((o) => o.toUpperCase()));

/** Coarse gazetteer classes of one word (lower-cased lookups, case-aware for acronyms). */
function wordClasses(w: string, lw: string): string[] {
  const out: string[] = [];
  for (const t of lexTags(lw)) {
    const k = LEX_KEEP.get(t);
    if (k && !out.includes(k)) out.push(k);
  }
  if (DEMONYMS.has(lw) || (lw.endsWith('s') && DEMONYMS.has(lw.slice(0, -1)))) out.push('gz-demonym');
  if (PLACES.has(lw)) out.push('gz-place');
  if (KNOWN_ORGS.has(w) || (w.length > 1 && UPPER_ORGS.has(w))) out.push('gz-org');
  if (PERSON_TITLES.has(lw.replace(/\.$/, ''))) out.push('gz-ptitle');
  else if (TITLES.has(lw.replace(/\.$/, ''))) out.push('gz-title');
  return out;
}

/** "McDonald" → "XxXx", "1996-08-22" → "d-d-d", "U.S." → "X.X.": runs of one class collapsed. */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** Starts with a capital letter. */
export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

const MULTI_MAX = 4;
const MULTI_PLACES = new Set(MULTIWORD_PLACES);

/** Multi-word gazetteer matches in a sentence: `B-class` / `I-class` per token. */
function multiWordHits(lower: readonly string[]): string[][] {
  const hits: string[][] = lower.map(() => []);
  for (let i = 0; i < lower.length; i++) {
    for (let n = MULTI_MAX; n >= 2; n--) {
      if (i + n > lower.length) continue;
      const phrase = lower.slice(i, i + n).join(' ');
      let cls: string | null = MULTI_PLACES.has(phrase) ? 'place' : null;
      if (!cls)
        for (const t of lexTags(phrase)) {
          const k = LEX_KEEP.get(t);
          if (k && k !== 'det' && k !== 'prep' && k !== 'verb' && k !== 'adj' && k !== 'conj') {
            cls = k;
            break;
          }
        }
      if (!cls) continue;
      hits[i]!.push(`mB-${cls}`);
      for (let k = 1; k < n; k++) hits[i + k]!.push(`mI-${cls}`);
      break;
    }
  }
  return hits;
}

interface DocFacts {
  /** Words seen in lower case. */
  lower: Set<string>;
  /** Words seen capitalised away from a sentence start, on a mixed-case line. */
  capMid: Set<string>;
  /** Word → positions it takes inside longer capitalised runs ("first", "last", "mid"). */
  inLonger: Map<string, Set<string>>;
  /** Word → the words before its capitalised mentions on mixed-case lines. */
  before: Map<string, Set<string>>;
}

function docFacts(doc: TagDocument): DocFacts {
  const facts: DocFacts = { lower: new Set(), capMid: new Set(), inLonger: new Map(), before: new Map() };
  const add = (m: Map<string, Set<string>>, k: string, v: string) => {
    const s = m.get(k) ?? new Set<string>();
    if (s.size < 6) s.add(v);
    m.set(k, s);
  };
  for (const sent of doc) {
    if (sent.length && sent[0]!.capsLine) continue;
    let runStart = -1;
    for (let i = 0; i <= sent.length; i++) {
      const w = sent[i]?.text;
      if (w !== undefined && isCap(w)) {
        if (runStart < 0) runStart = i;
        if (i > 0) {
          facts.capMid.add(w);
          add(facts.before, w, fold(sent[i - 1]!.text));
        }
        continue;
      }
      if (w !== undefined && /^\p{Ll}/u.test(w)) facts.lower.add(fold(w));
      if (runStart >= 0 && i - runStart > 1) {
        for (let k = runStart; k < i; k++) {
          const where = k === runStart ? 'first' : k === i - 1 ? 'last' : 'mid';
          add(facts.inLonger, sent[k]!.text, where);
          if (k === i - 1 && lexTags(sent[runStart]!.text).some((t) => t.endsWith('Name')))
            add(facts.inLonger, sent[k]!.text, 'afterFirstName');
        }
      }
      runStart = -1;
    }
  }
  return facts;
}

/** A word's classes learned from unlabelled text (coarse to fine), or undefined. */
export type ClusterLookup = (word: string) => readonly number[] | undefined;

/** The classes of a word as written, else of its title-case form (headlines), else lower case. */
function classesOf(lookup: ClusterLookup, w: string, lw: string): readonly number[] | undefined {
  return (
    lookup(w) ??
    (w.length > 1 && w === w.toUpperCase() ? lookup(w[0] + w.slice(1).toLowerCase()) : undefined) ??
    lookup(lw)
  );
}

/** Feature strings per token of each sentence of a document. */
export function documentFeatures(doc: TagDocument, clusters?: ClusterLookup): string[][][] {
  const facts = docFacts(doc);
  return doc.map((sent) => sentenceFeatures(sent, facts, clusters));
}

function sentenceFeatures(sent: readonly TagToken[], facts: DocFacts, clusters?: ClusterLookup): string[][] {
  const words = sent.map((t) => t.text);
  const lower = words.map((w) => fold(w));
  const shapes = words.map(shapeOf);
  const classes = words.map((w, i) => wordClasses(w, lower[i]!));
  const multi = multiWordHits(lower);
  const caps = sent.length > 0 && sent[0]!.capsLine;
  const cls = clusters ? words.map((w, i) => classesOf(clusters, w, lower[i]!)) : [];
  const at = (a: readonly string[], i: number): string => (i < 0 ? '<s>' : i >= a.length ? '</s>' : a[i]!);
  return sent.map((_, i) => {
    const w = words[i]!;
    const lw = lower[i]!;
    const f: string[] = ['b', `w=${lw}`, `sh=${shapes[i]}`];
    if (w !== lw) f.push(`W=${w}`);
    for (let n = 1; n <= 4 && n < lw.length; n++) f.push(`p${n}=${lw.slice(0, n)}`, `s${n}=${lw.slice(-n)}`);
    f.push(
      `w-1=${at(lower, i - 1)}`,
      `w-2=${at(lower, i - 2)}`,
      `w+1=${at(lower, i + 1)}`,
      `w+2=${at(lower, i + 2)}`,
      `w-1|w=${at(lower, i - 1)}|${lw}`,
      `w|w+1=${lw}|${at(lower, i + 1)}`,
      `sh-1=${at(shapes, i - 1)}`,
      `sh+1=${at(shapes, i + 1)}`,
      `sh3=${at(shapes, i - 1)}|${shapes[i]}|${at(shapes, i + 1)}`,
    );
    if (i === 0) f.push('first');
    if (caps) f.push(`caps|sh=${shapes[i]}`);
    for (const c of classes[i]!) f.push(`g=${c}`, `g=${c}|cap=${isCap(w)}`);
    for (const c of classes[i - 1] ?? []) f.push(`g-1=${c}`);
    for (const c of classes[i + 1] ?? []) f.push(`g+1=${c}`);
    for (const m of multi[i]!) f.push(m);
    if (clusters) {
      const c = cls[i];
      if (c) for (let k = 0; k < c.length; k++) f.push(`c${k}=${c[k]}`, `c${k}|cap=${c[k]}|${isCap(w)}`);
      else f.push('c=none');
      const before = cls[i - 1];
      const after = cls[i + 1];
      if (before) f.push(`c1-1=${before[1]}`);
      if (after) f.push(`c1+1=${after[1]}`);
    }
    if (isCap(w)) {
      if (facts.lower.has(lw)) f.push('d:lower');
      if (facts.capMid.has(w)) f.push(i === 0 || caps ? 'd:capMidElsewhere' : 'd:capMid');
      for (const where of facts.inLonger.get(w) ?? []) f.push(`d:in=${where}`);
      for (const b of facts.before.get(w) ?? []) if (b !== at(lower, i - 1)) f.push(`d:before=${b}`);
    }
    return f;
  });
}
