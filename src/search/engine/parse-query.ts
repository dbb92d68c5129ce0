/**
 * The query language: words (fuzzy from three letters, the last one also as a prefix while
 * typing), "exact phrases", -exclusions, and field filters outlet:, speaker:, entity:,
 * before:YYYY-MM-DD, after:YYYY-MM-DD. A filter value may be quoted (speaker:"Jo Bloggs").
 */
import { terms } from './tokens';

export interface ParsedQuery {
  readonly words: readonly string[];
  readonly phrases: readonly (readonly string[])[];
  readonly excluded: readonly string[];
  readonly outlet: readonly string[];
  readonly speaker: readonly string[];
  readonly entity: readonly string[];
  readonly before: string | null;
  readonly after: string | null;
  /** Whether the query ends inside a word (the reader is still typing it). */
  readonly open: boolean;
}

const PART = /(-?)(?:(outlet|speaker|entity|before|after):)?(?:"([^"]*)"?|(\S+))/gi;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const excluded: string[] = [];
  const filters = { outlet: [] as string[], speaker: [] as string[], entity: [] as string[] };
  let before: string | null = null;
  let after: string | null = null;
  for (const m of input
    .normalize('NFC')
    .replaceAll(/[“”„«»]/g, '"')
    .matchAll(PART)) {
    const [, minus, field, quoted, bare] = m;
    const raw = quoted ?? bare ?? '';
    const f = field?.toLowerCase();
    if (f === 'before' || f === 'after') {
      if (DATE.test(raw) && f === 'before') before = raw;
      else if (DATE.test(raw)) after = raw;
      continue;
    }
    const ts = terms(raw);
    if (!ts.length) continue;
    if (f === 'outlet' || f === 'speaker' || f === 'entity') filters[f].push(ts.join(' '));
    else if (minus) excluded.push(...ts);
    else if (quoted !== undefined && ts.length > 1) phrases.push(ts);
    else words.push(...ts);
  }
  const open = /[\p{L}\p{N}]$/u.test(input) && !/"$/.test(input);
  return { words, phrases, excluded, ...filters, before, after, open };
}

/** The words a query looks for (its words and phrase words), syntax left out: for marking hits. */
export function queryWords(input: string): string {
  const q = parseQuery(input);
  return [...q.words, ...q.phrases.flat()].join(' ');
}
