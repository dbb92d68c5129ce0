/**
 * Correcting the grouping of the reader's own stories, on a story's card: move an article to
 * another story, split it off into a story of its own, or merge the story with another. The
 * correction is kept (library/corrections.ts) and later additions respect it.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { OUTLET_UNKNOWN } from '../../../components/ui/format';
import { articlesOf, MY_LIBRARY } from '../../../library/my-library';

export function Regroup({
  story,
  others,
}: {
  story: { id: string; title: string; articleIds: readonly string[] };
  others: readonly { id: string; title: string }[];
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { data: articles } = useQuery({
    queryKey: [...MY_LIBRARY, 'articles-of', story.id, story.articleIds.join(',')],
    queryFn: () => articlesOf(story.articleIds),
    enabled: open,
  });
  const run = async (c: Parameters<typeof import('../../../library/corrections').correct>[0]) => {
    setBusy(true);
    setError(null);
    try {
      const { correct } = await import('../../../library/corrections');
      await correct(c);
      await queryClient.invalidateQueries({ queryKey: MY_LIBRARY });
    } catch (e) {
      setError(`The grouping was not changed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const field = 'rounded-md border border-slate-300 bg-white px-2 py-0.5 text-sm';
  return (
    <details className="text-sm" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer text-slate-700">Regroup</summary>
      <div className="mt-2 space-y-2" aria-busy={busy}>
        {others.length > 0 && (
          <label className="flex flex-wrap items-center gap-2">
            Merge this story with
            <select
              className={field}
              value=""
              disabled={busy}
              onChange={(e) =>
                e.target.value && run({ kind: 'merge', story: story.id, with: e.target.value })
              }
            >
              <option value="">choose a story…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <ul className="space-y-1">
          {(articles ?? []).map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-2">
              <span className="min-w-0 truncate">
                {a.outlet ?? OUTLET_UNKNOWN}: {a.title}
              </span>
              {others.length > 0 && (
                <select
                  className={field}
                  aria-label={`Move “${a.title}” to another story`}
                  value=""
                  disabled={busy}
                  onChange={(e) => e.target.value && run({ kind: 'move', article: a.id, to: e.target.value })}
                >
                  <option value="">move to…</option>
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.title}
                    </option>
                  ))}
                </select>
              )}
              {story.articleIds.length > 1 && (
                <button
                  type="button"
                  disabled={busy}
                  className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
                  aria-label={`Split “${a.title}” into a story of its own`}
                  onClick={() => run({ kind: 'split', article: a.id })}
                >
                  Split off
                </button>
              )}
            </li>
          ))}
        </ul>
        {error && (
          <p role="alert" className="text-red-900">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
