/**
 * Content words for cross-article matching: word tokens without function words, reduced to
 * a crude stem (plural, past, -ing, -ly endings) so "invaded"/"invasion" stay apart but
 * "problems"/"problem" meet. Two stems also match when they share a long prefix, which
 * covers translation variants such as "substantially"/"substantively". No synonym lists:
 * what is not matched is simply not counted.
 */
import { words } from '../text/segment';
import type { Span } from '../types';

const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet for of in on at to from by with without within into onto upon about above below over under
  between among through during before after since until while as than then that this these those there here where when
  which who whom whose what why how all any both each either neither every some such no not only own same too very just
  also even still again ever never now i me my mine we us our ours you your yours he him his she her hers it its they them
  their theirs one ones is am are was were be been being have has had having do does did doing will would shall should can
  could may might must ought said says say saying told tell according nobody noone anybody anyone somebody someone
  everything anything nothing something if whether because although though unless more most much many few less least
  other another out up down off per via mr mrs ms dr s t`.split(/\s+/),
);

export interface ContentToken extends Span {
  readonly stem: string;
  /** Capitalised in the source: a name-like word. */
  readonly name: boolean;
}

export function stem(w: string): string {
  let s = w.replace(/'s$/, '').replace(/'/g, '');
  if (s.length > 5 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && s.endsWith('es') && /(sh|ch|x|ss|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  if (s.length > 5 && s.endsWith('ly')) s = s.slice(0, -2);
  return s;
}

export function contentTokens(text: string, span?: Span): ContentToken[] {
  return words(text, span)
    .filter((w) => !FUNCTION_WORDS.has(w.norm) && !/^\d{1,2}$/.test(w.norm))
    .map((w) => ({
      start: w.start,
      end: w.end,
      stem: stem(w.norm),
      name: /^\p{Lu}/u.test(text[w.start] ?? ''),
    }));
}

/** Same stem, or a shared prefix of at least 7 letters covering most of the shorter stem. */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  if (min < 7) return false;
  let k = 0;
  while (k < min && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k >= 7 && k >= 0.75 * min;
}

/** Longest common subsequence of two token lists under stemsMatch, as index pairs. */
export function alignTokens(a: readonly ContentToken[], b: readonly ContentToken[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[at(i, j)] = stemsMatch(a[i]!.stem, b[j]!.stem)
        ? dp[at(i + 1, j + 1)]! + 1
        : Math.max(dp[at(i + 1, j)]!, dp[at(i, j + 1)]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (stemsMatch(a[i]!.stem, b[j]!.stem) && dp[at(i, j)] === dp[at(i + 1, j + 1)]! + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[at(i + 1, j)]! >= dp[at(i, j + 1)]!) i++;
    else j++;
  }
  return pairs;
}
