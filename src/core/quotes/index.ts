/**
 * Quotations and who said them: `findQuotes(text)`.
 *
 * Method: pair the quotation marks (quote-marks.ts), attribute each segment from the words
 * around it (attribution.ts), drop the segments that are not quotations (filters.ts), then let
 * unattributed quotes continue a turn: a quote takes the speaker of the nearest attributed
 * quote of its paragraph, a paragraph re-opening a multi-paragraph quote or following a line
 * that ends "X said:" takes that speaker, a paragraph that is only a quote continues the
 * previous paragraph's quote, a quote opening a sentence after "X said." takes X, and a
 * fragment or a quote after a colon falls back to the subject of its clause. Phrases are
 * resolved to names by person-index.ts (no pronouns in the output); `speakerMention` keeps
 * the speaker as the text introduces them (mentions.ts).
 *
 * Limits: English cue words; see each file's header for the rest.
 */

import { isCommonWord } from '../entities/lexicon';
import type { EntityMention } from '../entities/types';
import { People } from '../names/people';
import { analysedLength } from '../text/budget';
import {
  type Attribution,
  accordingTo,
  attributeAfter,
  attributeBefore,
  introducedBy,
  previousSentence,
  sentenceHasCue,
  sentenceSubject,
  transcriptLabel,
} from './attribution';
import { rejectReason } from './filters';
import { mentionOf } from './mentions';
import { PersonIndex } from './person-index';
import { findQuotedSegments, type QuotedSegment } from './quote-marks';
import { type SpeakerPhrase, speakingHead } from './speakers';
import type { Quote } from './types';

export type { Quote } from './types';

interface Found {
  readonly seg: QuotedSegment;
  readonly attribution: Attribution | null;
  speaker: SpeakerPhrase | null;
  /** How the speaker was found (see `confidenceOf`). */
  via: Via;
}

/** 'partial' when the quote runs on from the words before it, else 'direct'. */
function kindOf(text: string, seg: QuotedSegment): Quote['kind'] {
  let i = seg.open - 1;
  while (i >= seg.lineStart && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  if (i >= seg.lineStart && /[\p{L}\p{N}]/u.test(text.charAt(i))) return 'partial';
  return /^\p{Ll}/u.test(text.slice(seg.start, seg.start + 1)) ? 'partial' : 'direct';
}

function attribute(
  text: string,
  seg: QuotedSegment,
  prev: QuotedSegment | undefined,
  next: QuotedSegment | undefined,
): Attribution | null {
  const label = transcriptLabel(text, seg);
  if (label) return { phrase: label, strength: 'adjacent' };
  const ceil = Math.min(seg.lineEnd, next && next.lineStart === seg.lineStart ? next.open : seg.lineEnd);
  // Words inside the previous quote are not attribution.
  const floor = prev && prev.lineStart === seg.lineStart && prev.close >= 0 ? prev.close + 1 : seg.lineStart;
  const after = attributeAfter(text, seg, ceil);
  if (after?.strength === 'adjacent') return after;
  const before = attributeBefore(text, seg, floor);
  return before ?? after ?? accordingTo(text, seg, ceil);
}

function sameSentence(text: string, a: QuotedSegment, b: QuotedSegment): boolean {
  return a.lineStart === b.lineStart && a.close >= 0 && !/[.!?]\s/.test(text.slice(a.close + 1, b.open));
}

/**
 * Quotations of `text`, sorted by start, not overlapping. Never throws. With the text's
 * entities (findEntities), each speaker is resolved to one of them by the core's one resolver
 * of people (names/people.ts): `speaker` is then that entity's canonical name and
 * `speakerEntity` its id. A text past the work budget is read up to it (text/budget.ts).
 */
export function findQuotes(full: string, entities?: readonly EntityMention[]): Quote[] {
  if (typeof full !== 'string' || !full) return [];
  const text = full.slice(0, analysedLength(full)); // the work budget (text/budget.ts)
  try {
    return run(text, entities ? new People(entities) : null);
  } catch {
    return [];
  }
}

function run(text: string, resolver: People | null): Quote[] {
  const segs = findQuotedSegments(text);
  const found: Found[] = [];
  let last: Attribution | null = null;
  segs.forEach((seg, i) => {
    const prev = segs[i - 1];
    let attribution = attribute(text, seg, prev, segs[i + 1]);
    // “disgusting” and “a con”: quotes of one sentence share its attribution.
    if (!attribution && prev && sameSentence(text, prev, seg)) attribution = last;
    last = attribution;
    const ceil = segs[i + 1]?.lineStart === seg.lineStart ? segs[i + 1]!.open : seg.lineEnd;
    const floor = prev?.lineStart === seg.lineStart && prev.close >= 0 ? prev.close + 1 : seg.lineStart;
    const cued = !attribution && sentenceHasCue(text, seg, floor, ceil);
    if (rejectReason({ text, seg, attribution, cued })) return;
    found.push({
      seg,
      attribution,
      speaker: attribution?.phrase ?? null,
      via: attribution ? attribution.strength : 'none',
    });
  });
  // Turns: within a paragraph, then across paragraphs.
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.speaker) continue;
    const line = f.seg.lineStart;
    const prev = found.slice(Math.max(0, i - 6), i).reverse();
    const sameLine = prev.find((g) => g.seg.lineStart === line && g.speaker);
    const nextSame = found.slice(i + 1, i + 6).find((g) => g.seg.lineStart === line && g.attribution);
    if (sameLine) f.speaker = sameLine.speaker;
    else if (nextSame) f.speaker = nextSame.speaker;
    else f.speaker = continuedTurn(text, found, i);
    if (f.speaker) f.via = 'turn';
    if (!f.speaker) {
      f.speaker = previousSentence(text, f.seg, line);
      if (f.speaker) f.via = 'previous';
    }
    if (!f.speaker && (kindOf(text, f.seg) === 'partial' || /:\s*$/.test(text.slice(line, f.seg.open)))) {
      f.speaker = sentenceSubject(text, f.seg, line);
      if (f.speaker) f.via = 'subject';
    }
  }
  const people = new PersonIndex(text);
  return found.map(({ seg, speaker, via }) => {
    let name = speaker ? people.resolve(speaker) : null;
    const mention = speaker && speaker.kind === 'name' ? mentionFor(text, speaker, people) : name;
    // The phrase as written first ("the Home Office"), then the name it was resolved to.
    const written = speaker ? text.slice(speaker.start, speaker.end) : '';
    let who =
      resolver && name
        ? ((speaker!.kind === 'name' ? resolver.resolve(written, speaker!.start) : null) ??
          resolver.resolve(name, speaker!.start))
        : null;
    // A place, a day, an event or a photo credit does not speak: no speaker rather than that one.
    // (A transcript label, "WALLACE:", is a speaker whatever the tagger made of the name.)
    const label = written === written.toUpperCase() && /\p{Lu}/u.test(written);
    if (name && !who && !label && resolver?.namesNonSpeaker(name, speaker!)) name = null;
    if (name && CREDIT.test(name)) name = null;
    // "a statement": what a body issued, not who speaks; "Agency", "Oversight": a lone common
    // word the tagger does not name is not a name (but "Police" speak).
    if (name && !who && speaker!.kind === 'nominal' && DOCUMENT_HEAD.test(name)) name = null;
    if (
      name &&
      !who &&
      resolver &&
      !label &&
      /^\p{Lu}\p{Ll}+$/u.test(name) &&
      isCommonWord(name) &&
      !speakingHead(name)
    )
      name = null;
    if (!name) who = null;
    const quote: Quote = {
      start: seg.start,
      end: seg.end,
      speaker: who?.name ?? name,
      kind: kindOf(text, seg),
      speakerMention: name ? mention : null,
      confidence: name ? confidenceOf(via, speaker!, !!who, name === speaker!.text) : null,
      ...(speaker?.kind === 'nominal' && name && !who && name === speaker.text
        ? { speakerNominal: true }
        : {}),
    };
    return resolver ? { ...quote, speakerEntity: who?.id ?? null } : quote;
  });
}

type Via = Attribution['strength'] | 'turn' | 'previous' | 'subject' | 'none';

/** Nominal heads of what a body issues, not who speaks ("a statement said"). */
const DOCUMENT_HEAD = /\b(?:statement|release)$/i;

/** Photo and image credits, which attribution can take for a name ("Getty Images", "AP Photo"). */
const CREDIT = /\b(?:Images|Photo|Photos|Photograph|Pictures|Getty|Shutterstock|Alamy|Pool)\b/;

/**
 * How sure the attribution is, from how the speaker was found: a speech verb touching the
 * quote (0.9), elsewhere in its sentence (0.75), the speaker of the turn it continues (0.7),
 * the sentence before (0.55), the subject of its clause (0.45); less for a pronoun or a
 * nominal, more when the name is one of the text's entities. A ranking, not a probability.
 */
function confidenceOf(via: Via, phrase: SpeakerPhrase, isEntity: boolean, asWritten: boolean): number {
  const base = { adjacent: 0.9, sentence: 0.75, turn: 0.7, previous: 0.55, subject: 0.45, none: 0.3 }[via];
  const kind = phrase.kind === 'pronoun' ? 0.85 : phrase.kind === 'nominal' && asWritten ? 0.8 : 1;
  const entity = isEntity ? 1.05 : 0.9;
  return Math.round(Math.min(0.99, base * kind * entity) * 100) / 100;
}

/**
 * The speaker as introduced: where the attribution itself says more than a name ("Flynn, a
 * top surrogate,"), that; else where a lone surname's person was first introduced in full.
 */
function mentionFor(text: string, phrase: SpeakerPhrase, people: PersonIndex): string {
  const local = mentionOf(text, phrase, 0, text.length);
  if (local.length > phrase.text.length + 1) return local;
  const intro = people.introduction(phrase);
  return intro ? mentionOf(text, intro, 0, text.length) : local;
}

/** The speaker a paragraph-opening quote inherits from the paragraph before it. */
function continuedTurn(text: string, found: readonly Found[], i: number): SpeakerPhrase | null {
  const seg = found[i]!.seg;
  const opensLine = !/\S/.test(text.slice(seg.lineStart, seg.open));
  if (!opensLine) return null;
  const prevLine = previousLine(text, seg.lineStart);
  if (!prevLine) return null;
  const intro = introducedBy(text, prevLine.start, prevLine.end);
  if (intro) return intro;
  const before = found[i - 1]!;
  if (!before || before.seg.lineStart !== prevLine.start || !before.speaker) return null;
  // The previous paragraph ended in, or was, a quote: the same voice goes on.
  const tail = text.slice(before.seg.close < 0 ? before.seg.lineEnd : before.seg.close + 1, prevLine.end);
  return seg.continued || tail.length < 120 ? before.speaker : null;
}

function previousLine(text: string, lineStart: number): { start: number; end: number } | null {
  let e = lineStart - 1;
  while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
  if (e <= 0) return null;
  const s = text.lastIndexOf('\n', e - 1) + 1;
  return { start: s, end: e };
}
