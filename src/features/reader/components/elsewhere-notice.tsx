/**
 * After following a quote or passage: the articles that also carry it but are not shown,
 * each with a button that brings it in beside the others, at that quote.
 */

import { OUTLET_UNKNOWN } from '../../../components/ui/format';
import type { ArticleId } from '../../../core/types';
import type { ArticleRecord } from '../../../schema/corpus';

export function ElsewhereNotice({
  articles,
  onShow,
  onClose,
}: {
  articles: readonly ArticleRecord[];
  onShow: (id: ArticleId) => void;
  onClose: () => void;
}) {
  const names = articles.map((a) => a.outlet ?? OUTLET_UNKNOWN);
  return (
    <div
      role="status"
      data-testid="elsewhere"
      className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-950 print:hidden"
    >
      <span>Also in {names.join(', ')}, not shown:</span>
      {articles.map((a, i) => (
        <button
          key={a.id}
          type="button"
          onClick={() => onShow(a.id)}
          className="rounded border border-indigo-300 bg-white px-2 py-0.5 hover:bg-indigo-100"
        >
          Show {names[i]}
        </button>
      ))}
      <button
        type="button"
        onClick={onClose}
        className="ml-auto text-indigo-800 underline"
        aria-label="Close"
      >
        Close
      </button>
    </div>
  );
}
