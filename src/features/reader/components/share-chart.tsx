/**
 * How much each article shares with each other one: the share of the row article's text lying
 * in passages it shares with the column article, as a bar and a number.
 */
import { OUTLET_UNKNOWN } from '../../../components/ui/format';
import type { ArticleRecord } from '../../../schema/corpus';

export function ShareChart({
  matrix,
  articles,
}: {
  matrix: readonly number[][];
  articles: readonly ArticleRecord[];
}) {
  if (articles.length < 2) return null;
  const name = (a: ArticleRecord) => a.outlet ?? OUTLET_UNKNOWN;
  return (
    <table className="text-sm" aria-label="Share of each article found in the other">
      <caption className="mb-1 text-left text-slate-600">
        Share of the row's text that the column also has
      </caption>
      <thead>
        <tr>
          <td />
          {articles.map((a) => (
            <th key={a.id} scope="col" className="px-2 py-1 font-medium">
              {name(a)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {articles.map((a, i) => (
          <tr key={a.id}>
            <th scope="row" className="py-1 pr-2 text-left font-medium">
              {name(a)}
            </th>
            {articles.map((b, j) => {
              const v = matrix[i]![j]!;
              return (
                <td key={b.id} className="px-2 py-1">
                  {i === j ? (
                    <span className="text-slate-600">—</span>
                  ) : (
                    <span className="flex items-center gap-2" data-share={`${a.id}:${b.id}`}>
                      <span className="block h-2 w-24 rounded bg-slate-200">
                        <span
                          className="block h-2 rounded bg-sky-600"
                          style={{ width: `${Math.round(v * 100)}%` }}
                        />
                      </span>
                      <span className="tabular-nums">{Math.round(v * 100)}%</span>
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
