/**
 * Which quoted segments are quotations of someone, and which are other uses of the marks.
 *
 * Method: cheap tests on the quoted words and their neighbours. Left out are segments in a
 * heading line (a line in title case), titles of works ("Face the Nation", a documentary
 * "13th"), nicknames between a first and a last name (Robert "Bobby" Scott), stage directions
 * wholly in brackets, text without letters, and scare quotes: short spans (up to four words)
 * that no speech verb of their sentence attributes. Single-quoted top-level spans are kept only
 * when a speech verb touches them, since in English news single marks mostly nest or mark
 * terms.
 *
 * Limits: a short quote attributed only by context (no speech verb in its sentence) is lost; a
 * title that is attributed ("Trump called it “The Deal”") is kept.
 */
import type { Attribution } from './attribution';
import type { QuotedSegment } from './quote-marks';

const SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
]);
const WORK_NOUNS =
  /\b(documentary|film|movie|book|show|program|programme|series|song|album|novel|play|episode|column|op-ed|commentary|article|titled|entitled|headlined|memoir|broadcast|podcast|segment|ad|spot|video|hashtag|slogan|headline|essay|report|exhibit|exhibition|campaign|initiative|operation|doctrine|movement|festival|tour)\s*,?\s*$/i;
/** Verbs that present a name or term rather than a claim: kept even when short. */
const NAMING =
  /(?:^|\s)(called|calls|calling|dubbed|nicknamed|labeled|labelled|described|describing|branded|as|like|likened|compared)(?:\s+(?:a|an|the|to|to a|to an))?\s*$/i;

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];

/** A line set in title case: a heading, not running text. */
export function isHeadingLine(text: string, lineStart: number, lineEnd: number): boolean {
  if (lineEnd - lineStart > 200) return false;
  const words = wordsOf(text.slice(lineStart, lineEnd)).filter((w) => !SMALL.has(w.toLowerCase()));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / words.length >= 0.75;
}

/** Every word capitalised (small words aside): a title or a proper name. */
export function isTitleCase(s: string): boolean {
  const words = wordsOf(s);
  if (!words.length || words.length > 7) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())));
}

export interface FilterContext {
  readonly text: string;
  readonly seg: QuotedSegment;
  readonly attribution: Attribution | null;
  /** A speech verb stands in the quote's sentence, even if its subject was not found. */
  readonly cued?: boolean;
}

/** Why a segment is not a quotation, or null to keep it. */
export function rejectReason({ text, seg, attribution, cued }: FilterContext): string | null {
  const inner = text.slice(seg.start, seg.end);
  if (!/\p{L}/u.test(inner)) return 'no-letters';
  if (/^\([^()]*\)[.,]?$/.test(inner) || /^\[[^[\]]*\][.,]?$/.test(inner)) return 'stage-direction';
  if (isHeadingLine(text, seg.lineStart, seg.lineEnd)) return 'heading';
  const words = wordsOf(inner);
  const before = text.slice(Math.max(seg.lineStart, seg.open - 40), seg.open);
  const after = seg.close < 0 ? '' : text.slice(seg.close + 1, Math.min(seg.lineEnd, seg.close + 20));
  if (words.length <= 2 && /(\p{Lu}[\p{L}.]*)\s+$/u.test(before) && /^\s+\p{Lu}/u.test(after))
    return 'nickname';
  const strong = attribution?.strength === 'adjacent';
  if (/\bso-called\s*$/i.test(before) && !strong) return 'so-called';
  if (seg.family === 'single' && !strong) return 'single-quoted term';
  const naming = NAMING.test(before);
  if (words.length <= 7 && isTitleCase(inner) && !naming) {
    if (WORK_NOUNS.test(before) || /['’]s\s+$|\b(on|of|in)\s+$/u.test(before)) return 'title';
    if (!attribution) return 'title';
  }
  // A scare quote is a fragment inside a sentence: the word before the mark runs into it.
  const embedded = /[\p{L}\p{N},]\s*$/u.test(before) || /^\p{Ll}/u.test(inner);
  if (words.length <= 4 && embedded && !attribution && !cued && !naming) return 'scare-quote';
  return null;
}
