// A second speaker measure beside the shared quotes harness, run by `npm run eval`.
//
// The harness compares `speaker` with the gold mention as written ("White House press secretary
// Josh Earnest"), and counts a shorter answer right only when it is the mention's last word.
// Our contract answers with the resolved name ("Josh Earnest"), so most right answers score as
// wrong there. This measure counts an answer right when its words run inside the gold mention
// (or the mention inside the answer), or when it names the mention's surname (sameSpeaker);
// null counts wrong. Same quotes as the harness: gold quotes
// with a non-pronoun speaker, paired one-to-one with a prediction overlapping ≥ 50 % of them.
//
//   node scripts/eval-speaker-names.mjs DEV_DATA_DIR/quotes
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const PRONOUNS = new Set(
  'he she they i we you it him her them his hers their who which that me us'.split(' '),
);
const words = (s) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean)
    .join(' ');
// Gold offsets count code points; JavaScript strings count UTF-16 units.
const unitsOf = (text) => {
  const at = [];
  let u = 0;
  for (const ch of text) {
    at.push(u);
    u += ch.length;
  }
  at.push(u);
  return (cp) => at[Math.min(cp, at.length - 1)];
};

const TITLES = new Set(
  'mr mrs ms miss dr sen rep gov gen lt col sgt capt prof sir the president senator governor mayor judge'.split(
    ' ',
  ),
);
/**
 * Right when the answer's words run inside the mention (or the reverse), or when the answer's
 * last word (its surname) is a word of the mention and the word before it there, if any, is a
 * title, lower case, or the answer's own first name: "Lamar Alexander" for "Mr. Alexander" and
 * for "Alexander, the senator", not for "Jim Alexander".
 */
function sameSpeaker(said, gold, mention) {
  if (` ${gold} `.includes(` ${said} `) || ` ${said} `.includes(` ${gold} `)) return true;
  const answer = said.split(' ');
  const surname = answer.at(-1);
  const raw = mention.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const at = raw.findIndex((w) => words(w) === surname);
  if (at < 0) return false;
  const before = raw[at - 1];
  if (before === undefined || TITLES.has(words(before)) || !/^\p{Lu}/u.test(before)) return true;
  return answer.length > 1 && words(before) === answer.at(-2);
}

const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l)),
  );
const input = docs.map((d) => JSON.stringify({ id: d.doc_id, text: d.text })).join('\n');
const answers = new Map(
  execFileSync(process.execPath, ['bin/parallax.js', 'quotes', '--jsonl'], {
    input,
    maxBuffer: 1 << 28,
  })
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .map((a) => [String(a.id), a.quotes ?? []]),
);

let scored = 0;
let right = 0;
let none = 0;
for (const d of docs) {
  const cu = unitsOf(d.text);
  const preds = answers.get(String(d.doc_id)) ?? [];
  const gold = d.quotes.map((q) => ({ start: cu(q.start), end: cu(q.end), q }));
  const pairs = [];
  gold.forEach((g, gi) => {
    preds.forEach((p, pi) => {
      const o = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (o > 0 && o >= 0.5 * (g.end - g.start)) pairs.push({ gi, pi, o });
    });
  });
  pairs.sort((a, b) => b.o - a.o);
  const usedG = new Set();
  const usedP = new Set();
  for (const { gi, pi } of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    const { q } = gold[gi];
    const mention = q.speaker == null ? '' : String(q.speaker).trim();
    if (!mention || q.speaker_is_pronoun || PRONOUNS.has(mention.toLowerCase())) continue;
    scored++;
    const said = words(preds[pi].speaker);
    if (!said) none++;
    else if (sameSpeaker(said, words(mention), mention)) right++;
  }
}
const acc = scored ? right / scored : 0;
console.log(
  `speaker-names: ${acc.toFixed(3)} (${right}/${scored} resolved names naming the gold mention's speaker; ${none} null)`,
);
