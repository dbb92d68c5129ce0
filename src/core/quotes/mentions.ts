/**
 * The speaker as the text introduces them: "Rep. Jim Clyburn (D-S.C.), the assistant leader of
 * the Democratic caucus" rather than "Jim Clyburn".
 *
 * Method: from the name found by attribution, walk back over titles, roles and capitalised
 * words ("White House press secretary", "Secretary of State"), then forward over a bracketed
 * or comma-set party tag ("(R-Utah)", ", R-Ky.,"), an age (", 25,"), "of Maryland", and up to
 * three comma-delimited appositives ("…, a lawyer for the Sierra Club, who …").
 *
 * Limits: an appositive that holds a comma of its own ends early; a role word list decides
 * which lower-case words belong to the mention.
 */
import { ROLE_WORDS } from '../names/titles';
import { CUE_VERBS, NOT_NAMES, TITLES } from './lexicon';
import { bare, NOT_HEAD, type SpeakerPhrase, UPPER, wordsIn } from './speakers';

/** Lower-case role words that belong to a name's mention ("campaign spokesman Jason Miller"). */

/**
 * The speaker as the text introduces it: titles and roles before the name, a "(R-Utah)" and an
 * appositive after it ("Kenneth Baer, a former official who …"). Only for names; other phrases
 * are returned as they are.
 */
export function mentionOf(text: string, phrase: SpeakerPhrase, floor: number, ceil: number): string {
  if (phrase.kind !== 'name') return phrase.text;
  return text
    .slice(mentionStart(text, phrase.start, floor), mentionEnd(text, phrase.end, ceil))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Back over titles and roles: "White House press secretary", "Secretary of State". */
function mentionStart(text: string, start: number, floor: number): number {
  let s = start;
  const before = wordsIn(text, Math.max(floor, s - 80), s);
  let loose = 0; // lower-case words allowed only just before a role ("communication director")
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k]!;
    if (!/^[ \t]+$/.test(text.slice(w.e, s))) break;
    const lower = w.w.toLowerCase();
    const role = ROLE_WORDS.has(lower) || TITLES.has(bare(w.w));
    const cap = UPPER.test(w.w) && !NOT_NAMES.has(bare(w.w));
    const ofTitle = lower === 'of' && k > 0 && TITLES.has(bare(before[k - 1]!.w));
    const modifier =
      /^\p{Ll}/u.test(w.w) && !NOT_HEAD.has(lower) && !CUE_VERBS.has(lower) && !/ly$/.test(lower);
    if (role || cap || ofTitle) loose = 0;
    else if (modifier && loose < 1 && s !== start) loose++;
    else break;
    s = w.s;
  }
  return s;
}

/** On over "(R-Utah)", ", R-Ky.,", ", 25,", "of Maryland" and appositives with their "who" clause. */
function mentionEnd(text: string, end: number, ceil: number): number {
  let e = end;
  const limit = Math.min(ceil, end + 260);
  const paren = /^\s*\([^()\n]{1,40}\)/.exec(text.slice(e, e + 44));
  if (paren) e += paren[0].length;
  const party = /^,\s*(?:[RDI]-[\p{L}. ]{1,20}|\d{1,3}),/u.exec(text.slice(e, e + 30));
  if (party) e += party[0].length - 1;
  const of = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u.exec(text.slice(e, e + 80));
  // A sentence's full stop after the body is not part of its name ("of Halifax Regional Police.").
  if (of) e += of[0].length - (/\p{Ll}{2}\.$/u.test(of[0]) ? 1 : 0);
  for (let round = 0; round < 3; round++) {
    const rest = text.slice(e, limit);
    const open =
      /^,\s+(?!(?:on|in|at|during|after|before|when|while|as|to|for|with|from|by|and|but|or|adding|saying|according|though|although|because)\b)(?:(?:a|an|the|one|who|whose|his|her|their|of)\s|\p{Ll}|\p{Lu}\p{L}*\s+\p{Ll})/u.exec(
        rest,
      );
    if (!open) break;
    const stop = clauseEnd(rest);
    const part = rest.slice(0, stop);
    if (/\b(said|says|told|added|wrote|say)\b/.test(part)) break;
    e += stop;
  }
  return e;
}

/** Offset of the comma or sentence end closing an appositive that opens at rest.charAt(0) (a comma). */
function clauseEnd(rest: string): number {
  for (let i = 1; i < rest.length; i++) {
    const c = rest.charAt(i);
    if (c === ',' || c === '"' || c === '“' || c === '\n') return i;
    if ((c === '.' || c === '!' || c === '?') && /\s|$/.test(rest.charAt(i + 1) ?? '')) {
      if (/(^|[\s.])(\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|St)$/u.test(rest.slice(Math.max(0, i - 4), i))) continue;
      return i;
    }
  }
  return rest.length;
}
