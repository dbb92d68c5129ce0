/**
 * Grouping one utterance across articles, however it was rendered: verbatim, trimmed, split
 * by an ellipsis, or translated differently. Quotes of different articles are compared by
 * the longest common subsequence of their content words (stems, long shared prefixes);
 * a pair is linked when at least 4 words align and they cover most of the shorter quote
 * (a trimmed quote is fully inside the longer one) or a good share of both, or when they
 * share a run of 6 consecutive words (4 for a quote of 5 words or fewer). Groups grow along
 * the strongest links, and each member must hold to the group's fullest variant (see below),
 * not just to a neighbour. Limits: a paraphrase with few shared words is missed; two
 * different quotes that share a long list of words would be merged.
 */

import { words } from '../text/segment';
import type { EntityId } from '../types';
import { alignTokens, type ContentToken, contentTokens } from './tokens';
import type { CompareArticle, DiffOp, Member, QuoteGroup } from './types';

const MIN_ALIGNED = 4;
/** A variant that shares this much of the shorter quote is a trim or a rewording of the other. */
const CONTAINED = 0.6;
/** Longer quotes are compared on their first words only: alignment is quadratic. */
const MAX_WORDS = 400;
/** Room for MAX_WORDS words of any real text (English averages about 6 characters a word). */
const HEAD_CHARS_PER_WORD = 16;

interface Q {
  readonly article: CompareArticle;
  readonly index: number;
  readonly tokens: ContentToken[];
  /** Every word, function words included, lower-cased: for short quotes. */
  readonly words: string[];
}

/** Length of the longest run of consecutive words two quotes share. */
function longestRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : 0;
    for (let j = 1; j <= b.length; j++) best = Math.max(best, cur[j]!);
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return best;
}

export function linkQuotes(a: Q, b: Q): { score: number; aligned: number; containment: number } | null {
  // A short quote trimmed out of a longer one shares a run of words verbatim, function
  // words included ("I will never forget this day").
  const run = longestRun(a.words, b.words);
  const shortWords = Math.min(a.words.length, b.words.length);
  const verbatim = run >= 6 || (run >= 4 && run >= 0.8 * shortWords);
  const pairs = alignTokens(a.tokens, b.tokens);
  const shorter = Math.min(a.tokens.length, b.tokens.length);
  const longer = Math.max(a.tokens.length, b.tokens.length);
  const containment = shorter ? pairs.length / shorter : 0;
  const dice = shorter ? (2 * pairs.length) / (shorter + longer) : 0;
  const aligned = pairs.length >= MIN_ALIGNED && (containment >= 0.7 || dice >= 0.5);
  if (!verbatim && !aligned) return null;
  return {
    score: Math.max(containment, dice, shortWords ? run / shortWords : 0),
    aligned: Math.max(pairs.length, run),
    containment: Math.max(containment, shortWords ? run / shortWords : 0),
  };
}

export function groupQuotes(
  articles: readonly CompareArticle[],
  maxSteps = Number.POSITIVE_INFINITY,
): { groups: QuoteGroup[]; incomplete: string | null } {
  let incomplete: string | null = null;
  const all: Q[] = articles.flatMap((article) =>
    article.quotes.map((q, index) => {
      // only the head of a long quote is segmented: segmenting is the slow part
      const head = { start: q.start, end: Math.min(q.end, q.start + MAX_WORDS * HEAD_CHARS_PER_WORD) };
      return {
        article,
        index,
        tokens: contentTokens(article.text, head).slice(0, MAX_WORDS),
        words: words(article.text, head)
          .slice(0, MAX_WORDS)
          .map((w) => w.norm),
      };
    }),
  );
  const links = new Map<number, { score: number; aligned: number; containment: number }>();
  const pairKey = (i: number, j: number) => (i < j ? i * all.length + j : j * all.length + i);
  const ordered: Array<[number, number, number]> = [];
  let steps = 0;
  outer: for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      if (all[i]!.article.id === all[j]!.article.id) continue;
      steps += 1 + all[i]!.tokens.length * all[j]!.tokens.length;
      if (steps > maxSteps) {
        incomplete = `quotes: compared quotes up to ${i + 1} of ${all.length} before the work budget ran out`;
        break outer;
      }
      const link = linkQuotes(all[i]!, all[j]!);
      if (!link) continue;
      links.set(pairKey(i, j), link);
      ordered.push([i, j, link.score]);
    }
  // A group is a set of variants of one utterance: every member lies mostly inside the
  // group's fullest variant (its longest member) or holds most of it, or else links to every
  // other member. Groups grow along the strongest links first, and a quote joins (or two
  // groups merge) only when the group they would make still holds to that rule, so no chain
  // of short shared fragments ties two different quotes together, while two trims of one
  // long quote that share no words both stay with it.
  ordered.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const groupOf = new Map<number, number[]>();
  const longest = (members: readonly number[]) =>
    members.reduce((a, b) => (all[b]!.words.length > all[a]!.words.length ? b : a));
  const holds = (members: readonly number[]) => {
    const anchor = longest(members);
    return members.every((k) => {
      if (k === anchor) return true;
      const toAnchor = links.get(pairKey(anchor, k));
      if (all[anchor]!.article.id !== all[k]!.article.id && toAnchor && toAnchor.containment >= CONTAINED)
        return true;
      return members.every(
        (m) => m === k || all[m]!.article.id === all[k]!.article.id || links.has(pairKey(m, k)),
      );
    });
  };
  const join = (target: number[], add: readonly number[]) => {
    for (const k of add) {
      target.push(k);
      groupOf.set(k, target);
    }
  };
  for (const [i, j] of ordered) {
    const gi = groupOf.get(i);
    const gj = groupOf.get(j);
    if (gi && gi === gj) continue;
    if (!gi && !gj) {
      const g: number[] = [];
      join(g, [i, j]);
    } else if (gi && !gj) {
      if (holds([...gi, j])) join(gi, [j]);
    } else if (!gi && gj) {
      if (holds([...gj, i])) join(gj, [i]);
    } else if (gi && gj && holds([...gi, ...gj])) join(gi, gj);
  }
  const components = new Map<number, number[]>();
  for (const g of new Set(groupOf.values()))
    components.set(
      g[0]!,
      g.sort((x, y) => x - y),
    );
  const groups: QuoteGroup[] = [];
  for (const idx of components.values()) {
    if (new Set(idx.map((i) => all[i]!.article.id)).size < 2) continue;
    const members = idx.map((i) => all[i]!);
    const first = members[0]!;
    // each member's strongest link inside the group; the group is as strong as its weakest
    const inGroup = (i: number) =>
      idx.reduce<{ score: number; aligned: number } | null>((b, j) => {
        const l = j === i ? undefined : links.get(pairKey(i, j));
        return l && (!b || l.score > b.score) ? l : b;
      }, null);
    const score = Math.min(...idx.map((i) => inGroup(i)?.score ?? 0));
    const aligned = Math.min(...idx.map((i) => inGroup(i)?.aligned ?? 0));
    groups.push({
      ...commonSpeaker(members),
      members: members.map((m): Member => {
        const q = m.article.quotes[m.index]!;
        return { article: m.article.id, start: q.start, end: q.end };
      }),
      score: Math.round(score * 100) / 100,
      reason: `${aligned}+ words aligned in order (${Math.round(Math.min(score, 1) * 100)}% of the shorter variant)`,
      diffs: members.slice(1).map((m) => wordDiff(first, m)),
    });
  }
  return { groups: groups.sort((a, b) => a.members[0]!.start - b.members[0]!.start), incomplete };
}

/** The speaker most members name, with its entity id in that member's article (compare.ts makes it story-wide). */
function commonSpeaker(members: readonly Q[]): { speaker: string | null; speakerEntity: EntityId | null } {
  const counts = new Map<string, { n: number; id: EntityId | null }>();
  for (const m of members) {
    const q = m.article.quotes[m.index]!;
    if (!q.speaker) continue;
    const c = counts.get(q.speaker) ?? { n: 0, id: null };
    c.n++;
    c.id ??= q.speakerEntity ?? null;
    counts.set(q.speaker, c);
  }
  const sorted = [...counts].sort((a, b) => b[1].n - a[1].n || b[0].length - a[0].length);
  return { speaker: sorted[0]?.[0] ?? null, speakerEntity: sorted[0]?.[1].id ?? null };
}

/** Word diff of two quote variants over all their words (function words too), for display. */
export function wordDiff(a: Q, b: Q): DiffOp[] {
  const qa = a.article.quotes[a.index]!;
  const qb = b.article.quotes[b.index]!;
  const wa = wordsOf(a.article.text.slice(qa.start, qa.end)).slice(0, MAX_WORDS);
  const wb = wordsOf(b.article.text.slice(qb.start, qb.end)).slice(0, MAX_WORDS);
  const ta = wa.map((w, i) => ({ start: i, end: i + 1, stem: w.toLowerCase(), name: false }));
  const tb = wb.map((w, i) => ({ start: i, end: i + 1, stem: w.toLowerCase(), name: false }));
  const pairs = alignTokens(ta, tb);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  const flush = (ui: number, uj: number) => {
    const da = wa.slice(i, ui);
    const db = wb.slice(j, uj);
    if (da.length && db.length) {
      // Word for word while both sides have words to spare; the rest is one change:
      // "deadlocked Nobody" / "stalemated no one" → [deadlocked | stalemated] [Nobody | no one].
      const pairsOf = Math.min(da.length, db.length) - 1;
      for (let k = 0; k < pairsOf; k++) ops.push({ op: 'changed', first: da[k]!, this: db[k]! });
      ops.push({ op: 'changed', first: da.slice(pairsOf).join(' '), this: db.slice(pairsOf).join(' ') });
    } else if (da.length) ops.push({ op: 'only-first', first: da.join(' '), this: '' });
    else if (db.length) ops.push({ op: 'only-this', first: '', this: db.join(' ') });
  };
  for (const [pi, pj] of pairs) {
    flush(pi, pj);
    const same = wa[pi]!.toLowerCase() === wb[pj]!.toLowerCase();
    ops.push({ op: same ? 'same' : 'changed', first: wa[pi]!, this: wb[pj]! });
    i = pi + 1;
    j = pj + 1;
  }
  flush(wa.length, wb.length);
  return ops;
}

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
