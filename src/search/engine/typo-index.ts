/**
 * The typo index: which vocabulary terms a mistyped word may mean, found without scanning the
 * vocabulary (a deletion neighbourhood, built by `parallax ingest`).
 *
 * Two words within k edits of each other (a swap of neighbouring letters counting as one) can
 * both be cut down to one common string by deleting at most k letters from each. So each term
 * is stored under every string its deletions give, and a typed word looks up the strings its
 * own deletions give: a few dozen hash lookups, however large the vocabulary. Only the first
 * TYPO_PREFIX letters are used (terms sharing them form one group, stored once), and never the
 * first letter, which the search never takes as mistyped; every candidate is then checked with
 * the real edit distance over the whole word.
 *
 * Stored compactly: the keys themselves are not kept, only hash buckets of group starts, so a
 * bucket may name a group none of the word's keys produced; the edit distance check drops it.
 * Terms sharing a first letter are one run of the sorted vocabulary, so the index is cut into
 * parts where the first letter changes, and a word needs the one part holding its letter.
 */
import { editDistance } from './edit-distance';
import { encode } from './word-index';

/** Letters of a term that go into its keys (after that, the edit distance check decides). */
export const TYPO_PREFIX = 6;
/** Terms in a group scanned at most (a group is the terms sharing their first TYPO_PREFIX letters). */
const GROUP_SCAN = 256;

/** The typos forgiven in a word: two from six letters, one below. */
export const typosAllowed = (word: string): number => (word.length >= 6 ? 2 : 1);

/** Whether a term is in the typo index: words of three letters or more, not numbers. */
export const typoEligible = (term: string): boolean => term.length >= 3 && !/^\d+$/.test(term);

/** The string itself and every string that deleting up to `k` of its letters after the first gives. */
export function deletionKeys(s: string, k: number): string[] {
  const out = new Set([s]);
  let frontier = [s];
  for (let d = 0; d < k; d++) {
    const next: string[] = [];
    for (const x of frontier)
      for (let i = 1; i < x.length; i++) {
        const y = x.slice(0, i) + x.slice(i + 1);
        if (!out.has(y)) {
          out.add(y);
          next.push(y);
        }
      }
    frontier = next;
  }
  return [...out];
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The typo index of the terms `from` to `to` of a sorted vocabulary: hash buckets, each the
 * group starts (term numbers counted from `from`) of the keys hashed there, as gaps in base 36,
 * buckets separated by ";".
 */
export function buildTypoBuckets(vocabulary: readonly string[], from: number, to: number): string {
  const groups: { start: number; keys: string[] }[] = [];
  let entries = 0;
  let last = '';
  for (let i = from; i < to; i++) {
    const t = vocabulary[i]!;
    if (!typoEligible(t)) continue;
    const key = t.slice(0, TYPO_PREFIX);
    if (key === last) continue;
    last = key;
    // A term of four letters or more may be two typos from a word of six (typosAllowed).
    const keys = deletionKeys(key, key.length >= 4 ? 2 : 1);
    groups.push({ start: i - from, keys });
    entries += keys.length;
  }
  let size = 1;
  while (size * 4 < entries) size *= 2;
  const buckets: number[][] = Array.from({ length: size }, () => []);
  for (const g of groups)
    for (const k of g.keys) {
      const b = buckets[hash(k) & (size - 1)]!;
      // Groups come in order, so a bucket's list stays sorted; one group's keys may collide.
      if (b[b.length - 1] !== g.start) b.push(g.start);
    }
  return buckets.map((b) => encode(b.map((x, j) => (j ? x - b[j - 1]! : x)))).join(';');
}

/** Finds candidates in one part of the typo index. */
export interface TypoLookup {
  /** Terms within `max` edits of `word` (its first letter kept), by term number. */
  near(word: string, max: number): number[];
}

export function typoLookup(vocabulary: readonly string[], first: number, encoded: string): TypoLookup {
  // Where each bucket starts in the text, found when first asked: a part may arrive (or be
  // loaded with the whole index) and never be used. Offsets, not a split into strings: a
  // hundred thousand small strings made during a query cost a garbage collection of 8 ms.
  let starts: Uint32Array | null = null;
  const bucketStarts = () => {
    let count = 1;
    for (let i = 0; i < encoded.length; i++) if (encoded.charCodeAt(i) === 59) count++;
    const out = new Uint32Array(count + 1);
    let k = 1;
    for (let i = 0; i < encoded.length; i++) if (encoded.charCodeAt(i) === 59) out[k++] = i + 1;
    out[count] = encoded.length + 1;
    return out;
  };
  /** The group starts in bucket h (gaps added up). */
  const bucket = (h: number): number[] => {
    const out: number[] = [];
    const end = starts![h + 1]! - 1;
    let value = 0;
    let sum = 0;
    let any = false;
    for (let i = starts![h]!; i < end; i++) {
      const c = encoded.charCodeAt(i);
      if (c === 44) {
        sum += value;
        out.push(sum);
        value = 0;
      } else {
        value = value * 36 + (c <= 57 ? c - 48 : c - 87);
        any = true;
      }
    }
    if (any) out.push(sum + value);
    return out;
  };
  return {
    near(word, max) {
      starts ??= bucketStarts();
      const mask = starts.length - 2;
      const out: number[] = [];
      const seen = new Set<number>();
      for (const key of deletionKeys(word.slice(0, TYPO_PREFIX), max))
        for (const g of bucket(hash(key) & mask)) {
          const start = first + g;
          if (seen.has(start)) continue;
          seen.add(start);
          const group = vocabulary[start]!.slice(0, TYPO_PREFIX);
          // A bucket shared by chance may name a group of another first letter.
          if (group[0] !== word[0]) continue;
          for (let i = start; i < vocabulary.length && i < start + GROUP_SCAN; i++) {
            const t = vocabulary[i]!;
            if (t.slice(0, TYPO_PREFIX) !== group) break;
            if (editDistance(word, t, max) <= max) out.push(i);
          }
        }
      return out;
    },
  };
}
