/**
 * A two-article story of about 2,000 words per article for the browser benchmark
 * (bench/story-view.mjs). Each article is one of the seeds in corpus/articles/ (their real
 * text, the Lukashenko quote included) with connective paragraphs woven in: a few passages
 * both articles carry (wire copy, a shared analyst quote) and generated paragraphs that only
 * one of them has. Every sentence of the added text is written here; a seeded generator
 * combines the pieces, so the fixture is the same on every run.
 *
 *   buildStoryFixture(root) → { dir, outDir (the corpus files), storyId, articles: [{ id, words }] }
 *   buildSixStory(root)     → the same for six tellings of about 1,000 words (four cut from the two)
 *   buildSeedCorpus(root)   → the two seeds on their own, ingested the same way (a baseline)
 *
 * `node bench/story-fixture.mjs` builds both and prints where they are.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_WORDS = 2000;
export const words = (s) => s.split(/\s+/).filter(Boolean).length;

/** mulberry32: a small deterministic generator, so the fixture never changes between runs. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- Text both articles carry (as wire copy would be) ---------------------------------------

const SHARED = {
  wire: [
    'The remarks were released as a video on the website of BelTA, the Belarusian state news agency, on Sunday. Neither the Kremlin nor the government in Kyiv responded to them directly by the evening.',
    'Belarus has hosted Russian troops since early 2022 and took part in joint manoeuvres with Russia in the months before the invasion. Minsk insists that its own army has not crossed into Ukraine.',
    'Ukraine has repeatedly said that any talks would have to begin with the withdrawal of Russian forces from its territory, a condition that Moscow rejects.',
  ],
  /** Quoted in both, with small differences of wording: a second quote group beside Lukashenko's. */
  analyst: [
    '“Minsk wants to be seen as a possible venue for talks again, as it was in 2014 and 2015, but nobody in Kyiv will accept a mediator who lent his territory to the invasion,” said Irena Waszkiewicz, an analyst at the Baltic Policy Institute in Vilnius.',
    '"Minsk wants to be seen as a venue for talks again, as it was in 2014 and 2015, but no one in Kyiv will accept a mediator who lent his territory to the invasion," said Irena Waszkiewicz, an analyst with the Baltic Policy Institute in Vilnius.',
  ],
};

// ---- Pieces for the passages only one article has --------------------------------------------

const POOLS = {
  // The seed from a German regional outlet: Belarus, its ruler and his dependence on Moscow.
  a: {
    openers: [
      'Observers in Minsk point out that',
      'According to diplomats in Vilnius,',
      'Seen from Warsaw,',
      'For the leadership in Minsk,',
      'In the view of Western officials,',
      'Behind the scenes,',
      'Officially at least,',
      'Since the disputed presidential election of 2020,',
      'As the state media in Minsk tell it,',
      'Not for the first time,',
    ],
    subjects: [
      'Lukashenko',
      'the Belarusian ruler',
      'the government in Minsk',
      'the long-time head of state',
      'the security apparatus in Belarus',
      'the Belarusian foreign ministry',
      'the ally of the Kremlin',
      'the man who has ruled Belarus since 1994',
    ],
    predicates: [
      'has tied the survival of his system ever more closely to Moscow',
      'has kept army units on alert along the border with Ukraine',
      'has tried to present himself as a peacemaker without breaking with Putin',
      'depends on discounted Russian gas and on loans from Moscow',
      'has answered European sanctions by sending more trade east',
      'has used the joint exercises with Russia as a message to NATO',
      'has avoided sending Belarusian soldiers into the war',
      'has hinted at a role as host of future negotiations',
      'has praised the close relationship with the Russian president in almost every speech',
      'has treated the exiled opposition as a security threat',
      'has warned neighbouring Poland and Lithuania against provocations at the border',
      'has welcomed Russian officials in Minsk more often than any other foreign guests',
    ],
    tails: [
      ', a pattern that has repeated itself since 2020.',
      ', even if the details remain unclear.',
      ', as independent Belarusian media reported.',
      ', which the Kremlin has not commented on.',
      '; a change of course is not in sight.',
      ', according to people familiar with the talks.',
      ' and has done so for years.',
      ', at least in public.',
      '.',
      '.',
    ],
    quotes: [
      [
        'He needs Moscow more than Moscow needs him, and everything he says about peace has to be read with that in mind',
        'Tomasz Wierzbicki, a historian of the region in Lublin',
      ],
      [
        'The word stalemate is not an analysis, it is an offer, and the first audience for that offer sits in the Kremlin',
        'Agnė Stankevičiūtė, who advises a parliamentary committee in Vilnius',
      ],
      [
        'Every time the front stops moving, Minsk discovers its love of diplomacy',
        'a Western diplomat who asked not to be named',
      ],
    ],
    headings: [
      'Minsk and Moscow: a dependence that has grown since 2020',
      'Joint exercises and a message to the West',
      'Sanctions push Belarusian trade eastwards',
      'Opposition in exile sees a manoeuvre',
      'What Lukashenko stands to gain from talks',
      'Reactions in Warsaw and Vilnius',
    ],
  },
  // The seed from a Kyiv outlet: the Malta meeting, the peace plan and the front.
  b: {
    openers: [
      'Officials in Kyiv said that',
      'According to participants of the meeting,',
      'On the front line,',
      'In Odesa,',
      'For the Ukrainian delegation,',
      'Earlier this month,',
      'Speaking on condition of anonymity, a Ukrainian official said that',
      'As the talks in Valletta ended,',
      'Meanwhile,',
      'By the end of the week,',
    ],
    subjects: [
      'the Ukrainian delegation',
      'the national security advisers',
      'the representatives of 66 countries',
      'the Ukrainian military',
      'the General Staff in Kyiv',
      'the hosts in Malta',
      'the Ukrainian foreign ministry',
      'the grain exporters in Odesa',
    ],
    predicates: [
      'discussed food security, nuclear safety and the return of deported children',
      'called the meeting a step towards a global peace summit',
      'reported heavy fighting near Avdiivka and along the Zaporizhzhia front',
      'said the new shipping route in the Black Sea was working despite the attacks',
      'urged partners to send more air defence systems before winter',
      'insisted that only a full withdrawal of Russian troops would end the war',
      'invited countries of the Global South to the next round of consultations',
      'counted more ships leaving the ports than in any month since the summer',
      'described the statements from Minsk as propaganda',
      'prepared a joint communiqué on the principles of the UN Charter',
      'noted that neither China nor Brazil had confirmed their attendance',
      'said that the winter would test the energy system again',
    ],
    tails: [
      ', according to a statement published after the meeting.',
      ', the Kyiv Independent was told.',
      ', two participants confirmed.',
      ' on Saturday.',
      ' on Sunday.',
      ', although no final document was signed.',
      '.',
      '.',
    ],
    quotes: [
      [
        'Malta showed that the circle of countries who talk to us about peace on our terms is growing, not shrinking',
        'Mykola Derkach, a researcher at a foreign policy think tank in Kyiv',
      ],
      [
        'When Minsk speaks about negotiations, we hear Moscow testing the water',
        'a senior Ukrainian diplomat',
      ],
      [
        'Nobody here believes that a ceasefire now would be anything other than a pause for Russia to rearm',
        'Olha Tkachenko, a volunteer who supplies units near Avdiivka',
      ],
    ],
    headings: [
      'What was agreed in Malta',
      'The fighting around Avdiivka',
      'The Black Sea corridor',
      'Kyiv rejects talks on Moscow’s terms',
      'Preparing for winter',
    ],
  },
};

function generator(pool, seed) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  let lastPredicate = '';
  let quote = 0;
  let heading = 0;
  const sentence = () => {
    let p = pick(pool.predicates);
    while (p === lastPredicate) p = pick(pool.predicates);
    lastPredicate = p;
    const s = `${rand() < 0.45 ? `${pick(pool.openers)} ` : ''}${pick(pool.subjects)} ${p}${pick(pool.tails)}`;
    return s[0].toUpperCase() + s.slice(1);
  };
  return {
    paragraph() {
      const n = 3 + Math.floor(rand() * 3);
      const ss = Array.from({ length: n }, sentence);
      // Every third paragraph or so quotes someone (invented people, invented words).
      if (rand() < 0.35) {
        const [q, who] = pool.quotes[quote++ % pool.quotes.length];
        ss.splice(1 + Math.floor(rand() * (n - 1)), 0, `“${q},” said ${who}.`);
      }
      return ss.join(' ');
    },
    heading: () => pool.headings[heading++ % pool.headings.length],
  };
}

/** Splits a seed into its blank-line separated blocks and finds the block a pattern starts. */
function blocksOf(text) {
  return text.split(/\n[ \t]*\n/);
}
function indexOf(blocks, re, seed) {
  const i = blocks.findIndex((b) => re.test(b.trim()));
  if (i < 0) throw new Error(`story fixture: ${seed} no longer has a block matching ${re}`);
  return i;
}

/**
 * Inserts `extra` (block lists, one per anchor) after each anchor block, then fills the
 * insertion points round-robin with generated paragraphs until the article body has about
 * TARGET_WORDS words. `bodyOf` returns the part of the text that is the article (the seeds'
 * page furniture does not count).
 */
function weave(blocks, anchors, extra, gen, bodyOf) {
  const inserts = anchors.map((_, i) => [...(extra[i] ?? [])]);
  const assemble = () => {
    const out = [];
    blocks.forEach((b, i) => {
      out.push(b);
      const k = anchors.indexOf(i);
      if (k >= 0) out.push(...inserts[k]);
    });
    return out.join('\n\n');
  };
  for (let round = 0; words(bodyOf(assemble())) < TARGET_WORDS; round++) {
    const k = round % anchors.length;
    if (round >= anchors.length && round % (anchors.length * 2) === k && inserts[k].length)
      inserts[k].push(gen.heading());
    inserts[k].push(gen.paragraph());
  }
  return assemble();
}

function seeds(root) {
  const dir = join(root, 'corpus', 'articles');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const find = (prefix) => {
    const f = files.find((x) => x.startsWith(prefix));
    if (!f) throw new Error(`story fixture: no seed ${prefix}_*.txt in corpus/articles`);
    return { file: f, path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') };
  };
  return { a: find('000'), b: find('003') };
}

/** The two fixture articles as text, with their sidecar metadata. Deterministic. */
export function storyFixtureTexts(root) {
  const s = seeds(root);

  // A: the German seed (standard paragraphs, the quote translated as "seriously deadlocked").
  const a = blocksOf(s.a.text);
  const aAnchors = [
    indexOf(a, /^The authoritarian head of state/, s.a.file),
    indexOf(a, /^He said: /, s.a.file),
    indexOf(a, /^Russian forces continued to advance/, s.a.file),
    indexOf(a, /^Lukashenko, who made his country available/, s.a.file),
    indexOf(a, /^During a meeting with Russian Foreign Minister/, s.a.file),
    a.length - 1,
  ];
  const textA = weave(
    a,
    aAnchors,
    [
      [SHARED.wire[0]],
      [SHARED.analyst[0]],
      [
        // From the Kyiv seed, retold: a passage the two articles share.
        'Lukashenko’s comments come amid Ukraine’s peace plan talks that kicked off in Malta on Oct. 28, with the participation of 66 countries. Russia and Belarus did not take part.',
      ],
      [SHARED.wire[1]],
      [SHARED.wire[2]],
    ],
    generator(POOLS.a, 0xa11ce),
    (t) => t.slice(t.indexOf('Minsk –')),
  );

  // B: the Kyiv seed (page furniture around it, the quote translated as "seriously stalemated").
  const b = blocksOf(s.b.text);
  const bAnchors = [
    indexOf(b, /^Lukashenko, who allowed his country/, s.b.file),
    indexOf(b, /^Lukashenko's comments come amid/, s.b.file),
    indexOf(b, /^"We can see now/, s.b.file),
    indexOf(b, /^The two-day meeting/, s.b.file),
  ];
  const bodyEnd = (t) => t.indexOf('\n\nIs Ukraine’s new Black Sea corridor');
  const textB = weave(
    b,
    bAnchors,
    [
      [SHARED.wire[0], SHARED.wire[1]],
      [
        // From the German seed, retold: the other shared passage.
        'Russian forces continued to advance near the devastated Donetsk city of Avdiivka this week, suffering heavy casualties, the White House said. The front line has barely moved over the past year.',
        SHARED.analyst[1],
      ],
      [SHARED.wire[2]],
    ],
    generator(POOLS.b, 0xb0b),
    (t) => t.slice(t.indexOf('Belarusian dictator Alexander Lukashenko said'), bodyEnd(t)),
  );

  return [
    {
      name: 'bench-a-lukashenko-stalemate',
      text: textA,
      meta: {
        title: 'The Belarusian ruler Alexander Lukashenko wants negotiations to end the war in Ukraine',
        byline: 'Maximilian Kurz',
        outlet: 'Bench Regional (DE)',
        published: '2023-10-29',
        section: 'Politics',
      },
    },
    {
      name: 'bench-b-lukashenko-urges-talks',
      text: textB,
      meta: {
        title: 'Lukashenko urges talks between Russia, Ukraine',
        byline: 'Olena Goncharova',
        outlet: 'The Kyiv Independent',
        published: '2023-10-29T07:28',
      },
    },
  ];
}

function ingest(root, inputs, outDir) {
  execFileSync(process.execPath, [join(root, 'bin', 'parallax.js'), 'ingest', ...inputs, '--out', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The corpus files (src/schema/corpus-files.ts): every shard read back into one corpus.
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const corpus = { articles: [], stories: [] };
  // a story larger than a shard has its articles in parts (manifest.shardParts), in the shard format
  for (const { file } of [...manifest.shards, ...(manifest.shardParts ?? [])]) {
    const shard = JSON.parse(readFileSync(join(outDir, file), 'utf8'));
    corpus.articles.push(...shard.articles);
    corpus.stories.push(...shard.stories);
  }
  return { corpus };
}

/** The two fixture articles and four more tellings made from them: a story of six outlets. */
export function sixStoryTexts(root) {
  const [a, b] = storyFixtureTexts(root);
  const blocks = (t) => t.text.split(/\n\s*\n/).filter((x) => x.trim());
  const A = blocks(a);
  const B = blocks(b);
  /** Paragraphs up to about `max` words. */
  const upTo = (paras, max) => {
    const out = [];
    let n = 0;
    for (const p of paras) {
      if (n + words(p) > max && out.length) break;
      out.push(p);
      n += words(p);
    }
    return out.join('\n\n');
  };
  const half = (xs, from, to) => xs.slice(Math.floor(xs.length * from), Math.ceil(xs.length * to));
  const tellings = [
    [
      'c-wire',
      'Bench Wire Service',
      'Belarus leader says war in Ukraine has reached a deadlock',
      '2023-10-29T11:05',
      [...half(A, 0, 0.5), ...half(B, 0, 0.2)],
    ],
    [
      'd-daily',
      'Bench Daily Courier',
      'Lukashenko calls for negotiations as fighting stalls in eastern Ukraine',
      '2023-10-29T15:40',
      [...half(B, 0.1, 0.6), ...half(A, 0.7, 0.8)],
    ],
    [
      'e-abendblatt',
      'Bench Abendblatt',
      'Minsk offers itself as a venue for talks between Moscow and Kyiv',
      '2023-10-30T08:15',
      [...half(A, 0.3, 0.9)],
    ],
    [
      'f-gazette',
      'Bench Evening Gazette',
      'Putin ally urges Russia and Ukraine to sit down and talk',
      '2023-10-30T18:30',
      [...half(B, 0.4, 1), ...half(A, 0.1, 0.2)],
    ],
  ];
  return [
    { ...a, text: upTo(A, 1000) },
    { ...b, text: upTo(B, 1000) },
    ...tellings.map(([name, outlet, title, published, paras]) => ({
      name: `bench-${name}`,
      text: upTo(paras, 1000),
      meta: { title, outlet, published },
    })),
  ];
}

/**
 * Writes the given fixture texts (`[{name, text, meta}]`) into a temp dir, ingests them, and
 * checks they form one story.
 */
export function buildFixture(texts, prefix) {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(base, 'articles');
  const outDir = join(base, 'corpus');
  mkdirSync(dir, { recursive: true });
  for (const t of texts) {
    writeFileSync(join(dir, `${t.name}.txt`), t.text);
    writeFileSync(join(dir, `${t.name}.meta.json`), `${JSON.stringify(t.meta, null, 2)}\n`);
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { corpus } = ingest(root, [dir], outDir);
  const ids = texts.map((t) => t.name);
  const story = corpus.stories.find((s) => ids.every((id) => s.articleIds.includes(id)));
  if (!story)
    throw new Error(
      `story fixture: the articles did not land in one story (stories: ${JSON.stringify(corpus.stories.map((s) => s.articleIds))})`,
    );
  const articles = ids.map((id) => {
    const a = corpus.articles.find((x) => x.id === id);
    return { id, words: words(a.body), paragraphs: a.paragraphs.length };
  });
  return { dir, outDir, storyId: story.id, articles, links: linkCounts(story) };
}

/** The two-article fixture, ingested. */
export const buildStoryFixture = (root) => buildFixture(storyFixtureTexts(root), 'parallax-bench-');
/** The six-article fixture, ingested. */
export const buildSixStory = (root) => buildFixture(sixStoryTexts(root), 'parallax-six-');

/** The two seeds as they are, ingested the same way: the small story the benchmark compares with. */
export function buildSeedCorpus(root) {
  const s = seeds(root);
  const outDir = join(mkdtempSync(join(tmpdir(), 'parallax-bench-seeds-')), 'corpus');
  const { corpus } = ingest(root, [s.a.path, s.b.path], outDir);
  const story = corpus.stories.find((x) => x.articleIds.length === 2);
  if (!story) throw new Error('story fixture: the two seeds did not land in one story');
  const articles = corpus.articles.map((a) => ({
    id: a.id,
    words: words(a.body),
    paragraphs: a.paragraphs.length,
  }));
  return { outDir, storyId: story.id, articles, links: linkCounts(story) };
}

const linkCounts = (story) => ({
  quoteGroups: story.links.quoteGroups.length,
  passages: story.links.passages.length,
  entityGroups: story.links.entityGroups.length,
});

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const f = buildStoryFixture(root);
  const six = buildSixStory(root);
  const b = buildSeedCorpus(root);
  console.log(JSON.stringify({ fixture: f, six, seeds: b }, null, 2));
}
