/**
 * `parallax cluster --jsonl`: articles in, `{id, story}` out, one line per input line in the
 * same order. Grouping needs every article, so answers come once stdin closes. Articles are
 * keyed by their line, not their id, so a missing or repeated id cannot merge two articles.
 */
import { groupStories } from '../../src/core/cluster/group-stories';
import { articleId } from '../../src/core/types';
import { readJsonl, writeLine } from '../jsonl';

export async function runCluster(): Promise<number> {
  const lines = await readJsonl();
  const inputs = lines.flatMap((l, line) =>
    'record' in l && typeof l.record.text === 'string'
      ? [
          {
            id: articleId(`line-${line}`),
            title: typeof l.record.title === 'string' ? l.record.title : '',
            body: l.record.text,
            published: typeof l.record.date === 'string' ? l.record.date : null,
          },
        ]
      : [],
  );
  const storyOf = new Map<string, string>();
  groupStories(inputs).forEach((g, n) => {
    for (const id of g.articleIds) storyOf.set(id, `story-${n + 1}`);
  });
  for (const [line, l] of lines.entries()) {
    const answer =
      'error' in l
        ? l
        : typeof l.record.text !== 'string'
          ? { id: l.id, error: 'the line needs a "text" string' }
          : { id: l.id, story: storyOf.get(`line-${line}`) };
    await writeLine(answer);
  }
  process.stderr.write(`cluster: ${inputs.length} articles in ${new Set(storyOf.values()).size} stories\n`);
  return 0;
}
