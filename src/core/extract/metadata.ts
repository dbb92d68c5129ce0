/**
 * Metadata read from page lines: byline, dateline (date + breadcrumb section), wire credits,
 * the outlet's name when the page names itself, and a title derived from the lede.
 *
 * Method: a metadata line is short and made almost only of metadata — a "By/From:" prefix and
 * a run of name-like words, a date, a reading time, labels ("Published", "Updated") and
 * separators. A line with anything else left over is not metadata (so "From Kyiv, the
 * president said…" is body). The outlet comes only from self-reference patterns ("Thanks for
 * reading X", "Millions read X", "© 2024 X", "X's newsletter"), never from a list of names.
 *
 * Limits: English labels; a byline with lower-case surnames beyond the usual particles is cut
 * short; an outlet that never names itself stays null.
 */
import { findDate } from './dates';

const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'di',
  'du',
  'bin',
  'al',
  'el',
  'ter',
]);
const JOINERS = new Set(['and', '&', ',', 'und']);
const MONTH_WORD =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,?$/i;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*,?$/u;
const LABEL = /^(date|published|updated|posted|last updated|modified|on|at|\||·|•|-|–|—|\/)$/i;

/** Words that make up the rest of a metadata line: dates, times, labels, reading time. */
function isMetadataResidue(rest: string): boolean {
  const noDate = rest.replace(/\b\d+\s?(min|minute)s?\s?(read|listen)\b/gi, ' ');
  const d = findDate(noDate);
  const withoutDate = d ? noDate.slice(0, d.start) + noDate.slice(d.end) : noDate;
  const words = withoutDate.split(/\s+/).filter(Boolean);
  return words.every(
    (w) =>
      LABEL.test(w) ||
      /^(\d{1,2}:\d{2}|[ap]\.?m\.?|(UTC|GMT|CET|CEST|EST|EDT|PST|PDT|BST)([+-]\d+)?|\d+\s?(hours?|minutes?|days?)|ago)$/i.test(
        w,
      ),
  );
}

export interface BylineHit {
  readonly byline: string;
  /** Metadata also found on the line (a date). */
  readonly published: string | null;
}

/** "By Jane Doe and John Roe", "from: Maximilian Kurz", "by Olena Goncharova October 29, 2023 7:28 AM 2 min read". */
export function readByline(text: string): BylineHit | null {
  if (text.length > 200) return null;
  const m = /^(?:by|from|written by|words by|author|authors|text)\s?:?\s+(.+)$/i.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const name: string[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    const bare = w.replace(/,$/, '');
    // A month name ends the name only when a day follows ("May Chen" is a name).
    if ((MONTH_WORD.test(bare) && /^\d/.test(words[i + 1] ?? '')) || /\d/.test(w)) break;
    if (
      NAME_WORD.test(w) ||
      (name.length > 0 && (PARTICLES.has(w.toLowerCase()) || JOINERS.has(w.toLowerCase())))
    ) {
      name.push(w);
      if (w.endsWith(',') && i + 1 < words.length && !NAME_WORD.test(words[i + 1]!)) {
        i++;
        break;
      }
    } else break;
  }
  while (name.length && JOINERS.has(name[name.length - 1]!.toLowerCase())) name.pop();
  if (!name.length || name.length > 8) return null;
  const rest = words.slice(i).join(' ');
  // "From Kyiv, the president said…": words are left that are not metadata.
  if (rest && !isMetadataResidue(rest)) return null;
  if (name.length === 1 && !m[0].includes(':') && !/^by\b/i.test(text)) return null;
  const byline = name.join(' ').replace(/,$/, '');
  return { byline, published: findDate(rest)?.iso ?? null };
}

export interface DatelineHit {
  readonly published: string | null;
  readonly section: string | null;
}

const BREADCRUMB_HOME = /\b(home ?page|home|start ?page|startseite)\b\s?[>›»/|]?\s?/i;

/** A line made of a date, labels and maybe a breadcrumb: " date 2023-10-29 Home page politics". */
export function readDateline(text: string): DatelineHit | null {
  if (text.length > 160) return null;
  const d = findDate(text);
  const relative = /\b(updated|published|posted)?\s?\d+\s(minutes?|hours?|days?|weeks?)\sago\b/i.test(text);
  const crumbsOnly = /^(home|start)( ?page)?\s?[>›»/|]/i.test(text);
  if (!d && !relative && !crumbsOnly) return null;
  let rest = d
    ? `${text.slice(0, d.start)} ${text.slice(d.end)}`
    : text.replace(/\d+\s(minutes?|hours?|days?|weeks?)\sago/i, ' ');
  let section: string | null = null;
  const home = BREADCRUMB_HOME.exec(rest);
  if (home) {
    const crumbs = rest
      .slice(home.index + home[0].length)
      .split(/\s?[>›»/|]\s?/)
      .map((c) => c.trim())
      .filter(Boolean);
    const last = crumbs[crumbs.length - 1];
    if (last && last.length <= 40 && !/\d/.test(last)) section = last;
    rest = rest.slice(0, home.index);
  }
  if (!isMetadataResidue(rest.replace(/\b\d+\s?(min|minute)s? read\b/i, ' '))) return null;
  return { published: d?.iso ?? null, section };
}

/** Wire credits: "Reporting by Jane Doe in Kyiv; Editing by John Roe". Returns the reporters. */
export function readWireCredit(text: string): { byline: string | null } | null {
  if (text.length > 300) return null;
  if (!/^\(?(additional )?(reporting|writing|editing|compiled|research) by\b/i.test(text)) return null;
  if (!/\b(editing|writing|reporting) by\b.*(;|\band\b|$)/i.test(text)) return null;
  const m = /\b[Rr]eporting by ([\p{Lu}][\p{L}'’.-]*(?:\s(?:and\s)?[\p{Lu}][\p{L}'’.-]*){0,5})/u.exec(text);
  return { byline: m ? m[1]! : null };
}

/** Short, no closing punctuation, a few words: a headline or subheading shape. */
export function isHeadingLike(text: string): boolean {
  if (text.length < 8 || text.length > 160) return false;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= 24 && !/[.,;:…"”]$/u.test(text) && /\p{Lu}/u.test(text.charAt(0));
}

/** Sentence-shaped text of some length: the shape of a body paragraph. */
export function isBodyLike(text: string): boolean {
  return text.length >= 80 && text.split(/\s+/).length >= 12 && /[.!?…"”’)]$/u.test(text);
}

const OUTLET =
  "((?:[Tt]he\\s)?\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\s(?:of\\s|and\\s|&\\s)?\\p{Lu}[\\p{L}\\p{N}&'’-]*){0,4})";
const SELF_REFERENCE: readonly RegExp[] = [
  new RegExp(`\\b[Tt]hanks? (?:you )?for reading ${OUTLET}`, 'u'),
  new RegExp(`\\b[Mm]illions (?:of (?:people|readers) )?(?:read|trust|rely on) ${OUTLET}`, 'u'),
  new RegExp(`\\b[Yy]ou(?:'re| are) reading ${OUTLET}`, 'u'),
  new RegExp(
    `(?:©|\\([Cc]\\)|[Cc]opyright)\\s?\\d{4}(?:\\s?[-–]\\s?\\d{4})?,?\\s${OUTLET}(?=[.,]?\\s|[.,]?$)`,
    'u',
  ),
  new RegExp(
    `\\b(?:[Ss]upport|[Bb]ecome a member of|[Ss]ubscribe to|[Jj]oin) ${OUTLET}(?:'s|’s)? (?:journalism|newsletter|community|reporting)`,
    'u',
  ),
];

/** The publication's name when one of `texts` is the page naming itself; null otherwise. */
export function outletFromSelfReference(texts: readonly string[]): string | null {
  for (const re of SELF_REFERENCE) {
    for (const raw of texts) {
      const text = raw.length > 600 ? raw.slice(0, 600) : raw;
      const m = re.exec(text);
      if (!m?.[1]) continue;
      let name = m[1]
        .replace(/['’]s$/, '')
        .replace(/[.,]$/, '')
        .trim();
      if (/^(all|our|this|the|your|us|rights)$/i.test(name) || /\ball rights\b/i.test(name)) continue;
      name = name.replace(/^the\s/, 'The ');
      if (name.length >= 2 && name.length <= 60) return name;
    }
  }
  return null;
}

/** A short title from the lede: its first sentence or clause, cut at a word near 100 units. */
export function deriveTitle(text: string): string {
  const lede = text.length > 1000 ? text.slice(0, 1000) : text;
  const first = /^(.{20,}?[.!?])(\s|$)/u.exec(lede)?.[1] ?? lede;
  const clause = /^(.{25,}?)\s[–—-]\s/u.exec(first)?.[1] ?? /^(.{25,}?)[:;]\s/u.exec(first)?.[1] ?? first;
  let t = clause.replace(/[.!?:;,]+$/u, '').trim();
  if (t.length > 110) {
    // Prefer ending at a clause comma; else cut at a word and say so with "…".
    const comma = t.slice(0, 110).lastIndexOf(', ');
    t = comma >= 40 ? t.slice(0, comma) : `${t.slice(0, 100).replace(/\s\S*$/u, '')}…`;
  }
  return t;
}
