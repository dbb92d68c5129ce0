/** What was taken out of an article as page furniture, grouped by reason, revealable. */
import { plural } from '../../../components/ui/format';
import { REMOVAL_REASONS } from '../../../core/extract/types';
import type { RemovedRecord } from '../../../schema/corpus';

export function RemovedFurniture({ removed }: { removed: readonly RemovedRecord[] }) {
  if (!removed.length)
    return <p className="mt-6 text-sm text-slate-600">Nothing was removed from this article.</p>;
  const groups = new Map<RemovedRecord['reason'], RemovedRecord[]>();
  for (const r of removed) groups.set(r.reason, [...(groups.get(r.reason) ?? []), r]);
  return (
    <details className="mt-6 rounded border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="removed">
      <summary className="cursor-pointer font-medium text-slate-800">
        Removed page furniture ({plural(removed.length, 'piece')})
      </summary>
      <div className="mt-3 space-y-3">
        {[...groups].map(([reason, items]) => (
          <section key={reason}>
            <h3 className="font-semibold text-slate-800">
              {REMOVAL_REASONS[reason]} <span className="font-normal text-slate-600">({items.length})</span>
            </h3>
            <ul className="mt-1 space-y-1">
              {withKeys(items).map(({ r, key }) => (
                <li key={key} className="border-l-2 border-slate-300 pl-2 text-slate-700">
                  <span className="whitespace-pre-wrap">
                    {r.text.length > 600 ? `${r.text.slice(0, 600)}…` : r.text}
                  </span>
                  <span className="block text-xs text-slate-600">rule: {r.rule}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  );
}

/** Stable keys for a list in which the same text can repeat: the text plus its occurrence. */
function withKeys(items: readonly RemovedRecord[]) {
  const seen = new Map<string, number>();
  return items.map((r) => {
    const n = (seen.get(r.text) ?? 0) + 1;
    seen.set(r.text, n);
    return { r, key: `${r.text}#${n}` };
  });
}
