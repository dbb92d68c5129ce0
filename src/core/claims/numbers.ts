/**
 * Number expressions as news writes them: "84", "1,200", "1.2 million", "$1.2bn", "£3m",
 * "three", "twenty-five", "a dozen", "50 percent", "12%", with a qualifier before them
 * ("at least", "nearly", "more than", "up to", …). Each is read into a value and the
 * interval of values the wording allows, so "nearly 80" and "80" agree and "at least 84"
 * and "77" do not.
 *
 * Left out on purpose: years ("in 2015"), ordinals ("53rd"), numbers inside words or codes
 * ("5G", "SB1070", "A380"), scores and ranges ("10 to 100 times"), clock times and dates
 * (times.ts reads those).
 */

export type Qualifier =
  | 'at least'
  | 'more than'
  | 'over'
  | 'nearly'
  | 'almost'
  | 'about'
  | 'around'
  | 'up to'
  | 'fewer than'
  | 'at most';

/** Qualifier words as written → the qualifier they mean. */
const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map([
  ['at least', 'at least'],
  ['no fewer than', 'at least'],
  ['no less than', 'at least'],
  ['upwards of', 'more than'],
  ['more than', 'more than'],
  ['over', 'over'],
  ['just over', 'over'],
  ['nearly', 'nearly'],
  ['almost', 'almost'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['about', 'about'],
  ['around', 'around'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['up to', 'up to'],
  ['as many as', 'up to'],
  ['fewer than', 'fewer than'],
  ['less than', 'fewer than'],
  ['under', 'fewer than'],
  ['at most', 'at most'],
]);

const UNITS = new Map<string, number>([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const SCALES = new Map<string, number>([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
]);
const CURRENCIES = new Map<string, string>([
  ['$', 'USD'],
  ['us$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
]);
const CURRENCY_WORDS = new Map<string, string>([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['pounds', 'GBP'],
  ['euros', 'EUR'],
  ['yuan', 'CNY'],
  ['yen', 'JPY'],
]);

export interface NumberExpression {
  /** Offsets of the whole expression, qualifier included (the Span rule). */
  readonly start: number;
  readonly end: number;
  /** Where the qualifier ends and the number begins (start when there is none). */
  readonly numberStart: number;
  readonly value: number;
  readonly qualifier: Qualifier | null;
  /** "USD", "percent", or null for a plain count. */
  readonly unit: string | null;
  /** Written in words ("three"), not digits. */
  readonly inWords: boolean;
  /** The step the figure was rounded to as written: 0 for "84" (exact), 0.1e9 for "$1.2bn", 1e6 for "11 million". */
  readonly precision: number;
}

const NUMBER_WORD = [
  ...UNITS.keys(),
  ...TENS.keys(),
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
].join('|');
const QUALIFIER_RE = [...QUALIFIERS.keys()].sort((a, b) => b.length - a.length).join('|');
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = String.raw`(?:a\s+(?=dozen|hundred))?(?:${NUMBER_WORD})(?:[-\s](?:${[...UNITS.keys()].join('|')}))?`;
const SCALE = String.raw`(?:\s?(?:hundred|thousand|million|billion|trillion)|(?:bn|mn|mln|tn|m|b|k)(?![\p{L}\d]))`;
const PERCENT = String.raw`(?:\s?%|\s(?:percent|per\s+cent)\b)`;

/**
 * (qualifier)? (currency)? (digits|words) (scale)? (percent | currency word)?
 * The number must not touch letters or digits on either side ("5G", "A380", "2-1").
 */
const EXPRESSION = new RegExp(
  String.raw`(?<![\p{L}\d.,:$£€¥-])(?:(?<q>${QUALIFIER_RE})\s+)?(?<cur>US\$|[$£€¥])?(?<num>${DIGITS}|${WORDS})(?<scale>${SCALE})?(?<pct>${PERCENT})?(?![\p{L}\d]|[.,]\d|-(?!year|a-|metre|meter|foot|feet|mile|km|kilomet|hour|minute|day|week|month|inch|tonne|ton\b))`,
  'giu',
);

function wordsValue(w: string): number | null {
  const s = w.toLowerCase().replace(/^a\s+/, '');
  if (s === 'dozen') return 12;
  if (/^(dozens|hundreds|thousands|millions)$/.test(s)) return null; // vague
  const [first, second] = s.split(/[-\s]/);
  const unit = UNITS.get(first!);
  if (unit !== undefined) return second ? null : unit;
  const ten = TENS.get(first!);
  if (ten === undefined) return null;
  if (!second) return ten;
  const u = UNITS.get(second);
  return u !== undefined && u > 0 && u < 10 ? ten + u : null;
}

export function findNumbers(text: string): NumberExpression[] {
  const out: NumberExpression[] = [];
  for (const m of text.matchAll(EXPRESSION)) {
    const g = m.groups!;
    const numText = g.num!;
    const inWords = !/^\d/.test(numText);
    let value = inWords ? wordsValue(numText) : Number(numText.replace(/,/g, ''));
    if (value === null || !Number.isFinite(value)) continue;
    const scaleWord = g.scale?.trim().toLowerCase();
    let cur = g.cur ? (CURRENCIES.get(g.cur.toLowerCase()) ?? null) : null;
    // "m", "b", "k" scale only a currency ("$5m"); "40m" alone is 40 metres, read by the caller
    const bareSuffix = scaleWord !== undefined && /^(m|b|k)$/.test(scaleWord) && !cur;
    const scale = scaleWord && !bareSuffix ? SCALES.get(scaleWord)! : 1;
    value = Number((value * scale).toPrecision(12));
    // a bare whole number is exact ("80" is not "77"); a decimal or a scaled figure is rounded
    const decimals = /\.(\d+)$/.exec(numText.replace(/,/g, ''))?.[1]?.length ?? 0;
    const precision = decimals ? 10 ** -decimals * scale : scale > 1 ? scale : 0;
    const start = m.index;
    let end = start + m[0].length - (bareSuffix ? g.scale!.length + (g.pct?.length ?? 0) : 0);
    if (bareSuffix && g.pct) continue;
    const qualifierText = g.q?.toLowerCase().replace(/\s+/g, ' ');
    const numberStart = qualifierText
      ? start + m[0].indexOf(numText, g.q!.length) - (g.cur?.length ?? 0)
      : start;
    let unit: string | null = cur ?? null;
    if (g.pct) unit = 'percent';
    // a whole-number percentage is rounded: "89 percent" and "90 percent" are one share
    const rounding = unit === 'percent' && !decimals ? 2 : precision;
    if (!unit) {
      const after = /^\s(dollars?|pounds|euros|yuan|yen)\b/i.exec(text.slice(end, end + 10));
      if (after) {
        cur = CURRENCY_WORDS.get(after[1]!.toLowerCase()) ?? null;
        unit = cur;
        end += after[0].length;
      }
    }
    if (!inWords && !unit && (!scaleWord || bareSuffix) && isYearOrCode(text, start, end, numText)) continue;
    out.push({
      start,
      end,
      numberStart,
      value,
      qualifier: qualifierText ? QUALIFIERS.get(qualifierText)! : null,
      unit,
      inWords,
      precision: rounding,
    });
  }
  return out;
}

/** A bare four-digit year, a number after a month or "No.", or part of a range or score. */
function isYearOrCode(text: string, start: number, end: number, digits: string): boolean {
  if (/^(1[89]|20)\d{2}$/.test(digits)) return true;
  const before = text.slice(Math.max(0, start - 12), start);
  if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$/.test(before)) return true;
  // a number that labels: "No. 10", "Vol. 1", "Flight 370", "Route 66", "Chapter 11", "Game 7"
  if (
    /\b(?:No|Nos|Vol|Flight|Route|Street|St|Highway|Chapter|Part|Episode|Season|Round|Game|Stage|Level|Page|Article|Section|Room|Gate|Terminal|Platform|Channel|Apollo|Windows|Formula|Air Force)\.?\s$/i.test(
      before,
    )
  )
    return true;
  if (/#\s?$/.test(before)) return true;
  const after = text.slice(end, end + 6);
  if (/^(?:st|nd|rd|th)\b/.test(after)) return true; // "53rd" is matched as 53 + "rd" only when split
  if (/^\s?(?:-|–|to)\s?\d/.test(after) || /\d\s?(?:-|–|to|and)\s?$/.test(before)) return true; // 10-100, 2-1, 10 to 100
  if (/^:\d/.test(after)) return true; // a clock time
  return false;
}

/**
 * The values a figure allows, as [low, high]: "at least 84" is [84, ∞), "nearly 80" is
 * [72, 80], "about 80" is [76, 84], and a figure allows its own rounding ("1.2 million"
 * is [1.15, 1.25] million, "$121 billion" [120.5, 121.5] billion); a bare whole number is
 * exact ("80" is [80, 80]: outlets that write 80 and 77 disagree).
 */
export function allowedRange(
  n: Pick<NumberExpression, 'value' | 'qualifier' | 'precision'>,
): [number, number] {
  const v = n.value;
  const half = n.precision / 2;
  switch (n.qualifier) {
    case 'at least':
    case 'more than':
    case 'over':
      return [v - half, Number.POSITIVE_INFINITY];
    case 'nearly':
    case 'almost':
      return [v * 0.9, v + half];
    case 'about':
    case 'around': {
      // one step of the figure's last significant digit: "about 80" is 70–90, "some 146" 145–147
      const step = Math.max(lastDigitPlace(v), v * 0.01, half);
      return [v - step, v + step];
    }
    case 'up to':
    case 'at most':
    case 'fewer than':
      return [0, v + half];
    default:
      return [v - half, v + half];
  }
}

/** The place value of a number's last significant digit: 80 → 10, 146e9 → 1e9, 4.3 → 0.1. */
function lastDigitPlace(v: number): number {
  if (!Number.isInteger(v)) {
    const decimals = (String(v).split('.')[1] ?? '').length;
    return 10 ** -Math.min(decimals, 6);
  }
  let place = 1;
  while (v !== 0 && v % (place * 10) === 0) place *= 10;
  return place;
}

/** Two figures that the wording of both allows to be the same number. */
export function consistent(
  a: Pick<NumberExpression, 'value' | 'qualifier' | 'precision'>,
  b: Pick<NumberExpression, 'value' | 'qualifier' | 'precision'>,
): boolean {
  const [al, ah] = allowedRange(a);
  const [bl, bh] = allowedRange(b);
  const eps = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  return al <= bh + eps && bl <= ah + eps;
}
