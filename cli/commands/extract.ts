/** `parallax extract --jsonl`: {id, html} or {id, text} per line → clean article per line. */
import { joinParagraphs } from '../../src/corpus/build/assemble-corpus';
import { extractInput, knownFrom } from '../extract-input';
import { streamJsonl } from '../jsonl';

export async function runExtract(): Promise<number> {
  const { ok, failed } = await streamJsonl((rec) => {
    const text = typeof rec.text === 'string' ? rec.text : undefined;
    const html = typeof rec.html === 'string' ? rec.html : undefined;
    if (text === undefined && html === undefined)
      throw new Error('the line needs a "text" or an "html" string');
    const x = extractInput({
      text,
      html,
      url: typeof rec.url === 'string' ? rec.url : null,
      known: knownFrom(rec),
    });
    return {
      title: x.title,
      byline: x.byline,
      outlet: x.outlet,
      published: x.published,
      section: x.section,
      text: joinParagraphs(x.paragraphs).body,
      paragraphs: x.paragraphs,
      removed: x.removed,
    };
  });
  process.stderr.write(`extract: ${ok} articles, ${failed} errors\n`);
  return 0;
}
