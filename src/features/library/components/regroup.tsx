/**
 * A story of the reader's, on its card: its articles, each to edit (title, outlet, date,
 * byline), remove (with undo), move to another story or split off into one of its own; and
 * the story to merge with another. Corrections are kept (library/corrections.ts) and later
 * additions respect them; edits analyse the article again (library/edits.ts).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { OUTLET_UNKNOWN } from '../../../components/ui/format';
import type { RemovedArticle } from '../../../library/edits';
import { type ArticleSummary, articlesOf, MY_LIBRARY } from '../../../library/my-library';

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
  const [editing, setEditing] = useState<string | null>(null);
  const [undo, setUndo] = useState<RemovedArticle | null>(null);
  const queryClient = useQueryClient();
  /** Runs a change of the library, then shows the library as it now is. */
  const change = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      await queryClient.invalidateQueries({ queryKey: MY_LIBRARY });
    } catch (e) {
      setError(`Nothing was changed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const edits = () => import('../../../library/edits');
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
      <summary className="cursor-pointer text-slate-700">Articles and grouping</summary>
      {/* Rendered when opened: a library of thousands of stories lists them all in its selects. */}
      {open && (
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
                    onChange={(e) =>
                      e.target.value && run({ kind: 'move', article: a.id, to: e.target.value })
                    }
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
                <button
                  type="button"
                  disabled={busy}
                  className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
                  aria-label={`Edit the title, outlet, date and byline of “${a.title}”`}
                  aria-expanded={editing === a.id}
                  onClick={() => setEditing(editing === a.id ? null : a.id)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  disabled={busy}
                  className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
                  aria-label={`Remove the article “${a.title}”`}
                  onClick={() =>
                    change(async () => {
                      setUndo(await (await edits()).removeArticle(a.id));
                    })
                  }
                >
                  Remove
                </button>
                {editing === a.id && (
                  <EditForm
                    article={a}
                    busy={busy}
                    onSave={(known) =>
                      change(async () => {
                        await (await edits()).editArticle(a.id, known);
                        setEditing(null);
                      })
                    }
                  />
                )}
              </li>
            ))}
          </ul>
          {undo && (
            <p role="status" className="flex items-center gap-2">
              Removed “{undo.article.title}”.
              <button
                type="button"
                className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
                onClick={() =>
                  change(async () => {
                    await (await edits()).restoreArticle(undo);
                    setUndo(null);
                  })
                }
              >
                Undo
              </button>
            </p>
          )}
          {error && (
            <p role="alert" className="text-red-900">
              {error}
            </p>
          )}
        </div>
      )}
    </details>
  );
}

const META = [
  ['title', 'Title'],
  ['outlet', 'Outlet'],
  ['published', 'Date'],
  ['byline', 'Byline'],
] as const;

/** The metadata of one article, prefilled with what it has; an emptied field is found in the text again. */
function EditForm({
  article,
  busy,
  onSave,
}: {
  article: ArticleSummary;
  busy: boolean;
  onSave: (known: Record<string, string>) => void;
}) {
  const [values, setValues] = useState<Record<string, string>>({
    title: article.title,
    outlet: article.outlet ?? '',
    published: article.published ?? '',
    byline: article.byline ?? '',
  });
  return (
    <form
      className="grid w-full grid-cols-1 gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-2"
      aria-label={`Details of “${article.title}”`}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(
          Object.fromEntries(Object.entries(values).flatMap(([k, v]) => (v.trim() ? [[k, v.trim()]] : []))),
        );
      }}
    >
      {META.map(([key, label]) => (
        <label key={key} className="flex flex-col gap-1">
          {label}
          <input
            className="rounded-md border border-slate-300 bg-white px-2 py-0.5"
            value={values[key]}
            onChange={(e) => setValues({ ...values, [key]: e.target.value })}
          />
        </label>
      ))}
      <button
        type="submit"
        disabled={busy}
        className="justify-self-start rounded-md bg-indigo-700 px-3 py-1 text-white hover:bg-indigo-800 disabled:opacity-50"
      >
        Save
      </button>
    </form>
  );
}
