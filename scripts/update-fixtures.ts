// `npm run fixtures:update`: rewrites the quote fixtures' expected.json from what the code
// answers now, for review with `git diff` (the expected files are hand-checked; never commit an
// update you have not read). See src/core/quotes/fixtures.test.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledNerModel } from '../cli/ner-model';
import { findEntities } from '../src/core/entities/index';
import { findQuotes } from '../src/core/quotes/index';

const dir = join(process.cwd(), 'src/core/quotes/__fixtures__');
const model = bundledNerModel();
for (const name of readdirSync(dir).sort()) {
  const { text } = JSON.parse(readFileSync(join(dir, name, 'input.json'), 'utf8')) as { text: string };
  const quotes = findQuotes(text, findEntities(text, model)).map((q) => ({
    quote: text.slice(q.start, q.end),
    speaker: q.speaker,
  }));
  const file = join(dir, name, 'expected.json');
  const before = readFileSync(file, 'utf8');
  const after = `${JSON.stringify(quotes, null, 2)}\n`;
  if (before.trim() !== after.trim()) {
    writeFileSync(file, after);
    console.log(`updated ${name}`);
  }
}
