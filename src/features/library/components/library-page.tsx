/**
 * The library: the stories, newest first, with their outlets, dates, article count and shared
 * names; a page at a time, so a corpus of thousands of stories still opens at once. Sorting
 * or filtering loads the whole catalogue once (its pages stay cached) and lists what matches.
 */
import { startTransition, useDeferredValue, useMemo, useState } from 'react';
import { formatCount, plural } from '../../../components/ui/format';
import { useCatalogue, useManifest } from '../../../corpus/load/corpus-query';
import { DEFAULT_FILTER, filterStories, isDefault, outletsOf } from '../library-filter';
import { LibraryControls } from './library-controls';
import { MyArticles, type SharedArticle } from './my-articles';
import { StoryCard } from './story-card';

const PAGE = 50;

export function LibraryPage({ shared }: { shared?: SharedArticle } = {}) {
  const manifest = useManifest();
  const [shown, setShown] = useState(PAGE);
  const [filter, setFilter] = useState(DEFAULT_FILTER);
  // Typing in the outlet field stays responsive: the list follows a moment later.
  const applied = useDeferredValue(filter);
  const everything = !isDefault(applied);
  const loaded = useCatalogue(everything ? manifest.stories : shown);
  const stories = useMemo(
    () => (everything ? filterStories(loaded, applied) : loaded),
    [loaded, applied, everything],
  );
  const outlets = useMemo(() => outletsOf(loaded), [loaded]);
  const total = everything ? stories.length : manifest.stories;
  return (
    <section aria-labelledby="library-title" className="mx-auto max-w-4xl">
      <h1 id="library-title" className="mb-4 text-2xl font-semibold">
        Stories
      </h1>
      <LibraryControls
        filter={filter}
        outlets={outlets}
        onChange={(next) => {
          setShown(PAGE);
          setFilter(next);
        }}
      />
      {applied.source !== 'bundled' && <MyArticles shared={shared} filter={applied} />}
      {applied.source !== 'mine' && (
        <>
          <h2 className="mb-1 text-xl font-semibold">Came with Parallax</h2>
          <p className="mb-6 text-sm text-slate-600">
            {plural(manifest.stories, 'story', 'stories')} from {plural(manifest.articles, 'article')}
            {everything && (
              <span data-testid="library-matches"> · {plural(stories.length, 'story', 'stories')} match</span>
            )}
          </p>
          {manifest.stories === 0 && (
            <p className="rounded border border-slate-300 bg-white p-4">
              The corpus holds no articles yet. Add <code>.txt</code>, <code>.html</code> or{' '}
              <code>.json</code> files to <code>corpus/articles/</code> and run <code>npm start</code> again.
            </p>
          )}
          <ul className="space-y-4">
            {stories.slice(0, shown).map((s) => (
              <li key={s.id}>
                <StoryCard story={s} />
              </li>
            ))}
          </ul>
          {total > shown && (
            <button
              type="button"
              className="mt-6 rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
              // A transition: the list stays while a catalogue page it needs is fetched.
              onClick={() => startTransition(() => setShown((n) => n + PAGE))}
            >
              Show {Math.min(PAGE, total - shown)} more of {formatCount(total - shown)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
