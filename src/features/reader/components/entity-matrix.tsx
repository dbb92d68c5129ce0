/** The entity × article matrix: per shared name, per pane, mentions, first paragraph, quoted. */
import { OUTLET_UNKNOWN } from '../../../components/ui/format';
import type { ArticleRecord } from '../../../schema/corpus';
import { type EntityRow, typeName } from '../story-model';

export function EntityMatrix({
  rows,
  articles,
  onSelect,
}: {
  rows: readonly EntityRow[];
  articles: readonly ArticleRecord[];
  onSelect: (link: string) => void;
}) {
  if (!rows.length) return <p className="text-sm text-slate-600">The articles shown share no name.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Names by article">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3">
              Name
            </th>
            {articles.map((a) => (
              <th key={a.id} scope="col" className="py-1 pr-3">
                {a.outlet ?? OUTLET_UNKNOWN}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.link} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-3 font-normal">
                <button
                  type="button"
                  onClick={() => onSelect(r.link)}
                  className="text-left text-indigo-800 underline-offset-2 hover:underline"
                >
                  {r.name}
                </button>{' '}
                <span className="text-xs text-slate-600">{typeName(r.type)}</span>
              </th>
              {r.cells.map((c, i) => (
                <td key={articles[i]!.id} className="py-1 pr-3 tabular-nums">
                  {c.mentions ? (
                    <>
                      {c.mentions}× <span className="text-slate-600">from ¶{c.firstParagraph}</span>
                      {c.quoted && (
                        <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">quoted</span>
                      )}
                    </>
                  ) : (
                    <span className="text-slate-600">not named</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
