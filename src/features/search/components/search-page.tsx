/** Search results: each hit with its matched words marked, opening the article at the hit. */
import { useDeferredValue } from 'react';
import { formatDate, OUTLET_UNKNOWN, plural } from '../../../components/ui/format';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { storyOfArticle, useCorpus, useSearcher } from '../../../corpus/corpus-query';
import { Link } from '../../../routing/navigation';
import type { SearchHit } from '../../../search/searcher';
import { snippetAround } from '../snippet';

export function SearchPage({ q }: { q: string }) {
  const corpus = useCorpus();
  const searcher = useSearcher();
  const query = useDeferredValue(q);
  const hits = query.trim().length >= 2 ? searcher.search(query) : [];
  return (
    <section aria-labelledby="search-title" className="mx-auto max-w-4xl">
      <h1 id="search-title" className="mb-4 text-2xl font-semibold">
        {query.trim() ? `Results for “${query.trim()}”` : 'Search'}
      </h1>
      {query.trim().length < 2 ? (
        <p className="text-slate-700">
          Type at least two letters. Spelling mistakes and missing accents are forgiven.
        </p>
      ) : (
        <p className="mb-4 text-sm text-slate-600" aria-live="polite">
          {hits.length ? plural(hits.length, 'article') : 'No article matches.'}
        </p>
      )}
      <ol className="space-y-3">
        {hits.map((h) => {
          const story = storyOfArticle(corpus, h.article.id);
          if (!story) return null;
          return (
            <li key={h.article.id}>
              <HitCard hit={h} storyId={story.id} panes={story.articleIds} q={query.trim()} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function HitCard({
  hit,
  storyId,
  panes,
  q,
}: {
  hit: SearchHit;
  storyId: string;
  panes: readonly string[];
  q: string;
}) {
  const a = hit.article;
  const para = hit.paragraph !== null ? a.paragraphs[hit.paragraph] : undefined;
  const snippet = para ? snippetAround(a.body, para, hit.bodySpans) : null;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="search-hit">
      <h2 className="font-semibold">
        <Link
          to={{
            name: 'story',
            id: storyId,
            panes,
            at: hit.paragraph !== null ? { article: a.id, paragraph: hit.paragraph } : null,
            g: '',
            q,
          }}
          className="text-indigo-800 underline-offset-2 hover:underline"
        >
          <HighlightedText text={a.title} hits={hit.titleSpans} />
        </Link>
      </h2>
      <p className="text-sm text-slate-600">
        {[a.outlet ?? OUTLET_UNKNOWN, a.byline, formatDate(a.published)].filter(Boolean).join(' · ')}
        {' · matched in '}
        {hit.fields.join(', ')}
      </p>
      {snippet && (
        <p className="mt-2 text-slate-800">
          {snippet.before && '…'}
          <HighlightedText
            text={a.body.slice(snippet.start, snippet.end)}
            hits={hit.bodySpans}
            offset={snippet.start}
          />
          {snippet.after && '…'}
        </p>
      )}
    </article>
  );
}
