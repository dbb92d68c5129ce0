// `npm run fixtures:update`: rewrites the quote and shared-quote fixtures' expected.json from
// what the code answers now, for review with `git diff` (the expected files are hand-checked;
// never commit an update you have not read). See src/core/quotes/fixtures.test.ts and
// src/core/align/fixtures.test.ts.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledNerModel } from '../cli/ner-model';
import { compareArticles } from '../src/core/align/compare';
import { demonymOf, findEntities } from '../src/core/entities/index';
import { findQuotes } from '../src/core/quotes/index';
import { articleId } from '../src/core/types';

const model = bundledNerModel();
const analysed = (text: string) => {
  const entities = findEntities(text, model);
  return { entities, quotes: findQuotes(text, entities) };
};

function update(dir: string, answer: (input: unknown) => unknown): void {
  for (const name of readdirSync(dir).sort()) {
    const input = JSON.parse(readFileSync(join(dir, name, 'input.json'), 'utf8'));
    const file = join(dir, name, 'expected.json');
    const after = `${JSON.stringify(answer(input), null, 2)}\n`;
    const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (before?.trim() !== after.trim()) {
      writeFileSync(file, after);
      console.log(`${before === null ? 'created' : 'updated'} ${join(dir, name)}`);
    }
  }
}

update(join(process.cwd(), 'src/core/quotes/__fixtures__'), (input) => {
  const { text } = input as { text: string };
  return analysed(text).quotes.map((q) => ({ quote: text.slice(q.start, q.end), speaker: q.speaker }));
});

update(join(process.cwd(), 'src/core/align/__fixtures__'), (input) => {
  const articles = (input as { articles: { id: string; text: string }[] }).articles.map((a) => ({
    ...a,
    id: articleId(a.id),
    ...analysed(a.text),
  }));
  const text = new Map(articles.map((a) => [a.id, a.text]));
  return compareArticles(articles, demonymOf).quoteGroups.map((g) => ({
    speaker: g.speaker,
    quotes: Object.fromEntries(g.members.map((m) => [m.article, text.get(m.article)!.slice(m.start, m.end)])),
  }));
});
