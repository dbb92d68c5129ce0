/**
 * A deterministic corpus of N varied news articles for the search benchmark, derived from the
 * repository's seed articles (their sentences are the prose) and text written here (people,
 * places, organisations, topics, title patterns). Names are built from syllables, and some
 * sentences are drawn from a lexicon of rare and common words (generated-lexicon.ts), so the
 * vocabulary grows with the corpus as real news vocabularies do: tens of thousands of terms at
 * 10,000 articles. Articles come in stories of 2 to 6 articles from different outlets about one
 * event.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from '../core/random';
import { type ArticleId, articleId, type StoryId, storyId } from '../core/types';
import type { ArticleRecord, CorpusBundle } from '../schema/corpus';
import { SCHEMA_VERSION } from '../schema/corpus-files';
import type { IndexDoc } from '../search/engine/fields';
import { lexicon } from './generated-lexicon';

export interface GeneratedArticle {
  readonly id: ArticleId;
  readonly story: StoryId;
  readonly title: string;
  readonly outlet: string;
  readonly published: string;
  readonly speaker: string;
  readonly entities: readonly string[];
  readonly quote: string;
  readonly body: string;
}

const SYLLABLES = (
  'ka lo ren mi sha vel tor an dra bek ol ga nis pe tru ho vic ma zel en sky ar ta bri no sev ' +
  'lin dor fe ru cha mon gri at ul va de si ko pa zo re bal tin ur qui ne jo ha mar'
).split(' ');
const FIRST = (
  'Anna Boris Chen Dalia Emil Fatima Gustav Hana Ivan Jonas Kasia Luis Maya Nikolai Olena Pavel ' +
  'Rania Samir Tomas Ursula Viktor Wen Yara Zofia Marco Ingrid Kofi Leila Dmitri Sofia'
).split(' ');
const PLACES = (
  'Minsk Kyiv Odesa Kharkiv Warsaw Vilnius Riga Tallinn Berlin Vienna Prague Budapest Bucharest ' +
  'Sofia Athens Ankara Tbilisi Yerevan Baku Astana Tashkent Cairo Tunis Rabat Lagos Nairobi Accra ' +
  'Dakar Lima Quito Bogota Caracas Havana Manila Jakarta Hanoi Seoul Osaka Dhaka Karachi Lahore'
).split(' ');
const ORGS = [
  'Ministry of Energy',
  'Central Bank',
  'National Grid Agency',
  'Port Authority',
  'Supreme Court',
  'Health Ministry',
  'Election Commission',
  'Farmers Union',
  'Teachers Federation',
  'Red Cross',
  'World Bank',
  'United Nations',
  'European Commission',
  'Coast Guard',
  'Railway Company',
];
const TOPICS = [
  ['grain', 'harvest', 'export', 'corridor'],
  ['ferry', 'storm', 'harbour', 'crossing'],
  ['election', 'ballot', 'turnout', 'recount'],
  ['strike', 'wages', 'union', 'walkout'],
  ['drought', 'reservoir', 'rationing', 'wells'],
  ['ceasefire', 'talks', 'negotiations', 'truce'],
  ['flood', 'levee', 'evacuation', 'rainfall'],
  ['inflation', 'prices', 'interest', 'currency'],
  ['pipeline', 'gas', 'supply', 'tariff'],
  ['vaccine', 'clinic', 'outbreak', 'doses'],
  ['bridge', 'collapse', 'inspection', 'traffic'],
  ['satellite', 'launch', 'orbit', 'rocket'],
];
const TOPIC_WORDS = new Set(TOPICS.flat());
const OUTLETS = [
  'The Kyiv Independent',
  'Baltic Ledger',
  'Danube Daily',
  'Harbour Times',
  'Continental Wire',
  'Morning Courier',
  'The Plains Observer',
  'Atlas News',
  'Meridian Post',
  'Northern Herald',
];
// Real headlines run to about 65 characters (measured on real stories); these are as long.
const TITLE_PATTERNS = [
  (p: string, t: string, _s: string) => `${p} braces for ${t} as officials meet for a second day of talks`,
  (p: string, t: string, s: string) => `${s} warns the ${t} crisis in ${p} could deepen before winter`,
  (p: string, t: string, _s: string) =>
    `${t[0]!.toUpperCase()}${t.slice(1)} talks stall in ${p} after a night of bargaining`,
  (p: string, t: string, s: string) => `${s} says a ${t} deal is close, but ${p} is not yet convinced`,
  (p: string, t: string, _s: string) => `What the ${t} means for ${p}, and what comes next for its people`,
];

function seedSentences(): string[] {
  const dir = 'corpus/articles';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 8 && s.split(' ').length <= 40 && !/subscribe|member|@/i.test(s));
}

export function generateCorpus(n: number, seed = 7): GeneratedArticle[] {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const surname = () => {
    const k = 2 + Math.floor(r() * 2);
    let s = '';
    for (let i = 0; i < k; i++) s += pick(SYLLABLES);
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const prose = seedSentences();
  const words = lexicon(prose.flatMap((p) => p.split(/[^A-Za-z]+/)));
  const out: GeneratedArticle[] = [];
  let storyNo = 0;
  while (out.length < n) {
    const story = `story-${storyNo++}`;
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const lead = `${pick(FIRST)} ${surname()}`;
    const others = [`${pick(FIRST)} ${surname()}`, `${pick(FIRST)} ${surname()}`];
    const org = pick(ORGS);
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 2400) * 86_400_000);
    const said = `the ${topic[0]} situation in ${place} is ${pick(['serious', 'improving', 'stalemated', 'fragile', 'under control'])} and the ${org} will ${pick(['act', 'wait', 'review the figures', 'meet again next week'])}`;
    const size = Math.min(n - out.length, 2 + Math.floor(r() * 5));
    const outlets = [...OUTLETS].sort(() => r() - 0.5).slice(0, size);
    for (let k = 0; k < size; k++) {
      const published = new Date(day.getTime() + k * 3_600_000 * 5).toISOString().slice(0, 10);
      const title = pick(TITLE_PATTERNS)(place, pick(topic), lead.split(' ')[1]!);
      const quote = k % 2 ? said.replace(/\bthe\b/, 'this') : said;
      // A lead of two sentences (real first paragraphs run to about 190 characters), the quote,
      // then 14 to 31 paragraphs: about 2.5 KB of text, as real articles have.
      const paras: string[] = [
        `${lead}, who speaks for the ${org}, said on ${published} that ${topic.slice(0, 2).join(' and ')} in ${place} would shape the coming weeks. ` +
          `The ${org} has been under pressure over the ${topic[2]} since ${pick(['spring', 'the summer', 'last year', 'the vote', 'the storm'])}.`,
        `"${quote[0]!.toUpperCase()}${quote.slice(1)}," ${lead.split(' ')[1]} told reporters in ${place}.`,
      ];
      const len = 14 + Math.floor(r() * 18);
      // The article's entities are every name it mentions, as the analysis would find them.
      const named = new Set([lead, ...others, place, org]);
      for (let i = 0; i < len; i++) {
        if (r() < 0.45) {
          paras.push(pick(prose));
          continue;
        }
        if (r() < 0.15) {
          // A sentence of the lexicon's words (most common, some rare: the long tail).
          const n = 10 + Math.floor(r() * 12);
          const ws = Array.from({ length: n }, () => words.draw(r));
          paras.push(`${ws[0]![0]!.toUpperCase()}${ws.join(' ').slice(1)}.`);
          continue;
        }
        const [who, body, where] = [pick(others), pick(ORGS), pick(PLACES)];
        named.add(body).add(where);
        paras.push(
          `${who} of the ${body} said the ${pick(topic)} in ${where} had ${pick(['worsened', 'eased', 'drawn crowds', 'cost millions', 'divided neighbours', 'surprised analysts'])} since ${pick(['spring', 'the summer', 'last year', 'the vote', 'the storm'])}.`,
        );
      }
      out.push({
        id: articleId(`a${out.length}`),
        story: storyId(story),
        title,
        outlet: outlets[k]!,
        published,
        speaker: lead,
        entities: [...named],
        quote,
        body: paras.join('\n\n'),
      });
    }
  }
  return out;
}

export const toIndexDoc = (a: GeneratedArticle): IndexDoc => ({
  id: a.id,
  story: a.story,
  published: a.published,
  outlet: a.outlet,
  fields: {
    title: a.title,
    speaker: a.speaker,
    entity: a.entities.join(' · '),
    quote: a.quote,
    outlet: a.outlet,
    body: a.body,
  },
});

/** A typo a reader makes: a letter dropped, doubled, swapped with its neighbour, or replaced. */
export function typo(word: string, r: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1]! + word[i] + word.slice(i + 2);
    default:
      return `${word.slice(0, i)}${'aeiou'[Math.floor(r() * 5)]}${word.slice(i + 1)}`;
  }
}

/** Queries with a known target article: its lead's surname (often with a typo) plus a title word. */
export function knownQueries(corpus: readonly GeneratedArticle[], count: number, seed = 11) {
  const r = seeded(seed);
  const qs: { query: string; target: string }[] = [];
  for (let i = 0; i < count; i++) {
    const a = corpus[Math.floor(r() * corpus.length)]!;
    const surname = a.speaker.split(' ')[1]!.toLowerCase();
    // The title's place or topic word, whichever comes last.
    const titleWord = a.title
      .split(' ')
      .map((w) => w.replace(/[^\p{L}]/gu, ''))
      .filter((w) => PLACES.includes(w) || TOPIC_WORDS.has(w.toLowerCase()))
      .at(-1)!;
    const withTypo = i % 3 === 2 ? surname : typo(surname, r);
    qs.push({ query: `${withTypo} ${titleWord.toLowerCase()}`, target: a.id });
  }
  return qs;
}

/**
 * The generated articles as a corpus the app reads (src/corpus/build/split-corpus.ts makes its
 * files): paragraphs from the blank lines, the quote and the names located in the text, one
 * story per generated story. For the browser test and bench at scale.
 */
export function toCorpusBundle(articles: readonly GeneratedArticle[]): CorpusBundle {
  const records: ArticleRecord[] = articles.map((a) => {
    const paragraphs: { kind: 'body'; start: number; end: number }[] = [];
    for (let start = 0; start < a.body.length; ) {
      const end = a.body.indexOf('\n\n', start);
      const stop = end < 0 ? a.body.length : end;
      paragraphs.push({ kind: 'body', start, end: stop });
      start = stop + 2;
    }
    const at = a.body.indexOf(a.quote.slice(1));
    // The first three names are people; the rest places and organisations.
    const typed = a.entities.map(
      (name, i) => [name, i < 3 ? 'PER' : PLACES.includes(name) ? 'LOC' : 'ORG'] as const,
    );
    return {
      id: a.id,
      source: { file: `${a.id}.txt`, format: 'txt', sha256: '' },
      title: a.title,
      titleDerived: false,
      byline: null,
      outlet: a.outlet,
      published: a.published,
      section: null,
      body: a.body,
      paragraphs,
      removed: [],
      analysis: {
        quotes:
          at < 0 ? [] : [{ start: at - 1, end: at + a.quote.length - 1, speaker: a.speaker, kind: 'direct' }],
        entities: typed.flatMap(([name, type]) => {
          const i = name ? a.body.indexOf(name) : -1;
          return i < 0 || !name ? [] : [{ start: i, end: i + name.length, type, name }];
        }),
      },
    };
  });
  const stories = new Map<string, ArticleRecord[]>();
  for (const [i, a] of articles.entries()) {
    const list = stories.get(a.story) ?? [];
    list.push(records[i]!);
    stories.set(a.story, list);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'src/testing/generated-corpus.ts',
    builtAt: '2026-01-01T00:00:00Z',
    inputsHash: `generated-${articles.length}`,
    articles: records,
    stories: [...stories].map(([id, members]) => ({
      id: storyId(id),
      title: members[0]!.title,
      articleIds: members.map((m) => m.id),
      outlets: [...new Set(members.map((m) => m.outlet!))],
      firstPublished: members[0]!.published,
      lastPublished: members.at(-1)!.published,
      sharedNames: [],
    })),
  };
}
