/**
 * The reader's own articles at the top of the library: "Add articles" (also the `a` key) and
 * the stories they make, marked as yours.
 */

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { plural } from '../../../components/ui/format';
import { exportMine, MY_LIBRARY, removeMine, restoreMine, useMyStories } from '../../../library/my-library';
import { navigate } from '../../../routing/navigation';
import { filterStories, isDefault, type LibraryFilter } from '../library-filter';
import { Regroup } from './regroup';
import { StoryCard } from './story-card';

// The dialog brings the HTML reader and the import code: loaded when first opened, not with the library.
const AddArticlesDialog = lazy(() =>
  import('./add-articles-dialog').then((m) => ({ default: m.AddArticlesDialog })),
);

/** Stories of yours shown at a time, as for the bundled ones. */
const PAGE = 50;

/** What another app shared with Parallax (the share target): it opens the add dialog. */
export interface SharedArticle {
  readonly title: string;
  readonly text: string;
  readonly url: string;
  /** How many shared files the service worker keeps (public/share-target.js). */
  readonly files: number;
}

const SHARE_CACHE = 'parallax-share';

/** The files a share left in the service worker's cache, taken out of it. */
async function sharedFiles(count: number): Promise<File[]> {
  if (!count || !('caches' in window)) return [];
  const cache = await caches.open(SHARE_CACHE);
  const files: File[] = [];
  for (let i = 0; i < count; i++) {
    const r = await cache.match(`/shared-file/${i}`);
    if (!r) continue;
    const name = decodeURIComponent(r.headers.get('x-file-name') ?? `shared-${i + 1}`);
    files.push(new File([await r.blob()], name, { type: r.headers.get('content-type') ?? '' }));
  }
  await caches.delete(SHARE_CACHE);
  return files;
}

export function MyArticles({ shared, filter }: { shared?: SharedArticle; filter?: LibraryFilter }) {
  const [adding, setAdding] = useState(!!shared && !shared.files);
  const [files, setFiles] = useState<File[]>([]);
  // Taken out of the cache once: the route object may be new on every render.
  const taken = useRef(false);
  const sharedCount = shared?.files ?? 0;
  useEffect(() => {
    if (!sharedCount || taken.current) return;
    taken.current = true;
    sharedFiles(sharedCount)
      .then(setFiles)
      .catch(() => setFiles([]))
      .finally(() => setAdding(true));
  }, [sharedCount]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (
        e.key !== 'a' ||
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        t.closest('input, textarea, select, [contenteditable]')
      )
        return;
      e.preventDefault();
      setAdding(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section aria-labelledby="mine-title" className="mb-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="mine-title" className="text-xl font-semibold">
          Your articles
        </h2>
        <button
          type="button"
          onClick={() => setAdding(true)}
          aria-keyshortcuts="a"
          className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800"
        >
          Add articles (a)
        </button>
      </div>
      <Suspense fallback={<p className="text-sm text-slate-600">Opening your library…</p>}>
        <MyStories filter={filter} />
      </Suspense>
      {adding && (
        <Suspense fallback={<p role="status">Opening…</p>}>
          <AddArticlesDialog
            onClose={() => {
              setAdding(false);
              // Back to the library's own address once the shared article is dealt with.
              if (shared) navigate({ name: 'library' }, { replace: true });
            }}
            initial={
              shared && {
                text: [shared.text, shared.url].filter(Boolean).join('\n\n'),
                known: shared.title ? { title: shared.title } : {},
                files,
              }
            }
          />
        </Suspense>
      )}
    </section>
  );
}

function MyStories({ filter }: { filter?: LibraryFilter | undefined }) {
  const all = useMyStories();
  // The library's sort and filters apply to your stories too.
  const stories = useMemo(
    () => (filter && !isDefault(filter) ? filterStories(all, filter) : all),
    [all, filter],
  );
  const queryClient = useQueryClient();
  const [undo, setUndo] = useState<{ label: string; removed: Awaited<ReturnType<typeof removeMine>> } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const refresh = () => queryClient.invalidateQueries({ queryKey: MY_LIBRARY });
  const remove = async (ids: string[] | 'all', label: string) => {
    setError(null);
    try {
      setUndo({ label, removed: await removeMine(ids) });
      await refresh();
    } catch (e) {
      setError(`Nothing was removed: ${(e as Error).message}`);
    }
  };
  /** The library as a file: add it back (here or in another browser) with "Add articles". */
  const download = async () => {
    const url = URL.createObjectURL(new Blob([await exportMine()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `parallax-library-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const button = 'rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100';
  const articles = all.reduce((n, s) => n + s.articleIds.length, 0);
  return (
    <>
      {undo && (
        <p
          role="status"
          className="mb-3 flex items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          Removed {undo.label}.
          <button
            type="button"
            className={button}
            onClick={async () => {
              await restoreMine(undo.removed);
              setUndo(null);
              await refresh();
            }}
          >
            Undo
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="mb-3 text-sm text-red-900">
          {error}
        </p>
      )}
      {all.length > 0 && !stories.length ? (
        <p className="text-sm text-slate-700" data-testid="mine-none-match">
          None of your {plural(all.length, 'story', 'stories')} match the filters.
        </p>
      ) : !stories.length ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          Paste an article or drop files (.txt, .html, .json) with “Add articles”: Parallax reads them on this
          device, groups them into stories and keeps them here, offline too.
        </p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <p className="text-sm text-slate-600">
              {plural(all.length, 'story', 'stories')} from {plural(articles, 'article')}, kept in this
              browser
              <StorageUsage />
            </p>
            <span className="flex gap-2">
              <button type="button" className={button} onClick={() => void download()}>
                Export library
              </button>
              <button
                type="button"
                className={button}
                onClick={() => remove('all', `all ${plural(articles, 'article')}`)}
              >
                Remove all my articles
              </button>
            </span>
          </div>
          <ul className="space-y-4">
            {stories.slice(0, shown).map((s) => (
              <li key={s.id}>
                <StoryCard
                  story={s}
                  mine
                  actions={
                    <>
                      <Regroup story={s} others={all.filter((o) => o.id !== s.id)} />
                      <button
                        type="button"
                        className={button}
                        aria-label={`Remove the story “${s.title}” and its ${plural(s.articleIds.length, 'article')}`}
                        onClick={() =>
                          remove([s.id], `“${s.title}” (${plural(s.articleIds.length, 'article')})`)
                        }
                      >
                        Remove
                      </button>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
          {stories.length > shown && (
            <button
              type="button"
              className="mt-4 rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
              onClick={() => setShown((n) => n + PAGE)}
            >
              Show {Math.min(PAGE, stories.length - shown)} more of {stories.length - shown}
            </button>
          )}
        </>
      )}
    </>
  );
}

const mb = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(1)} GB` : `${(n / 1e6).toFixed(1)} MB`);

/** How much this site stores, of what the browser allows, and whether it may be evicted. */
function StorageUsage() {
  const { data } = useQuery({
    queryKey: [...MY_LIBRARY, 'usage'],
    queryFn: async () => {
      const s = navigator.storage;
      if (!s?.estimate) return null;
      const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
        s.estimate(),
        s.persisted?.() ?? false,
      ]);
      return { usage, quota, persisted };
    },
  });
  if (!data) return null;
  return (
    <span data-testid="storage-usage">
      {' '}
      · {mb(data.usage)} used of {mb(data.quota)}
      {data.persisted ? ', kept when space runs low' : ', may be cleared by the browser when space runs low'}
    </span>
  );
}
