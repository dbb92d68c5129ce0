/**
 * A story's articles side by side (stacked on narrow screens). The URL says which articles
 * are panes, which paragraph to open at and which search query to mark.
 */
import { dateRange, OUTLET_UNKNOWN, plural } from '../../../components/ui/format';
import { toHits } from '../../../components/ui/highlighted-text';
import { useCorpus, useSearcher } from '../../../corpus/corpus-query';
import type { Route } from '../../../routing/routes';
import { sharedHighlights } from '../highlights';
import { ArticlePane } from './article-pane';
import { Legend } from './legend';

type StoryRoute = Extract<Route, { name: 'story' }>;

export function StoryPage({ route }: { route: StoryRoute }) {
  const corpus = useCorpus();
  const searcher = useSearcher();
  const story = corpus.stories.find((s) => s.id === route.id);
  if (!story) {
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
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const chosen = route.panes.filter((id) => story.articleIds.includes(id as never));
  const panes = (chosen.length ? chosen : story.articleIds).map((id) => byId.get(id as never)!);
  const hits = route.q ? searcher.search(route.q, 50) : [];
  const outletOf = (id: string) => byId.get(id as never)?.outlet ?? OUTLET_UNKNOWN;

  return (
    <section aria-labelledby="story-title">
      <header className="mb-4">
        <h1 id="story-title" className="text-2xl font-semibold">
          {story.title}
        </h1>
        <p className="text-sm text-slate-600">
          {plural(story.articleIds.length, 'article')} ·{' '}
          {dateRange(story.firstPublished, story.lastPublished)}
        </p>
        <Legend story={story} />
      </header>
      <div
        className="grid grid-cols-1 gap-4 lg:grid-cols-[repeat(var(--panes),minmax(0,1fr))]"
        style={{ '--panes': panes.length } as React.CSSProperties}
      >
        {panes.map((a) => (
          <ArticlePane
            key={a.id}
            article={a}
            openAt={route.at?.article === a.id ? route.at.paragraph : null}
            highlights={[
              ...sharedHighlights(story, a.id, outletOf),
              ...toHits(hits.find((h) => h.article.id === a.id)?.bodySpans ?? []),
            ]}
          />
        ))}
      </div>
    </section>
  );
}
