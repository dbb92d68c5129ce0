/**
 * Dates written on news pages → ISO 8601.
 *
 * Method: a handful of anchored-free, bounded regular expressions (no nested quantifiers, so
 * no catastrophic backtracking), tried in order: ISO `2023-10-29[T 07:28]`, month-name forms
 * `October 29, 2023 7:28 AM` / `Oct. 29 2023` / `29 October 2023`, and numeric day-first
 * `29.10.2023`. A time next to the date is kept (`2023-10-29T07:28`); a timezone is never
 * invented (only an explicit `Z`/offset of an ISO stamp is kept).
 *
 * Limits: English month names only; slash dates are read only when unambiguous (a part > 12);
 * relative stamps ("3 hours ago") have no date.
 */

export interface FoundDate {
  readonly iso: string;
  /** Code-unit range of the date text inside the searched string. */
  readonly start: number;
  readonly end: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const TIME = '(?:,?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?)?';

const ISO_RE =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?/;
const MDY_RE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b${TIME}`, 'i');
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH},?\\s+(\\d{4})\\b${TIME}`, 'i');
const DOTTED_RE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?:,?\s*(\d{1,2})[:.](\d{2})\b)?/;
const SLASH_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function isoOf(y: number, m: number, d: number, hh?: string, mm?: string, ampm?: string): string | null {
  if (!valid(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return date;
  let h = Number(hh);
  const min = Number(mm);
  const pm = ampm ? /^p/i.test(ampm) : false;
  if (ampm) {
    if (h < 1 || h > 12) return date;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || min > 59) return date;
  return `${date}T${pad(h)}:${pad(min)}`;
}

const monthNo = (name: string) =>
  MONTHS[name.toLowerCase().replace('.', '').slice(0, 4)] ?? MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;

type Reader = (m: RegExpExecArray) => string | null;

const READERS: ReadonlyArray<readonly [RegExp, Reader]> = [
  [
    ISO_RE,
    (m) => {
      const base = isoOf(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
      if (!base || !m[4]) return base;
      return `${base}${m[6] ? `:${m[6]}` : ''}${m[7] ?? ''}`;
    },
  ],
  [MDY_RE, (m) => isoOf(Number(m[3]), monthNo(m[1]!), Number(m[2]), m[4], m[5], m[6])],
  [DMY_RE, (m) => isoOf(Number(m[3]), monthNo(m[2]!), Number(m[1]), m[4], m[5], m[6])],
  [DOTTED_RE, (m) => isoOf(Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5])],
  [
    SLASH_RE,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) return isoOf(Number(m[3]), b, a);
      if (b > 12 && a <= 12) return isoOf(Number(m[3]), a, b);
      return null;
    },
  ],
];

/** The earliest date written in `text`, or null. Only the first 2,000 code units are read. */
export function findDate(text: string): FoundDate | null {
  const s = text.length > 2000 ? text.slice(0, 2000) : text;
  let best: FoundDate | null = null;
  for (const [re, read] of READERS) {
    const m = re.exec(s);
    if (!m) continue;
    const iso = read(m);
    if (iso && (!best || m.index < best.start)) best = { iso, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** Normalise a date given as metadata (e.g. `article:published_time`) to ISO, or null. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  return findDate(String(text).trim())?.iso ?? null;
}
