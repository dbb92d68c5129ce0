/**
 * The reader's own articles at the top of the library: "Add articles" (also the `a` key) and
 * the stories they make, marked as yours.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { plural } from '../../../components/ui/format';
import { useMyStories } from '../../../library/my-library';
import { StoryCard } from './story-card';

// The dialog brings the HTML reader and the import code: loaded when first opened, not with the library.
const AddArticlesDialog = lazy(() =>
  import('./add-articles-dialog').then((m) => ({ default: m.AddArticlesDialog })),
);

export function MyArticles() {
  const [adding, setAdding] = useState(false);
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
        <MyStories />
      </Suspense>
      {adding && (
        <Suspense fallback={<p role="status">Opening…</p>}>
          <AddArticlesDialog onClose={() => setAdding(false)} />
        </Suspense>
      )}
    </section>
  );
}

function MyStories() {
  const stories = useMyStories();
  if (!stories.length)
    return (
      <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
        Paste an article or drop files (.txt, .html, .json) with “Add articles”: Parallax reads them on this
        device, groups them into stories and keeps them here, offline too.
      </p>
    );
  const articles = stories.reduce((n, s) => n + s.articleIds.length, 0);
  return (
    <>
      <p className="mb-3 text-sm text-slate-600">
        {plural(stories.length, 'story', 'stories')} from {plural(articles, 'article')}, kept in this browser
      </p>
      <ul className="space-y-4">
        {stories.map((s) => (
          <li key={s.id}>
            <StoryCard story={s} mine />
          </li>
        ))}
      </ul>
    </>
  );
}
