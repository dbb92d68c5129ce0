/** Download the comparison of the panes shown as Markdown or JSON, or print it. */
import type { ArticleRecord, StoryRecord } from '../../../schema/corpus';
import { comparisonJson, comparisonMarkdown } from '../export';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({
  story,
  articles,
}: {
  story: StoryRecord;
  articles: readonly ArticleRecord[];
}) {
  const base = `parallax-${story.id}`;
  const button = 'rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100';
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <button
        type="button"
        className={button}
        onClick={() => download(`${base}.md`, 'text/markdown', comparisonMarkdown(story, articles))}
      >
        Export Markdown
      </button>
      <button
        type="button"
        className={button}
        onClick={() =>
          download(
            `${base}.json`,
            'application/json',
            `${JSON.stringify(comparisonJson(story, articles), null, 2)}\n`,
          )
        }
      >
        Export JSON
      </button>
      <button type="button" className={button} onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}
