/**
 * Words for the generated corpus's vocabulary: a real news corpus of 10,000 articles holds
 * tens of thousands of distinct terms, most of them rare, and search cost (typo candidates,
 * the index's size) depends on that. So the generated corpus draws part of its text from a
 * lexicon of LEXICON pseudo-words, made by a letter model of the seed articles' words (letter
 * triples as English has them, lengths as its words have), and drawn by Zipf's law: a few words
 * are very common, most are rare, and the vocabulary keeps growing with the corpus as a real
 * one does (about tens of thousands of terms at 10,000 articles). Deterministic: the same words
 * in the same order every time.
 */
import { seeded } from '../core/random';

const LEXICON = 400_000;
/** Zipf's exponent: about 1 for word frequencies in English text. */
const ZIPF = 1.1;

export interface Lexicon {
  /** A word drawn by Zipf's law (rank 1 most often), with the generator's random numbers. */
  draw(r: () => number): string;
}

let made: Lexicon | null = null;

/** `words`: real words (the seed articles') to learn letters and lengths from. */
export function lexicon(words: readonly string[]): Lexicon {
  if (made) return made;
  const r = seeded(31);
  // Letter triples: for each two letters (^ at the start), the letters that follow, with repeats.
  const next = new Map<string, string[]>();
  const lengths: number[] = [];
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (!/^[a-z]{3,}$/.test(w)) continue;
    lengths.push(w.length);
    const padded = `^^${w}$`;
    for (let i = 2; i < padded.length; i++) {
      const key = padded.slice(i - 2, i);
      const list = next.get(key) ?? [];
      list.push(padded[i]!);
      next.set(key, list);
    }
  }
  const seen = new Set(words.map((w) => w.toLowerCase()));
  const list: string[] = [];
  for (let tries = 0; list.length < LEXICON && tries < LEXICON * 4; tries++) {
    const want = lengths[Math.floor(r() * lengths.length)]! + Math.floor(r() * 3);
    let w = '';
    // Letters until the model ends the word, past the length wanted, or at 14 letters; a word
    // the model ends early is kept only if three letters long (then the lengths average out).
    for (let key = '^^'; w.length < 14; ) {
      const options = next.get(key);
      if (!options) break;
      let c = options[Math.floor(r() * options.length)]!;
      // Ending before the length wanted: a second draw, once, then whatever it is.
      if (c === '$' && w.length < want) c = options[Math.floor(r() * options.length)]!;
      if (c === '$') break;
      w += c;
      key = key[1]! + c;
    }
    if (w.length < 3 || seen.has(w)) continue;
    seen.add(w);
    list.push(w);
  }
  // Cumulative Zipf weights over the ranks, searched by bisection for each draw.
  const cumulative = new Float64Array(list.length);
  let total = 0;
  for (let i = 0; i < list.length; i++) cumulative[i] = total += (i + 1) ** -ZIPF;
  made = {
    draw(rand) {
      const x = rand() * total;
      let lo = 0;
      let hi = list.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return list[lo]!;
    },
  };
  return made;
}
