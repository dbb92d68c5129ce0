/**
 * Finding who a quote is attributed to, from the words around its quotation marks.
 *
 * Method, in order of trust:
 *  1. a transcript label opening the quote ("WALLACE: …");
 *  2. right after the closing mark: `"…," X said` / `"…," said X, the …` (X a name, pronoun
 *     or common-noun phrase, possibly with "(R-Utah)" or an appositive before the verb);
 *  3. before the opening mark, in the same sentence (words inside an earlier quote excluded):
 *     the first verb of saying, else the last speech verb or speech noun, and its subject
 *     (`X said: "…"`, `X said that "…"`, `X told Y "…"`, `X called it "…"`, `X's claim that
 *     "…"`, `Said X: "…"`, `the agency which reported "…"`), or `according to X`; a participle
 *     (`X attacked Y, saying "…"`) takes the subject of its clause;
 *  4. later in the same sentence: any speech verb and its subject;
 * and, when none applies, the caller lets the quote continue a turn (same paragraph, the next
 * paragraph of a multi-paragraph quote, a paragraph introduced by "X said:", a sentence after
 * "X said.") or falls back to the subject of the quote's own clause.
 *
 * Limits: one clause level only (no parsing); the subject is the phrase right before the verb,
 * so "the aide to Senator Y said" yields the aide; windows are bounded (~300 characters), which
 * keeps the cost linear.
 */
import { ANY_ABBREVIATION_PATTERN } from '../names/titles';
import { CUE_NOUNS, CUE_VERBS } from './lexicon';
import type { QuotedSegment } from './quote-marks';
import { phraseAfter, phraseBefore, type SpeakerPhrase, wordsIn } from './speakers';

export interface Attribution {
  readonly phrase: SpeakerPhrase;
  /** `adjacent`: the verb touches the quote; `sentence`: elsewhere in its sentence. */
  readonly strength: 'adjacent' | 'sentence';
}

/** Words that may stand between a subject and its speech verb ("X has also said"). */
const AUX = new Set(
  (
    'has had have is was were are be been being also then later once openly repeatedly previously again ' +
    'recently would will did does do not never often further simply flatly angrily publicly privately ' +
    'quickly bluntly only first tersely candidly separately earlier reportedly just has'
  ).split(' '),
);

const isCue = (w: string): boolean => CUE_VERBS.has(w) && w === w.toLowerCase();
/** The verbs of saying proper, preferred over naming verbs ("X says Y nicknamed “Z”"). */
const CORE = new Set(
  'say said says saying tell told tells write wrote writes add added adds tweet tweeted claim claimed claims'.split(
    ' ',
  ),
);
const ABBREV = new RegExp(`(^|[\\s.])(\\p{Lu}|${ANY_ABBREVIATION_PATTERN})$`, 'u');

/** A cue word used as a noun: "Ukraine's call", "the report", "a claim". */
function nounUse(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/\b(he|she|it|that|who|there|what)['’]s\s+$/i.test(before)) return false; // "he’s claiming"
  return /(['’]s?|\b(the|a|an|his|her|their|its|our|this|my|your))\s+$/i.test(before);
}

/** Start of the sentence holding `pos`, not before `floor` (a line start). */
export function sentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor && pos - i < 400; i--) {
    const c = text.charAt(i);
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text.charAt(i + 1) ?? '')) {
      if (ABBREV.test(text.slice(Math.max(floor, i - 5), i))) continue;
      return i + 1;
    }
  }
  return Math.max(floor, pos - 400);
}

/** End of the sentence starting before `pos` (exclusive), not after `ceil`. */
export function sentenceEnd(text: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil && i - pos < 400; i++) {
    const c = text.charAt(i);
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= ceil || /\s/.test(text.charAt(i + 1)))) {
      if (ABBREV.test(text.slice(Math.max(0, i - 5), i))) continue;
      return i + 1;
    }
  }
  return Math.min(ceil, pos + 400);
}

/** A transcript label at the head of a quote: "WALLACE: …", "PENCE: …". */
export function transcriptLabel(text: string, seg: QuotedSegment): SpeakerPhrase | null {
  const m = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u.exec(
    text.slice(seg.start, seg.start + 40),
  );
  if (!m) return null;
  const label = m[1] ?? '';
  const name = label
    .split(' ')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');
  return { kind: 'name', text: name, start: seg.start, end: seg.start + label.length };
}

/** The subject of the speech verb whose word starts at `cueStart`. */
function subjectOf(text: string, cueStart: number, cueEnd: number, floor: number, ceil: number) {
  const before = wordsIn(text, Math.max(floor, cueStart - 60), cueStart);
  let k = before.length - 1;
  let at = cueStart;
  while (k >= 0 && AUX.has(before[k]!.w.toLowerCase()) && !/[,;:]/.test(text.slice(before[k]!.e, at))) {
    at = before[k]!.s;
    k--;
  }
  // "the Police Department which reported …": the relative pronoun's antecedent.
  if (k >= 0 && /^(who|which|that)$/.test(before[k]!.w) && !/[;:]/.test(text.slice(before[k]!.e, at))) {
    at = before[k]!.s;
    while (at > floor && /[\s,]/.test(text.charAt(at - 1))) at--;
  }
  const subject = phraseBefore(text, at, floor);
  if (subject) return subject;
  // "X attacked Y, saying …": a participle's subject is its clause's.
  if (/ing$/.test(text.slice(cueStart, cueEnd)) && /,\s*$/.test(text.slice(floor, at))) {
    return clauseSubject(text, sentenceStart(text, cueStart, floor), cueStart);
  }
  // Inverted or passive: "said Caddell", "was described by X".
  let p = cueEnd;
  while (p < ceil && /\s/.test(text.charAt(p))) p++;
  if (text.startsWith('by ', p)) p += 3;
  return phraseAfter(text, p, ceil);
}

/** Rule 2, then 4: attribution after the closing mark. */
export function attributeAfter(text: string, seg: QuotedSegment, ceil: number): Attribution | null {
  if (seg.close < 0) return null;
  let p = seg.close + 1;
  const end = Math.min(ceil, sentenceEnd(text, p, ceil));
  const dashed = /^[\s,.]*[―—–-]/.test(text.slice(p, p + 6));
  while (p < end && /[\s,.!?…:;―—–-]/.test(text.charAt(p))) p++;
  const words = wordsIn(text, p, end);
  if (!words.length) return null;
  // "…” ― Name": a signature line after a dash.
  if (dashed) {
    const signed = phraseAfter(text, p, end);
    if (signed && signed.kind === 'name') return { phrase: signed, strength: 'adjacent' };
  }
  // "…," said X
  if (isCue(words[0]!.w) && words[0]!.s === p) {
    let q = words[0]!.e;
    while (q < end && /\s/.test(text.charAt(q))) q++;
    // "said 9/11 widow Terry Strada": modifiers may come before the name.
    const phrase = phraseAfter(text, q, end) ?? afterModifiers(text, wordsIn(text, q, end), 0, end);
    if (phrase) return { phrase, strength: 'adjacent' };
  }
  // "…," X (…) said / X, the …, said
  const phrase = phraseAfter(text, p, end);
  if (phrase) {
    const rest = wordsIn(text, phrase.end, Math.min(end, phrase.end + 160));
    for (let k = 0; k < rest.length && k < 14; k++) {
      const w = rest[k]!.w;
      if (isCue(w)) {
        const gap = text.slice(phrase.end, rest[k]!.s);
        const appositive = /^\s*,/.test(gap) && /,\s*$/.test(gap);
        const direct = /^[\s(][^,]*$/.test(gap) && k <= 3;
        if (appositive || direct || gap.trim() === '') return { phrase, strength: 'adjacent' };
        break;
      }
      if (!AUX.has(w.toLowerCase()) && k === 0 && !/^\s*[,(]/.test(text.slice(phrase.end, rest[k]!.s))) break;
    }
  }
  // Any speech verb later in the sentence.
  for (const w of words) {
    if (!isCue(w.w) || nounUse(text, w.s)) continue;
    const subject = subjectOf(text, w.s, w.e, p, end);
    if (subject) return { phrase: subject, strength: 'sentence' };
  }
  return null;
}

/** Rule 3: attribution before the opening mark, within its sentence. */
export function attributeBefore(text: string, seg: QuotedSegment, floor: number): Attribution | null {
  const from = sentenceStart(text, seg.open, floor);
  const words = wordsIn(text, from, seg.open);
  const first = words[0];
  if (first && CORE.has(first.w.toLowerCase()) && first.w !== first.w.toLowerCase()) {
    const inverted = phraseAfter(text, first.e + 1, seg.open); // "Said Ellis: “…”"
    if (inverted) return { phrase: inverted, strength: 'adjacent' };
  }
  // An unresolvable pronoun ("they said") is kept only if no other verb names a speaker.
  let vague: Attribution | null = null;
  const take = (subject: SpeakerPhrase | null, k: number): Attribution | null => {
    if (!subject) return null;
    const found: Attribution = { phrase: subject, strength: k >= words.length - 2 ? 'adjacent' : 'sentence' };
    if (subject.kind === 'pronoun' && !/^(he|she)$/i.test(subject.text)) {
      vague ??= found;
      return null;
    }
    return found;
  };
  for (let k = 0; k < words.length; k++) {
    if (!CORE.has(words[k]!.w) || nounUse(text, words[k]!.s)) continue;
    const found = take(subjectOf(text, words[k]!.s, words[k]!.e, from, seg.open), k);
    if (found) return found;
  }
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!.w;
    const lower = w.toLowerCase();
    if (lower === 'to' && k > 0 && words[k - 1]!.w.toLowerCase() === 'according') {
      const phrase = afterModifiers(text, words, k + 1, seg.open);
      if (phrase) return { phrase, strength: 'sentence' };
    }
    if (isCue(w) && !nounUse(text, words[k]!.s)) {
      const found = take(subjectOf(text, words[k]!.s, words[k]!.e, from, seg.open), k);
      if (found) return found;
    }
    if (CUE_NOUNS.has(lower) && k > 0 && /['’]s?$/.test(words[k - 1]!.w)) {
      const owner = phraseBefore(text, words[k - 1]!.e - (words[k - 1]!.w.endsWith('s') ? 2 : 1), from);
      if (owner) return { phrase: owner, strength: 'sentence' };
    }
  }
  return vague;
}

/** "according to conservative talk radio host Rush Limbaugh": the phrase after a few modifiers. */
function afterModifiers(text: string, words: ReturnType<typeof wordsIn>, from: number, ceil: number) {
  for (let j = from; j < words.length && j < from + 5; j++) {
    const phrase = phraseAfter(text, words[j]!.s, ceil);
    if (phrase) return phrase;
    if (!/^\p{Ll}/u.test(words[j]!.w)) return null;
  }
  return null;
}

/** `according to X` anywhere in the sentence after the quote. */
export function accordingTo(text: string, seg: QuotedSegment, ceil: number): Attribution | null {
  if (seg.close < 0) return null;
  const end = sentenceEnd(text, seg.close + 1, ceil);
  const i = text.slice(seg.close + 1, end).search(/\baccording to /i);
  if (i < 0) return null;
  const phrase = phraseAfter(text, seg.close + 1 + i + 'according to '.length, end);
  return phrase ? { phrase, strength: 'sentence' } : null;
}

/** The first phrase of the sentence holding the quote, when it is a name: the likely subject. */
export function sentenceSubject(text: string, seg: QuotedSegment, floor: number): SpeakerPhrase | null {
  const from = sentenceStart(text, seg.open, floor);
  const subject = clauseSubject(text, from, seg.open);
  if (subject) return subject;
  let p = from;
  while (p < seg.open && /\s/.test(text.charAt(p))) p++;
  const phrase = phraseAfter(text, p, seg.open);
  return phrase && phrase.kind !== 'nominal' ? phrase : null;
}

/** The speaker introduced at the end of a line that ends with a colon ("Caddell continued:"). */
export function introducedBy(text: string, lineStart: number, lineEnd: number): SpeakerPhrase | null {
  let e = lineEnd;
  while (e > lineStart && /\s/.test(text.charAt(e - 1))) e--;
  if (text.charAt(e - 1) !== ':') return null;
  const words = wordsIn(text, sentenceStart(text, e - 1, lineStart), e - 1);
  for (let k = words.length - 1; k >= 0; k--) {
    if (isCue(words[k]!.w)) return subjectOf(text, words[k]!.s, words[k]!.e, lineStart, e - 1);
  }
  // "Sanders made the following comment:" — no speech verb, but a subject that announces.
  return clauseSubject(text, sentenceStart(text, e - 1, lineStart), e - 1);
}

/** Words that open a sentence with an adverbial, before its subject: "During the speech, X …". */
const OPENERS = new Set(
  (
    'during in at after before on when while as despite since though although with without for from ' +
    'later earlier meanwhile still yet also then but and so instead asked speaking'
  ).split(' '),
);

/** The name that is the subject of the clause opening at `from` (after an adverbial + comma). */
export function clauseSubject(text: string, from: number, to: number): SpeakerPhrase | null {
  let p = from;
  while (p < to && /\s/.test(text.charAt(p))) p++;
  const first = wordsIn(text, p, Math.min(to, p + 30))[0];
  // After an adverbial opener, the subject follows one of its next two commas ("On July 6, 2015, X").
  for (let round = 0; round < 3; round++) {
    const phrase = phraseAfter(text, p, to);
    if (phrase?.kind === 'name') return phrase;
    if (!(round > 0 || (first && OPENERS.has(first.w.toLowerCase())))) return null;
    const comma = text.indexOf(',', p);
    if (comma < 0 || comma >= to || comma - p > 120) return null;
    p = comma + 1;
    while (p < to && /\s/.test(text.charAt(p))) p++;
  }
  return null;
}

/** A speech verb and its subject in the sentence before the quote, same paragraph ("X said."). */
export function previousSentence(text: string, seg: QuotedSegment, floor: number): SpeakerPhrase | null {
  const from = sentenceStart(text, seg.open, floor);
  if (/\S/.test(text.slice(from, seg.open)) || from <= floor) return null;
  const prevStart = sentenceStart(text, from - 1, floor);
  if (/["“”]/.test(text.slice(prevStart, from))) return null;
  const words = wordsIn(text, prevStart, from);
  for (let k = words.length - 1; k >= 0; k--) {
    if (!isCue(words[k]!.w) || nounUse(text, words[k]!.s)) continue;
    return subjectOf(text, words[k]!.s, words[k]!.e, prevStart, from);
  }
  return clauseSubject(text, prevStart, from);
}

/** Does a speech verb stand in the sentence around the quote (outside it), with or without a subject? */
export function sentenceHasCue(text: string, seg: QuotedSegment, floor: number, ceil: number): boolean {
  const from = sentenceStart(text, seg.open, floor);
  const to = seg.close < 0 ? seg.open : sentenceEnd(text, seg.close + 1, ceil);
  const around = [
    ...wordsIn(text, from, seg.open),
    ...(seg.close < 0 ? [] : wordsIn(text, seg.close + 1, to)),
  ];
  return around.some(
    (w, k) => (isCue(w.w) && !nounUse(text, w.s)) || (w.w === 'to' && around[k - 1]?.w === 'according'),
  );
}
