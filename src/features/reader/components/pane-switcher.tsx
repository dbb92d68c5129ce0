/** On a phone, one pane at a time: a button per article shown, naming its outlet. */
import { OUTLET_UNKNOWN } from '../../../components/ui/format';
import type { ArticleId } from '../../../core/types';
import type { ArticleRecord } from '../../../schema/corpus';

export function PaneSwitcher({
  panes,
  visible,
  onShow,
}: {
  panes: readonly ArticleRecord[];
  visible: number;
  onShow: (id: ArticleId) => void;
}) {
  if (panes.length < 2) return null;
  return (
    <nav className="flex flex-wrap gap-1 lg:hidden print:hidden" aria-label="Show article">
      {panes.map((a, i) => (
        <button
          key={a.id}
          type="button"
          aria-pressed={i === visible}
          onClick={() => onShow(a.id)}
          className="min-w-[7rem] flex-1 truncate rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-pressed:border-indigo-700 aria-pressed:bg-indigo-700 aria-pressed:text-white"
        >
          {a.outlet ?? OUTLET_UNKNOWN}
        </button>
      ))}
    </nav>
  );
}
