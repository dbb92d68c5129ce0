/** The app shell: data provider, error boundary, header with search, and the route switch. */
import { QueryClient, QueryClientProvider, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { LibraryPage } from '../features/library/components/library-page';
import { SearchBox } from '../features/search/components/search-box';
import { Link, usePathname, useRoute } from '../routing/navigation';
import { ErrorBoundary } from './error-boundary';
import { PwaStatus } from './pwa-status';
import { ThemeSwitch } from './theme-switch';

const queryClient = new QueryClient();

// The library is the first screen; the reader and the search results load when first opened
// (and are precached for offline use), so the first screen downloads neither.
const StoryPage = lazy(() =>
  import('../features/reader/components/story-page').then((m) => ({ default: m.StoryPage })),
);
const SearchPage = lazy(() =>
  import('../features/search/components/search-page').then((m) => ({ default: m.SearchPage })),
);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
      <PwaStatus />
    </QueryClientProvider>
  );
}

function Shell() {
  const { reset } = useQueryErrorResetBoundary();
  // A new page gets a fresh boundary: leaving an error screen by navigating works. Only the
  // path counts: a story view rewrites its query (panes, selection) without leaving the page.
  const location = usePathname();
  return (
    <ErrorBoundary onReset={reset} landmark>
      <header className="sticky top-0 z-10 border-b print:hidden border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-[96rem] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link to={{ name: 'library' }} className="text-lg font-bold tracking-tight text-indigo-900">
            Parallax
          </Link>
          <SearchBox />
          <ThemeSwitch />
        </div>
      </header>
      <main className="mx-auto max-w-[96rem] px-4 py-6 print:p-0">
        <ErrorBoundary key={location} onReset={reset}>
          <Suspense fallback={<Loading />}>
            <Page />
          </Suspense>
        </ErrorBoundary>
      </main>
    </ErrorBoundary>
  );
}

const TITLES = {
  library: 'Stories',
  share: 'Add a shared article',
  search: 'Search',
  story: 'Story',
  'not-found': 'Not found',
} as const;

function Page() {
  const route = useRoute();
  useEffect(() => {
    document.title = `${TITLES[route.name]} · Parallax`;
  }, [route.name]);
  switch (route.name) {
    case 'library':
      return <LibraryPage />;
    case 'share':
      return <LibraryPage shared={route} />;
    case 'search':
      return <SearchPage q={route.q} />;
    case 'story':
      return <StoryPage route={route} />;
    case 'not-found':
      return (
        <section className="mx-auto max-w-2xl">
          <h1 className="text-xl font-semibold">Page not found</h1>
          <p className="mt-2">
            Nothing lives at <code>{route.path}</code>.{' '}
            <Link to={{ name: 'library' }} className="underline">
              Go to the library
            </Link>
            .
          </p>
        </section>
      );
  }
}

function Loading() {
  return (
    <p role="status" className="p-6 text-slate-600">
      Loading stories…
    </p>
  );
}
