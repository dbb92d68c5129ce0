/**
 * The word index: the corpus vocabulary and, per term, the articles holding it with the term's
 * count in each field (postings), plus per-field lengths for BM25. Built by `parallax ingest`
 * (or in memory), shipped as compact JSON. Each term's postings are one string, so loading
 * parses strings (fast) and decodes only the terms a query asks for: per article, base-36
 * numbers "gap,mask,count…[,first]" where gap is the distance from the previous article
 * number, mask says which fields hold the term, and a count follows for each of them. When the
 * term appears in the article's lead (its first LEAD words of title, then body), mask has the
 * LEAD_BIT and `first` says where, as a word number (for proximity in ranking). Only the lead:
 * a place for every posting made the index 40% larger and its parse six times slower.
 */
import { type IndexedArticle, WORD_INDEX_VERSION, type WordIndexHead } from '../../schema/corpus-files';
import { FIELDS, type IndexDoc } from './fields';
import { terms } from './tokens';

/**
 * The whole word index in memory: what `parallax ingest` splits into a head and parts
 * (split-index.ts), and what the reader's own articles are searched with (my-index.ts).
 */
export interface WordIndex extends Pick<WordIndexHead, 'version' | 'vocabulary' | 'lengths'> {
  readonly docs: readonly IndexedArticle[];
  /** Per term (same order): encoded postings (see above). */
  readonly postings: readonly string[];
  /** Per term: how many articles hold it. */
  readonly df: readonly number[];
}

/**
 * One pass over the articles in order: each term's postings are appended as its articles come,
 * so they are already sorted and no per-term map is needed (linear in the corpus).
 */
export function buildWordIndex(docs: readonly IndexDoc[]): WordIndex {
  const F = FIELDS.length;
  const ids = new Map<string, number>();
  const names: string[] = [];
  // Per term id: its postings so far as numbers, and the article it last appeared in.
  const parts: number[][] = [];
  const lastDoc: number[] = [];
  const df: number[] = [];
  const lengths: number[] = [];
  // Per article: the term ids it holds in first-seen order, their per-field counts in
  // `counts` at slot × F, and their first place in the reading text in `first` at slot.
  // `slot[id]` is valid while `stamp[id]` is the article's number + 1.
  const seen: number[] = [];
  const counts: number[] = [];
  const first: number[] = [];
  let slot = new Int32Array(1024);
  let stamp = new Int32Array(1024);
  for (let n = 0; n < docs.length; n++) {
    const d = docs[n]!;
    seen.length = 0;
    counts.length = 0;
    first.length = 0;
    const fieldTerms = FIELDS.map((f) => terms(d.fields[f]));
    const titleWords = fieldTerms[TITLE]!.length;
    for (let fi = 0; fi < F; fi++) {
      const ts = fieldTerms[fi]!;
      lengths.push(ts.length);
      // Word numbers in the reading text: the title's, then the body's after them.
      const at = fi === TITLE ? 0 : fi === BODY ? titleWords : -1;
      for (let wi = 0; wi < ts.length; wi++) {
        const t = ts[wi]!;
        let id = ids.get(t);
        if (id === undefined) {
          id = names.length;
          ids.set(t, id);
          names.push(t);
          parts.push([]);
          lastDoc.push(0);
          df.push(0);
          if (id >= slot.length) {
            slot = grow(slot);
            stamp = grow(stamp);
          }
        }
        if (stamp[id] !== n + 1) {
          stamp[id] = n + 1;
          slot[id] = seen.length;
          seen.push(id);
          for (let f = 0; f < F; f++) counts.push(0);
          first.push(0);
        }
        counts[slot[id]! * F + fi]!++;
        if (at >= 0 && first[slot[id]!] === 0) first[slot[id]!] = at + wi + 1;
      }
    }
    for (let k = 0; k < seen.length; k++) {
      const id = seen[k]!;
      appendPosting(parts[id]!, n - lastDoc[id]!, counts, k * F, first[k]!);
      lastDoc[id] = n;
      df[id]!++;
    }
  }
  const order = names.map((_, i) => i).sort((x, y) => (names[x]! < names[y]! ? -1 : 1));
  return {
    version: WORD_INDEX_VERSION,
    docs: docs.map((d) => ({
      id: d.id,
      story: d.story,
      published: d.published,
      outlet: terms(d.outlet).join(' '),
    })),
    vocabulary: order.map((i) => names[i]!),
    postings: order.map((i) => encode(parts[i]!)),
    df: order.map((i) => df[i]!),
    lengths: encode(lengths),
  };
}

const TITLE = FIELDS.indexOf('title');
const BODY = FIELDS.indexOf('body');

/** The words of an article's reading text (title, then body) whose places are kept. */
export const LEAD = 64;
/** The mask bit saying a posting ends with the term's first place in the lead. */
export const LEAD_BIT = 1 << FIELDS.length;

/** `first`: the term's first word number in the reading text + 1, or 0 when not in it. */
function appendPosting(
  out: number[],
  gap: number,
  counts: readonly number[],
  at: number,
  first: number,
): void {
  let mask = 0;
  for (let f = 0; f < FIELDS.length; f++) if (counts[at + f]) mask |= 1 << f;
  const inLead = first > 0 && first <= LEAD;
  out.push(gap, inLead ? mask | LEAD_BIT : mask);
  for (let f = 0; f < FIELDS.length; f++) if (counts[at + f]) out.push(counts[at + f]!);
  if (inLead) out.push(first - 1);
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

// Most numbers are small (counts, masks, gaps in common terms): their base-36 forms are made once.
const B36 = Array.from({ length: 1 << 16 }, (_, i) => i.toString(36));
export const encode = (xs: readonly number[]): string =>
  xs.map((x) => (x < B36.length ? B36[x]! : x.toString(36))).join(',');

/** "a,1b,0" → [10, 47, 0]: base-36 numbers read by char code (split and parseInt are slower). */
export function decodeNumbers(encoded: string): Uint32Array {
  if (!encoded) return new Uint32Array(0);
  let count = 1;
  for (let i = 0; i < encoded.length; i++) if (encoded.charCodeAt(i) === 44) count++;
  const out = new Uint32Array(count);
  let value = 0;
  let k = 0;
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c === 44) {
      out[k++] = value;
      value = 0;
    } else value = value * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  out[k] = value;
  return out;
}

/** Numbers per decoded record: the article, a count per field, the first place in the lead + 1. */
export const RECORD = FIELDS.length + 2;

/**
 * One term's postings decoded into fixed records: [article number, count per field…, first
 * place in the lead + 1 or 0] for each article (RECORD numbers each).
 */
export function decodePostings(encoded: string): Uint32Array {
  const F = FIELDS.length;
  const nums = decodeNumbers(encoded);
  // Each record takes at least three numbers (gap, mask, one count).
  const out = new Uint32Array(Math.ceil(nums.length / 3) * RECORD);
  let doc = 0;
  let o = 0;
  for (let i = 0; i < nums.length; ) {
    doc += nums[i++]!;
    const mask = nums[i++]!;
    out[o++] = doc;
    for (let f = 0; f < F; f++) out[o++] = mask & (1 << f) ? nums[i++]! : 0;
    out[o++] = mask & LEAD_BIT ? nums[i++]! + 1 : 0;
  }
  return out.subarray(0, o);
}

/**
 * Decoded postings of one term: article numbers, their per-field counts, and the term's first
 * word number in the article's lead (its first LEAD words of title, then body; else null).
 */
export function postingsOf(
  index: WordIndex,
  term: number,
): { doc: number; counts: number[]; first: number | null }[] {
  const flat = decodePostings(index.postings[term] ?? '');
  const F = FIELDS.length;
  const out: { doc: number; counts: number[]; first: number | null }[] = [];
  for (let i = 0; i < flat.length; i += RECORD) {
    const first = flat[i + 1 + F]!;
    out.push({ doc: flat[i]!, counts: [...flat.slice(i + 1, i + 1 + F)], first: first ? first - 1 : null });
  }
  return out;
}
