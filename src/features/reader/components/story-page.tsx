/**
 * A story's articles compared: the URL says which articles are panes (in order), which item is
 * selected, which paragraph to open at and which search query to mark; the comparison view
 * does the rest.
 */
import { useStory } from '../../../corpus/load/corpus-query';
import { isMine, useMyStory } from '../../../library/my-library';
import type { Route } from '../../../routing/routes';
import { ComparisonView } from './comparison-view';

type StoryRoute = Extract<Route, { name: 'story' }>;

export function StoryPage({ route }: { route: StoryRoute }) {
  return isMine(route.id) ? <MyStory route={route} /> : <BundledStory route={route} />;
}

/** A story of the reader's own articles, from IndexedDB. */
function MyStory({ route }: { route: StoryRoute }) {
  const data = useMyStory(route.id);
  if (!data)
    return (
      <Missing>
        Your library has no story “{route.id}”: its articles may have been removed, or grouped again with
        others when you added more. Open the library to find them.
      </Missing>
    );
  return <ComparisonView route={route} story={data.story} articles={data.articles} />;
}

function Missing({ children }: { children: React.ReactNode }) {
  return (
    <section className="mx-auto max-w-2xl rounded-lg border border-slate-300 bg-white p-6">
      <h1 className="text-xl font-semibold">Story not found</h1>
      <p className="mt-2">{children}</p>
    </section>
  );
}

function BundledStory({ route }: { route: StoryRoute }) {
  const data = useStory(route.id);
  if (!data) {
    return (
      <section className="mx-auto max-w-2xl rounded-lg border border-slate-300 bg-white p-6">
        <h1 className="text-xl font-semibold">Story not found</h1>
        <p className="mt-2">
          This corpus has no story “{route.id}”. It may have been rebuilt since the link was made; open the
          library to find it.
        </p>
      </section>
    );
  }
  return <ComparisonView route={route} story={data.story} articles={data.articles} />;
}
