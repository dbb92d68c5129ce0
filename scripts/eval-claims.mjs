// `npm run eval:claims`: scores the claim groups of `parallax compare` ("Where they differ")
// against the hand-annotated gold set in evals/claims/gold.json, over the dev stories beside
// the checkout (PARALLAX_DEV_DATA, or ../shared/dev-data). The gold holds article ids, offsets
// and values only; the text comes from the stories folder.
//
// A predicted member matches a gold member of the same article when their spans overlap; a
// predicted group matches a gold group when at least two of its members do (one aligned pair).
//   differences: precision = predicted differences matching a gold difference / predicted
//                recall    = gold differences matched by a predicted difference / gold
//   shared facts: the same with kind "shared"
// A predicted group matching no gold group counts against precision: the gold was meant to
// hold every figure two articles share, so an unmatched group is a figure read wrongly or a
// pair aligned wrongly (printed with --errors to check by eye).
// The stories are split in two by a hash of their id, "tune" and "check", and both halves'
// figures are printed, so that later tuning can keep one half aside. (The first rules were
// written looking at the errors of all 25 stories: every figure here is a dev figure.)
//
//   node scripts/eval-claims.mjs [--errors] [--stories DIR] [--gold FILE] [--json FILE]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const showErrors = args.includes('--errors');
const storiesDir =
  opt('--stories') ?? join(process.env.PARALLAX_DEV_DATA ?? resolve('..', 'shared', 'dev-data'), 'stories');
const goldFile = opt('--gold') ?? 'evals/claims/gold.json';
if (!existsSync(storiesDir)) {
  console.log(`claims: no stories at ${storiesDir} (set PARALLAX_DEV_DATA); nothing scored`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
const goldOf = new Map(gold.stories.map((s) => [s.story, s.groups]));
const stories = readdirSync(storiesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(storiesDir, f), 'utf8')))
  .filter((s) => goldOf.has(s.story_id));

const input = stories
  .map((s) =>
    JSON.stringify({
      id: s.story_id,
      articles: s.articles.map((a) => ({
        id: a.id,
        text: a.text,
        title: a.title,
        outlet: a.outlet,
        date: a.date,
      })),
    }),
  )
  .join('\n');
const lines = execFileSync(process.execPath, ['bin/parallax.js', 'compare', '--jsonl'], {
  input,
  maxBuffer: 1 << 28,
  stdio: ['pipe', 'pipe', 'ignore'],
})
  .toString()
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

const half = (id) => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'tune' : 'check');
const overlaps = (a, b) => a.article === b.article && a.start < b.end && b.start < a.end;
// The gold's value in the compared form of a predicted group: numbers as they are (signs
// dropped: "fell 1.5 percent" is 1.5), "HH:MM" as minutes, an ISO date as month × 100 + day or,
// for a weekday claim, its weekday (1 Monday … 7 Sunday).
function goldValue(v, claimKind) {
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v !== 'string') return null;
  const t = /^(\d{1,2}):(\d{2})$/.exec(v);
  if (t) return Number(t[1]) * 60 + Number(t[2]);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (d)
    return claimKind === 'day'
      ? ((new Date(`${v}T12:00:00Z`).getUTCDay() + 6) % 7) + 1
      : Number(d[2]) * 100 + Number(d[3]);
  return null;
}
const sameValue = (a, b) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)) || Math.abs(a - b) <= 0.011 * Math.abs(b);
// A predicted member is a gold member when it is the same mention (spans overlap) or the same
// figure in the same article (the gold records an article's first clear mention; the lede and
// the body give one figure twice).
const memberMatch = (p, m, x) =>
  overlaps(m, x) ||
  (m.article === x.article &&
    goldValue(x.value, p.claimKind) !== null &&
    sameValue(m.value, goldValue(x.value, p.claimKind)));
const matches = (p, g) => p.members.filter((m) => g.members.some((x) => memberMatch(p, m, x))).length >= 2;

const tally = () => ({
  predDiff: 0,
  okDiff: 0,
  goldDiff: 0,
  foundDiff: 0,
  predShared: 0,
  okShared: 0,
  goldShared: 0,
  foundShared: 0,
});
const totals = { all: tally(), tune: tally(), check: tally() };
const errors = [];
const byKind = new Map(); // claimKind → {shared: [ok, predicted], difference: [ok, predicted]}
for (const [i, s] of stories.entries()) {
  const out = lines[i];
  const predicted = out?.claims ?? [];
  const golds = goldOf.get(s.story_id);
  const text = new Map(s.articles.map((a) => [a.id, a.text]));
  const outlet = new Map(s.articles.map((a) => [a.id, a.outlet]));
  const show = (g) =>
    g.members
      .map(
        (m) =>
          `${JSON.stringify((text.get(m.article) ?? '').slice(m.start, m.end))} (${outlet.get(m.article)})`,
      )
      .join(' · ');
  for (const t of [totals.all, totals[half(s.story_id)]]) {
    for (const p of predicted) {
      const hit = golds.find((g) => g.kind === p.kind && matches(p, g));
      if (p.kind === 'difference') {
        t.predDiff++;
        if (hit) t.okDiff++;
      } else {
        t.predShared++;
        if (hit) t.okShared++;
      }
      if (t === totals.all) {
        const k = byKind.get(p.claimKind) ?? { shared: [0, 0], difference: [0, 0] };
        k[p.kind][1]++;
        if (hit) k[p.kind][0]++;
        byKind.set(p.claimKind, k);
      }
      if (!hit && t === totals.all) {
        const other = golds.find((g) => matches(p, g));
        errors.push(
          `${s.story_id.slice(0, 28)} predicted ${p.kind} "${p.what}": ${show(p)}${other ? ` — gold says ${other.kind}` : ' — not in the gold'}`,
        );
      }
    }
    for (const g of golds) {
      const found = predicted.some((p) => p.kind === g.kind && matches(p, g));
      if (g.kind === 'difference') {
        t.goldDiff++;
        if (found) t.foundDiff++;
      } else {
        t.goldShared++;
        if (found) t.foundShared++;
      }
      if (!found && t === totals.all && g.kind === 'difference')
        errors.push(`${s.story_id.slice(0, 28)} missed difference "${g.what}": ${show(g)}`);
    }
  }
}
const f = (n, d) => (d ? (n / d).toFixed(3) : 'n/a');
const line = (name, t) =>
  `${name.padEnd(6)} differences P ${f(t.okDiff, t.predDiff)} (${t.okDiff}/${t.predDiff}) R ${f(t.foundDiff, t.goldDiff)} (${t.foundDiff}/${t.goldDiff}) · shared P ${f(t.okShared, t.predShared)} (${t.okShared}/${t.predShared}) R ${f(t.foundShared, t.goldShared)} (${t.foundShared}/${t.goldShared})`;
if (showErrors) for (const e of errors) console.log(e);
console.log(
  `by kind (right/predicted): ${[...byKind]
    .map(
      ([k, v]) =>
        `${k} shared ${v.shared[0]}/${v.shared[1]}, differences ${v.difference[0]}/${v.difference[1]}`,
    )
    .join('; ')}`,
);
console.log(line('tune', totals.tune));
console.log(line('check', totals.check));
console.log(
  `claims: ${line('all', totals.all).slice(7)} (dev set: ${stories.length} stories, hand-annotated here)`,
);
const json = opt('--json');
if (json) writeFileSync(json, JSON.stringify(totals, null, 2));
