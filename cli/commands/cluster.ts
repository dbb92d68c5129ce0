/**
 * `parallax cluster --jsonl`: articles in, `{id, story}` out, one line per input line in the
 * same order. Grouping needs every article, so answers come once stdin closes.
 */
import { groupStories } from '../../src/core/cluster/group-stories';
import { articleId } from '../../src/core/types';
import { readJsonl } from '../jsonl';

export async function runCluster(): Promise<number> {
  const lines = await readJsonl();
  const inputs = lines.flatMap((l) =>
    'record' in l && typeof l.record.text === 'string'
      ? [
          {
            id: articleId(String(l.record.id)),
            title: typeof l.record.title === 'string' ? l.record.title : '',
            body: l.record.text,
            published: typeof l.record.date === 'string' ? l.record.date : null,
          },
        ]
      : [],
  );
  const storyOf = new Map<string, string>();
  for (const g of groupStories(inputs)) for (const id of g.articleIds) storyOf.set(id, g.id);
  for (const l of lines) {
    const answer =
      'error' in l
        ? l
        : typeof l.record.text !== 'string'
          ? { id: l.id, error: 'the line needs a "text" string' }
          : { id: l.id, story: storyOf.get(String(l.id)) };
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
  process.stderr.write(`cluster: ${inputs.length} articles in ${new Set(storyOf.values()).size} stories\n`);
  return 0;
}
