/**
 * Types a reader can trust on modern news, applied over the tagger's spans: the tagger learned
 * from 1996 wire news, which has little of today's armed groups, and it reads unknown
 * capitalised pairs as people. Three general rules, each over the span's own words:
 * - an armed or political group from the gazetteer ("Islamic State", "Boko Haram") is ORG;
 * - a name whose last word is an event head ("Bastille Day", "World Cup") is MISC;
 * - a name right after a work noun ("the film Jaws", "his memoir Becoming") is MISC.
 */
import { EVENT_HEADS, GROUPS, WORK_NOUNS } from './gazetteer';
import type { Token } from './tokenize';
import type { EntityType } from './types';

export function newsType(
  tokens: readonly Token[],
  first: number,
  last: number,
  type: EntityType,
): EntityType {
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const lower = words.join(' ').toLowerCase();
  if (GROUPS.has(lower) || GROUPS.has(lower.replace(/^the /, ''))) return 'ORG';
  const head = words[words.length - 1]!.toLowerCase();
  if (type !== 'ORG' && words.length > 1 && EVENT_HEADS.has(head)) return 'MISC';
  let k = first - 1;
  while (k >= 0 && /^["“‘'«]$/.test(tokens[k]!.text)) k--;
  if (k >= 0 && WORK_NOUNS.has(tokens[k]!.text.toLowerCase())) return 'MISC';
  return type;
}

const GROUP_MAX = 4;

/** Token ranges [first, last] of the gazetteer's groups named in the text, capitalised as names. */
export function groupSpans(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    for (let n = GROUP_MAX; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      let phrase = '';
      for (let k = i; k < i + n; k++)
        phrase += (k > i && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
      if (!GROUPS.has(phrase.toLowerCase())) continue;
      if (n === 1 && phrase !== phrase.toUpperCase() && phrase.length <= 4) continue;
      out.push([i, i + n - 1]);
      i += n - 1;
      break;
    }
  }
  return out;
}
