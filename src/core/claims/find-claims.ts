/**
 * Claims of one article: each figure (numbers.ts, times.ts) with what it counts or measures,
 * read from the words around it in its sentence.
 *
 * - A count's noun is the head of the words after the figure ("two New York City subway
 *   work trains" → trains), or the event the sentence reports for it when the figure counts
 *   people or nothing ("at least 84 people were killed", "killing 84" → killed). Casualty
 *   events are a short closed list (killed, injured, arrested, missing, …).
 * - Money is named by the nearest role word in its clause (offer, bid, deal, fine, …); a
 *   figure "a share" or "per share" says so.
 * - A person's age: "a 31-year-old", "aged 31", or "Name, 31,".
 * - A measure carries its unit (km, miles, minutes, …).
 * - The source is who the sentence attributes the figure to: "according to …", "… said".
 *
 * Figures that are neither (a bare "one" in "one of the", a number with no noun) are not
 * claims. The method is rules over the words next to the figure; what it cannot name it
 * leaves out, so a claim is seldom about the wrong thing.
 */
import { lexTags } from '../entities/lexicon';
import { sentences } from '../text/segment';
import type { Span } from '../types';
import { findDates } from './dates';
import { findNumbers, type NumberExpression } from './numbers';
import { findTimes } from './times';
import type { Claim } from './types';

/** Words that end a noun phrase after a figure. */
const STOP = new Set(
  `a an the and or but of in on at to from by with for as than that which who whom whose were was are is be been being
  have has had will would could should may might can did do does said says say told per each more most less fewer
  over under about after before since during into out up down off across against between among through while when
  where if his her their its our your my this these those it they he she we i you not no also only just still then
  there here so all some many much such what how why because although though until till whether either both every`.split(
    /\s+/,
  ),
);

/** Nouns that count people: a casualty figure may name them or not ("84 people killed", "84 killed"). */
const PEOPLE = new Set(
  `people persons person individuals civilians adults men women children kids boys girls babies infants teenagers
  students pupils passengers workers worker employees staff soldiers troops officers policemen police firefighters
  residents tourists visitors pilgrims migrants refugees immigrants victims fans spectators patients miners crew
  members protesters demonstrators militants fighters suspects others`.split(/\s+/),
);
const GENERIC_PEOPLE = new Set(['people', 'persons', 'person', 'individuals', 'others']);

/** Casualty and police events, each by the word stems that report it. */
const EVENTS: readonly (readonly [string, RegExp])[] = [
  [
    'killed',
    /^(?:kill(?:ed|ing|s)?|dead|died|dies|dying|death|deaths|fatalities|fatally|lives|perished|massacred)$/,
  ],
  ['injured', /^(?:injur(?:ed|ing|ies|y|es)|wounded|wounding|hurt|casualties)$/],
  ['arrested', /^(?:arrest(?:ed|s|ing)?|detained|detaining|held|custody)$/],
  ['missing', /^missing$/],
  ['evacuated', /^evacuat(?:ed|ion|ing)$/],
  ['rescued', /^rescu(?:ed|ing|e)$/],
  ['hospitalised', /^(?:hospitali[sz]ed|hospital)$/],
];

const MONEY_ROLES =
  /^(?:offer|bid|deal|acquisition|takeover|purchase|fine|penalty|charge|bill|cost|costs|price|revenue|revenues|sales|profit|profits|loss|losses|debt|tax|taxes|salary|fee|budget|valuation|value|settlement|damages|compensation|funding|investment|loan|bailout|award|prize|bonus|income|earnings|spending|aid|grant|ransom|bail)$/;

/**
 * Measure words → the base unit a figure is compared in and the factor to it: "130-foot" and
 * "40m" are one depth, "two days" and "48 hours" one wait.
 */
const MEASURES: ReadonlyMap<string, readonly [string, number]> = new Map(
  (
    [
      ['metres', 1, 'm metres meters metre meter'],
      ['metres', 1000, 'km kilometres kilometers kilometre kilometer'],
      ['metres', 1609.344, 'miles mile'],
      ['metres', 0.3048, 'feet foot ft'],
      ['metres', 0.0254, 'inches inch in'],
      ['kg', 1000, 'tonnes tons tonne ton'],
      ['kg', 1, 'kg kilograms kilos'],
      ['hours', 1 / 3600, 'seconds second'],
      ['hours', 1 / 60, 'minutes minute'],
      ['hours', 1, 'hours hour'],
      ['hours', 24, 'days day'],
      ['hours', 168, 'weeks week'],
      ['hours', 730.5, 'months month'],
      ['hours', 8766, 'years year'],
    ] as const
  ).flatMap(([unit, factor, words]) => words.split(' ').map((w) => [w, [unit, factor]] as const)),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Word extends Span {
  readonly w: string;
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD))
    out.push({ w: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * The claims of a text in reading order, the first `max` of them (a comparison reads only an
 * article's first figures: the rest is not looked at).
 */
export function findClaims(
  text: string,
  spans: readonly Span[] = sentences(text),
  max = Number.POSITIVE_INFINITY,
): Claim[] {
  // every figure, then each read in text order until `max` are claims
  const found: { start: number; claim: (sentence: Span) => Claim | null }[] = [
    ...findNumbers(text).map((n) => ({ start: n.start, claim: (s: Span) => claimOf(text, n, s) })),
    ...findTimes(text).map((t) => ({
      start: t.start,
      claim: (sentence: Span): Claim => {
        const event = eventNear(text, t, sentence);
        return {
          ...t,
          kind: 'time',
          what: event ? `time ${event}` : 'time',
          unit: 'minutes',
          per: null,
          source: sourceOf(text, sentence, t),
          sentence,
        };
      },
    })),
    ...findDates(text).map((d) => ({
      start: d.start,
      claim: (sentence: Span): Claim => ({
        ...d,
        what: d.kind,
        qualifier: null,
        precision: 0,
        unit: null,
        per: null,
        source: sourceOf(text, sentence, d),
        sentence,
      }),
    })),
  ].sort((a, b) => a.start - b.start);
  const out: Claim[] = [];
  for (const f of found) {
    if (out.length >= max) break;
    const claim = f.claim(sentenceAt(spans, f.start) ?? { start: 0, end: text.length });
    if (claim) out.push(claim);
  }
  return out;
}

/** The sentence holding `pos` (spans in text order), by binary search. */
function sentenceAt(spans: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function claimOf(text: string, n: NumberExpression, sentence: Span): Claim | null {
  const base = {
    start: n.start,
    end: n.end,
    value: n.value,
    qualifier: n.qualifier,
    precision: n.precision,
    sentence,
    source: null as string | null,
  };
  const before = text.slice(Math.max(sentence.start, n.numberStart - 24), n.numberStart);
  if (/\b(?:no|number|No\.?)\s$/i.test(before)) return null; // "no one", "number one"
  const after = wordsIn(text, n.end, Math.min(sentence.end, n.end + 80));
  const gap = (i: number) => text.slice(i === 0 ? n.end : after[i - 1]!.end, after[i]?.start ?? n.end);
  const per = perUnit(text, n.end);
  const withSource = (c: Omit<Claim, 'source'>): Claim => ({ ...c, source: sourceOf(text, sentence, n) });

  if (n.unit && n.unit !== 'percent')
    return withSource({ ...base, kind: 'money', unit: n.unit, per, what: moneyRole(text, n, sentence, per) });
  if (n.unit === 'percent')
    return withSource({
      ...base,
      kind: 'percent',
      unit: 'percent',
      per: null,
      what: percentOf(text, n, sentence),
    });

  // ages: "a 31-year-old", "aged 31", "Name, 31,"
  if (/^-year-old/.test(text.slice(n.end, n.end + 9)))
    return withSource({ ...base, end: n.end + 9, kind: 'age', unit: 'years', per: null, what: 'age' });
  if (/\baged\s$/i.test(before))
    return withSource({ ...base, kind: 'age', unit: 'years', per: null, what: 'age' });
  if (
    /\p{Lu}[\p{L}’'-]+,\s$/u.test(before) &&
    /^,/.test(text.slice(n.end)) &&
    !n.inWords &&
    n.value > 0 &&
    n.value < 110
  )
    return withSource({ ...base, kind: 'age', unit: 'years', per: null, what: 'age' });

  const first = after[0];
  const measure = first && /^[\s-]?$/.test(gap(0)) ? MEASURES.get(first.w.toLowerCase()) : undefined;
  // "m" and "in" only written against the figure ("40m"), never as the next word ("5 in the")
  if (measure && (!/^(m|in)$/i.test(first!.w) || gap(0) === '')) {
    const [unit, factor] = measure;
    // "two years ago" dates an event by the article's own date: not a measure
    if (unit === 'hours' && /^\s+ago\b/i.test(text.slice(first!.end, first!.end + 5))) return null;
    return withSource({
      ...base,
      // the unit is part of what a reader sees: "130-foot", "2 km"
      end: first!.end,
      value: Number((n.value * factor).toPrecision(12)),
      precision: n.precision * factor,
      ...(factor === 1 ? {} : { written: first!.w.toLowerCase() }),
      kind: 'measure',
      unit,
      per: null,
      what: measureWhat(unit),
    });
  }
  // a count: the head noun of the words right after the figure
  const noun = countedNoun(after, gap);
  const event = eventNear(text, n, sentence);
  // "one" alone is a pronoun ("to kill Bill, the same one"), not a count of the dead
  if (event && !noun && n.inWords && n.value === 1) return null;
  if (event && (!noun || PEOPLE.has(noun)))
    return withSource({
      ...base,
      kind: 'count',
      unit: null,
      per: null,
      event,
      what: !noun || GENERIC_PEOPLE.has(noun) ? event : `${noun} ${event}`,
    });
  if (!noun) return null;
  // a bare "one" with a noun is mostly an article-like "one" ("one of", "one MTA worker is"): kept only with an event
  if (n.value === 1 && n.inWords) return null;
  // more than one of a singular noun is a name or a label, not a count: "Chang'e 4 space mission", "Route 66 diner"
  if (n.value !== 1 && !isPlural(noun)) return null;
  return withSource({ ...base, kind: 'count', unit: null, per: null, what: noun });
}

/**
 * The head noun of the phrase after a figure: the words up to a stop word or punctuation,
 * cut before a verb or adverb that ends the phrase ("trains collided", "men overnight"; a
 * participle before a noun stays a modifier: "undocumented immigrants"), then its last
 * lower-case word.
 */
function countedNoun(after: readonly Word[], gap: (i: number) => string): string | null {
  const run: string[] = [];
  for (let i = 0; i < Math.min(after.length, 7); i++) {
    if (!/^\s+$/.test(gap(i)) && !(i === 0 && gap(0) === '')) break;
    const w = after[i]!.w;
    if (STOP.has(w.toLowerCase()) || /^\p{N}/u.test(w)) break;
    run.push(w);
  }
  let head: string | null = null;
  for (const [i, w] of run.entries()) {
    const lower = w.toLowerCase();
    const last = i === run.length - 1;
    if (i > 0 && last && endsPhrase(lower)) break;
    const bare = lower.replace(/['’]s?$/, '');
    if (/^\p{Ll}/u.test(w) && isNoun(bare)) head = bare;
  }
  return head;
}

const IRREGULAR_PLURALS = new Set(
  'people children men women police staff crew feet teeth mice geese cattle personnel media data troops'.split(
    ' ',
  ),
);
/** A plural noun by its form: "trains", "companies", "children"; not "mission", "bus", "crisis". */
function isPlural(w: string): boolean {
  return (
    IRREGULAR_PLURALS.has(w) ||
    (/[^su]s$/.test(w) && !/(?:ss|is)$/.test(w)) ||
    /(?:ies|ses|xes|ches|shes)$/.test(w)
  );
}

/** A verb or adverb form: "collided", "killing", "overnight", "quickly". */
function endsPhrase(w: string): boolean {
  if (PEOPLE.has(w)) return false;
  if (/(?:ed|ing|ly)$/.test(w)) return true;
  return lexTags(w).some((t) => VERB_OR_ADVERB.has(t));
}
const VERB_OR_ADVERB = new Set([
  'Adverb',
  'PastTense',
  'Gerund',
  'Copula',
  'Modal',
  'Date',
  'Infinitive',
  'Auxiliary',
]);

/** Not a word the lexicon knows only as an adjective, adverb or number word ("12 wide", "six later", "10 times"). */
function isNoun(w: string): boolean {
  if (w === 'times') return false;
  const tags = lexTags(w);
  return !tags.some((t) => NOT_NOUN.has(t));
}
const NOT_NOUN = new Set([
  'Adjective',
  'Comparative',
  'Superlative',
  'Adverb',
  'Date',
  'Fraction',
  'TextValue',
  'Value',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
]);
function perUnit(text: string, end: number): string | null {
  const m =
    /^(?:-a-|\s+(?:a|per|an)\s+(?:\p{Lu}[\p{L}]*\s+)?)(share|head|barrel|month|year|week|day|hour|person|gallon|ton|tonne)\b/iu.exec(
      text.slice(end, end + 30),
    );
  return m ? m[1]!.toLowerCase() : null;
}

function clauseWords(text: string, n: Span, sentence: Span, reach = 60): Word[] {
  return wordsIn(text, Math.max(sentence.start, n.start - reach), Math.min(sentence.end, n.end + reach));
}

/** The casualty event the words nearest the figure report. */
function eventNear(text: string, n: Span, sentence: Span): string | null {
  let best: { event: string; d: number } | null = null;
  for (const w of clauseWords(text, n, sentence, 50)) {
    const lower = w.w.toLowerCase();
    for (const [event, re] of EVENTS) {
      if (!re.test(lower)) continue;
      const d = w.start >= n.end ? w.start - n.end : n.start - w.end;
      if (!best || d < best.d) best = { event, d };
    }
  }
  return best?.event ?? null;
}

function nearestMatching(text: string, n: Span, sentence: Span, re: RegExp): string | null {
  let best: { w: string; d: number } | null = null;
  for (const w of clauseWords(text, n, sentence, 70)) {
    const lower = w.w.toLowerCase();
    if (!re.test(lower)) continue;
    const d = w.start >= n.end ? w.start - n.end : (n.start - w.end) * 1.5;
    if (!best || d < best.d) best = { w: lower, d };
  }
  return best?.w ?? null;
}

function moneyRole(text: string, n: Span, sentence: Span, per: string | null): string {
  // "shares fell 4.3 percent to $63.20", "stock closed at $65": a share price
  const before = text.slice(Math.max(sentence.start, n.start - 60), n.start);
  if (/\b(?:shares|stock)\b(?:[^.;]|\.\d)*\b(?:to|at)\s+$/i.test(before)) return 'share price';
  const role = nearestMatching(text, n, sentence, MONEY_ROLES)?.replace(/s$/, '') ?? 'amount';
  return per ? `${role} per ${per}` : role;
}

function percentOf(text: string, n: Span, sentence: Span): string {
  const of = /^\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(
    text.slice(n.end, n.end + 50),
  );
  if (of) {
    const ws = of[1]!.split(/\s+/).filter((w) => !STOP.has(w));
    if (ws.length) return `share of ${ws[ws.length - 1]}`;
  }
  return (
    nearestMatching(
      text,
      n,
      sentence,
      /^(?:premium|drop|fall|rise|increase|decrease|decline|gain|growth|stake|turnout|rate|inflation|unemployment|support|approval|margin|share|shares|cut|discount)$/,
    ) ?? 'percent'
  );
}

function measureWhat(unit: string): string {
  return unit === 'hours' ? 'duration' : unit === 'kg' ? 'weight' : 'distance';
}

const SOURCE_NOUNS =
  '(?:police|officials?|authorities|prosecutors?|ministry|government|spokesm[ae]n|spokeswom[ae]n|spokesperson|sources?|witnesses|investigators|company|agency|department|officers?)';

const NAME = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|${SOURCE_NOUNS}(?:\s+${SOURCE_NOUNS})?)`;
const SOURCE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`according to\s+(${NAME})`, 'gu'),
  new RegExp(
    String.raw`(${NAME})\s+(?:said|says|say|told|reported|announced|confirmed|estimated|estimates)\b`,
    'gu',
  ),
  // "…, said Smith." only at the clause's end: in "said Apple might drop" Apple is not the source
  new RegExp(String.raw`\b(?:said|says)\s+(${NAME})(?=\s*[.,;:]|$)`, 'gu'),
];
const NOT_SOURCE =
  /^(?:The|A|An|It|This|That|He|She|They|We|I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Earlier|Later|Officials)$/;

/** Who the figure's sentence attributes it to, when it says: "according to …", "… said". */
function sourceOf(text: string, sentence: Span, n: Span): string | null {
  const s = text.slice(sentence.start, sentence.end);
  const at = n.start - sentence.start;
  let best: { name: string; d: number } | null = null;
  for (const re of SOURCE_PATTERNS)
    for (const m of s.matchAll(re)) {
      const name = m[1]!
        .replace(/\s+/g, ' ')
        .replace(/[.,;:]+$/, '')
        .trim();
      if (NOT_SOURCE.test(name)) continue;
      const d = Math.abs(m.index - at);
      if (!best || d < best.d) best = { name, d };
    }
  return best ? best.name.replace(/^the\s+/i, 'the ') : null;
}
