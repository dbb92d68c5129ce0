/**
 * Sports pages name teams after places ("Leicestershire beat Somerset", "Chicago 102 Boston
 * 95"), and news convention (CoNLL's among them) types such a team as an organisation, while
 * national teams keep their country (LOC). A text counts as a sports text when it has several
 * result/standings lines or sports words; there, a non-country place or an unknown name next
 * to a score, or beside a match verb ("beat", "drew with", "v"), is a team.
 * Limits: a city in a sports text that is really the venue ("in Chicago") stays a place only
 * when a location preposition precedes it.
 */
import type { Draft } from './document';
import { DEMONYMS } from './gazetteer';
import { isLexCountry } from './lexicon';
import type { Token } from './tokenize';

const SPORTS_WORDS =
  /\b(?:innings|wickets?|goals?|beat|drew|league|championship|tournament|striker|seeded|halftime|half-time|soccer|cricket|tennis|golf|rugby|baseball|basketball|hockey|olympic|medal|standings|athletics)\b/gi;
const MATCH_WORDS = new Set([
  'beat',
  'beats',
  'beating',
  'drew',
  'draw',
  'lost',
  'defeated',
  'v',
  'vs',
  'against',
  'edged',
  'routed',
  'thrashed',
  'host',
  'hosts',
  'hosted',
  'visit',
  'visiting',
  'overcame',
  'downed',
  'blanked',
  'topped',
  'outlasted',
  'whipped',
  'crushed',
  'tied',
]);
/** "Surrey captain …", "title rivals Essex": words that make the name before/after a team. */
const TEAM_NEXT = new Set([
  'captain',
  'coach',
  'manager',
  'side',
  'skipper',
  'fans',
  'striker',
  'goalkeeper',
  'defender',
  'midfielder',
  'batsman',
  'bowler',
  'players',
  'squad',
]);
const TEAM_PREV = new Set(['rivals', 'champions', 'leaders', 'hosts', 'visitors', 'club']);
const COUNTRIES = new Set([...DEMONYMS.values()].map((c) => c.toLowerCase()));
const NUM = /^\d+(?:[.,/-]\d+)*$/;
const SCORE = /^\d{1,3}$/;

export function isSportsText(text: string, tokens: readonly Token[]): boolean {
  const words = text.match(SPORTS_WORDS)?.length ?? 0;
  let scoreLines = 0;
  let line = -1;
  let nums = 0;
  for (const t of tokens) {
    if (t.line !== line) {
      if (nums >= 2) scoreLines++;
      line = t.line;
      nums = 0;
    }
    if (NUM.test(t.text)) nums++;
  }
  return scoreLines >= 3 || words >= 4;
}

export const isCountryName = (phrase: string): boolean =>
  isLexCountry(phrase) || COUNTRIES.has(phrase.toLowerCase()) || /^U\.?S\.?A?\.?$|^U\.?K\.?$/.test(phrase);

/** Next to a score: "Somerset 4", "Chicago 102 Boston 95", "( Ajax ) 3". */
export function besideScore(tokens: readonly Token[], first: number, last: number): boolean {
  const line = tokens[first]!.line;
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  if (next && next.line === line && SCORE.test(next.text)) return true;
  return !!(prev && prev.line === line && SCORE.test(prev.text) && tokens[first - 2]?.line === line);
}

/** Beside a match verb: "Somerset beat Kent", "drew with Kent", "Kent v Essex". */
export function besideMatchWord(tokens: readonly Token[], first: number, last: number): boolean {
  const line = tokens[first]!.line;
  const at = (i: number): string => (tokens[i]?.line === line ? tokens[i]!.text.toLowerCase() : '');
  if (MATCH_WORDS.has(at(last + 1)) || MATCH_WORDS.has(at(first - 1))) return true;
  if (TEAM_NEXT.has(at(last + 1)) || TEAM_PREV.has(at(first - 1))) return true;
  // "SAN DIEGO AT ATLANTA" in an ALL-CAPS fixtures line
  if (tokens[first]!.capsLine && (at(last + 1) === 'at' || at(first - 1) === 'at')) return true;
  return at(first - 1) === 'with' && MATCH_WORDS.has(at(first - 2));
}

const LOC_PREP = new Set(['in', 'at', 'near', 'from']);

/** In a sports text (see isSportsText), marks teams (see the file comment). */
export function markTeams(sports: boolean, tokens: readonly Token[], drafts: readonly Draft[]): void {
  if (!sports) return;
  for (const d of drafts) {
    if (d.dateline) continue;
    if (d.type === 'MISC' || (d.type === 'PER' && (d.strong || d.words.length > 1))) continue;
    if (isCountryName(d.words.join(' '))) continue;
    if (LOC_PREP.has(tokens[d.first - 1]?.text.toLowerCase() ?? '')) continue;
    if (besideScore(tokens, d.first, d.last) || besideMatchWord(tokens, d.first, d.last)) makeTeam(d);
  }
  spreadInLists(tokens, drafts);
}

function makeTeam(d: Draft): void {
  d.type = 'ORG';
  d.team = true;
  d.tentative = false;
  d.guess = false;
}

/** "title rivals Essex , Derbyshire and Surrey": the members of a list share the team reading. */
function spreadInLists(tokens: readonly Token[], drafts: readonly Draft[]): void {
  const sorted = [...drafts].sort((x, y) => x.first - y.first);
  const joined = (a: Draft, b: Draft): boolean => {
    if (b.first - a.last > 2 || b.first <= a.last) return false;
    for (let k = a.last + 1; k < b.first; k++) if (![',', 'and', '&'].includes(tokens[k]!.text)) return false;
    return true;
  };
  const eligible = (d: Draft): boolean =>
    !d.team &&
    !d.dateline &&
    (d.type === 'LOC' || d.type === 'ORG' || (d.type === 'PER' && !d.strong && d.words.length === 1)) &&
    !isCountryName(d.words.join(' '));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1]!;
      if (!joined(a, b)) continue;
      if (a.team && eligible(b)) makeTeam(b);
      else if (b.team && eligible(a)) makeTeam(a);
    }
  }
}
