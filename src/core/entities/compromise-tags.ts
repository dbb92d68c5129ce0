/**
 * Runs compromise over the text and hands each of our tokens the contextual tags compromise
 * gave the term that starts there (Person, FirstName, Place, Organization, Verb, …).
 * compromise reports UTF-16 offsets; we still re-check every term against the text and search
 * forward when they disagree, so a tokenisation difference never shifts a tag onto the wrong
 * word. The text is fed in line-aligned chunks to bound memory on very long inputs.
 */
import nlp from 'compromise';
import type { Token } from './tokenize';

interface JsonTerm {
  text: string;
  tags: string[];
  offset?: { start: number; length: number };
}
interface JsonSentence {
  terms: JsonTerm[];
}

const CHUNK = 20_000;

function chunks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      const nl = text.lastIndexOf('\n', to);
      if (nl > from) to = nl + 1;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** Tags per token index (empty sets for tokens compromise did not start a term on). */
export function compromiseTags(text: string, tokens: readonly Token[]): ReadonlyArray<ReadonlySet<string>> {
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => {
    byStart.set(t.start, i);
  });
  const out: Array<ReadonlySet<string>> = tokens.map(() => new Set<string>());
  for (const [from, to] of chunks(text)) {
    const piece = text.slice(from, to);
    if (!/\p{L}/u.test(piece)) continue;
    let json: JsonSentence[];
    try {
      json = nlp(piece).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
    } catch {
      continue; // compromise failing on odd input only costs us its hints
    }
    let cursor = 0;
    for (const sentence of json) {
      for (const term of sentence.terms) {
        if (!term.text) continue;
        let at = term.offset?.start ?? -1;
        if (piece.slice(at, at + term.text.length) !== term.text) at = piece.indexOf(term.text, cursor);
        if (at < 0) continue;
        cursor = at + term.text.length;
        const idx = byStart.get(from + at);
        if (idx !== undefined) out[idx] = new Set(term.tags);
      }
    }
  }
  return out;
}
