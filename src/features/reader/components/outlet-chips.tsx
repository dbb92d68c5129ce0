/**
 * Which of a story's articles are shown side by side: a chip per article (its outlet and
 * date), pressed when shown. Pressing a hidden one shows it, in place of the last pane when
 * no more fit; pressing a shown one hides it (one pane always stays).
 */

import { formatDate, OUTLET_UNKNOWN } from '../../../components/ui/format';
import type { ArticleId } from '../../../core/types';
import type { ArticleRecord } from '../../../schema/corpus';

export function OutletChips({
  articles,
  shown,
  fit,
  onChange,
}: {
  articles: readonly ArticleRecord[];
  shown: readonly ArticleId[];
  fit: number;
  onChange: (next: ArticleId[]) => void;
}) {
  if (articles.length < 2) return null;
  const toggle = (id: ArticleId) => {
    if (shown.includes(id)) {
      if (shown.length > 1) onChange(shown.filter((x) => x !== id));
    } else onChange(shown.length < fit ? [...shown, id] : [...shown.slice(0, fit - 1), id]);
  };
  return (
    <fieldset className="hidden flex-wrap items-center gap-1.5 text-sm lg:flex print:hidden">
      <legend className="sr-only">Articles shown side by side</legend>
      <span className="mr-1 text-slate-600" data-testid="panes-shown">
        Showing {shown.length} of {articles.length}
        {articles.length > fit && ` · ${fit} fit side by side`}
      </span>
      {articles.map((a) => {
        const on = shown.includes(a.id);
        return (
          <button
            key={a.id}
            type="button"
            aria-pressed={on}
            data-chip={a.id}
            title={a.title}
            onClick={() => toggle(a.id)}
            className="max-w-[16rem] truncate rounded-full border border-slate-300 px-2.5 py-0.5 text-slate-700 hover:bg-slate-100 aria-pressed:border-indigo-700 aria-pressed:bg-indigo-700 aria-pressed:text-white"
          >
            <bdi>{a.outlet ?? OUTLET_UNKNOWN}</bdi>
            {a.published && <span className="ml-1 opacity-75">{formatDate(a.published)}</span>}
          </button>
        );
      })}
    </fieldset>
  );
}
