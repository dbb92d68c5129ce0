// Reading CoNLL-2003 files into documents of our own tokens with BIO labels. Each CoNLL
// sentence is written out as one line of text (tokens joined by spaces) and re-tokenised by
// the core's tokenizer, so the tagger learns on the very tokens it will see at run time; a
// CoNLL token our tokenizer splits ("'s" → "'" "s") gives its label to the first piece and
// continues the entity, if any, over the rest.
import { type Token, tokenize } from '../../src/core/entities/tokenize';

export interface ConllSentence {
  readonly tokens: readonly Token[];
  /** BIO2 labels, one per token ("O", "B-PER", "I-PER", …). */
  readonly labels: readonly string[];
  /** The sentence as a line of text (what an extractor is given). */
  readonly text: string;
}
export type ConllDocument = readonly ConllSentence[];

export function parseConll(raw: string): ConllDocument[] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (!words.length) return;
    if (!doc) {
      doc = [];
      docs.push(doc);
    }
    doc.push(toSentence(words, tags));
    words = [];
    tags = [];
  };
  for (const line of raw.replace(/\r/g, '').split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = null;
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return docs.filter((d) => d.length);
}

function toBio2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return 'O';
    const type = tag.slice(2);
    const prev = i > 0 ? tags[i - 1]! : 'O';
    const begins = tag.startsWith('B-') || prev === 'O' || prev.slice(2) !== type;
    return `${begins ? 'B' : 'I'}-${type}`;
  });
}

function toSentence(words: readonly string[], tags: readonly string[]): ConllSentence {
  const bio = toBio2(tags);
  const text = words.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const tokens = tokenize(text);
  let wi = 0;
  let lastWord = -1;
  const labels = tokens.map((t) => {
    while (wi + 1 < starts.length && starts[wi + 1]! <= t.start) wi++;
    const label = bio[wi]!;
    const first = wi !== lastWord;
    lastWord = wi;
    return first || label === 'O' ? label : `I-${label.slice(2)}`;
  });
  return { tokens, labels, text };
}
