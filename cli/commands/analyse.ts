/**
 * The analysis commands over JSON lines: `entities --jsonl` and `quotes --jsonl`, each
 * `{id, text}` in and one answer out per line (see PRODUCT.md's command-line contract).
 */
import { findEntities } from '../../src/core/entities/index';
import { findQuotes } from '../../src/core/quotes/index';
import { analysedNote } from '../../src/core/text/budget';
import { streamJsonl } from '../jsonl';
import { bundledNerModel } from '../ner-model';

const textOf = (rec: Record<string, unknown>): string => {
  if (typeof rec.text !== 'string') throw new Error('the line needs a "text" string');
  return rec.text;
};

/** `incomplete` says how much of a text past the work budget was read (core/text/budget.ts). */
const cut = (rec: Record<string, unknown>) => {
  const note = analysedNote(rec.text as string);
  return note ? { incomplete: note } : {};
};

export async function runEntities(): Promise<number> {
  const model = bundledNerModel();
  const { ok, failed } = await streamJsonl((rec) => ({
    entities: findEntities(textOf(rec), model),
    ...cut(rec),
  }));
  process.stderr.write(`entities: ${ok} texts, ${failed} errors\n`);
  return 0;
}

export async function runQuotes(): Promise<number> {
  const model = bundledNerModel();
  const { ok, failed } = await streamJsonl((rec) => {
    const text = textOf(rec);
    return { quotes: findQuotes(text, findEntities(text, model)), ...cut(rec) };
  });
  process.stderr.write(`quotes: ${ok} texts, ${failed} errors\n`);
  return 0;
}
