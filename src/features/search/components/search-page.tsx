/**
 * Search results, grouped by story: each story's matching articles with a snippet and the
 * matched words marked; a hit opens the story at its paragraph. Answers come from the search
 * worker as the reader types (hooks/use-search.ts).
 */
import { memo, useState } from 'react';
import { formatDate, OUTLET_UNKNOWN, plural } from '../../../components/ui/format';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { IsolatedList } from '../../../components/ui/isolated';
import { Link } from '../../../routing/navigation';
import type { ArticleResult, StoryResult } from '../../../search/results';
import { searchable, useSearch } from '../hooks/use-search';

const STORIES_SHOWN = 10;

export function SearchPage({ q }: { q: string }) {
  const s = useSearch(q);
  const query = q.trim();
  const current = s.query === q;
  // The first stories only, until asked for this query: a keystroke re-renders what is shown.
  const [allFor, setAllFor] = useState<string | null>(null);
  const groups = allFor === s.query ? s.groups : s.groups.slice(0, STORIES_SHOWN);
  const listed = searchable(q) && !s.error;
  return (
    <section aria-labelledby="search-title" className="mx-auto max-w-4xl">
      <h1 id="search-title" className="mb-2 text-2xl font-semibold">
        {query ? `Results for “${query}”` : 'Search'}
      </h1>
      <SearchTips />
      {!searchable(q) ? (
        <p className="text-slate-700">
          Type at least two letters. Spelling mistakes and missing accents are forgiven.
        </p>
      ) : s.error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {s.error}
        </p>
      ) : (
        <p
          className="mb-4 text-sm text-slate-600"
          aria-live="polite"
          data-testid="search-status"
          // How long the worker took for this answer (the app bench reads it).
          data-worker-ms={Math.round(s.ms)}
        >
          {!s.indexReady && !current
            ? 'Loading the search index…'
            : s.query && s.count
              ? `${plural(s.count, 'article')} in ${plural(s.groups.length, 'story', 'stories')}${current ? '' : ' (updating…)'}`
              : s.query && current
                ? 'No article matches.'
                : 'Searching…'}
        </p>
      )}
      {s.incomplete && s.query && !s.error && (
        <p
          className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          role="status"
        >
          Offline, part of the search index these words need has not been downloaded yet: some results may be
          missing. Search again once you are online.
        </p>
      )}
      {listed && (
        <ol className="space-y-5" data-query={s.query} aria-busy={!current}>
          {groups.map((g) => (
            // Off-screen groups skip layout and paint until scrolled to (a keystroke lays out
            // the page again; on a slow machine that was half of its cost).
            <li key={g.story} className="[contain-intrinsic-size:auto_12rem] [content-visibility:auto]">
              <StoryGroup group={g} q={s.query} />
            </li>
          ))}
        </ol>
      )}
      {listed && groups.length < s.groups.length && (
        <button
          type="button"
          className="mt-5 rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
          onClick={() => setAllFor(s.query)}
        >
          Show {plural(s.groups.length - groups.length, 'more story', 'more stories')}
        </button>
      )}
    </section>
  );
}

function SearchTips() {
  return (
    <details className="mb-4 text-sm text-slate-700">
      <summary className="cursor-pointer text-indigo-800">Search tips</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>Typos and accents are forgiven from three letters: lukashenk, Lukašenko.</li>
        <li>
          <code>"exact phrase"</code> · <code>-word</code> leaves out articles with the word
        </li>
        <li>
          <code>outlet:kyiv</code> · <code>speaker:lukashenko</code> · <code>entity:"european union"</code>
        </li>
        <li>
          <code>after:2023-10</code> · <code>before:2023-11-01</code>
        </li>
      </ul>
    </details>
  );
}

/** Memoised: a keystroke re-renders the page, not the results it has not changed. */
const StoryGroup = memo(function StoryGroup({ group, q }: { group: StoryResult; q: string }) {
  return (
    <section
      aria-label={`Story: ${group.title}`}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 className="text-lg font-semibold">
        <Link
          to={{ name: 'story', id: group.story, panes: [], at: null, g: '', q }}
          className="text-indigo-800 underline-offset-2 hover:underline"
        >
          <bdi>{group.title}</bdi>
        </Link>
      </h2>
      <ul className="mt-2 space-y-3">
        {group.articles.map((a) => (
          <li key={a.id}>
            <ArticleHit hit={a} story={group.story} q={q} />
          </li>
        ))}
      </ul>
    </section>
  );
});

function ArticleHit({ hit, story, q }: { hit: ArticleResult; story: string; q: string }) {
  const s = hit.snippet;
  return (
    <article data-testid="search-hit" className="border-l-2 border-slate-200 pl-3">
      <h3 className="font-medium">
        <Link
          to={{
            name: 'story',
            id: story,
            panes: [],
            at: s ? { article: hit.id, paragraph: s.paragraph } : null,
            g: '',
            q,
          }}
          className="text-indigo-800 underline-offset-2 hover:underline"
        >
          <bdi>
            <HighlightedText text={hit.title} hits={hit.titleMarks} />
          </bdi>
        </Link>
      </h3>
      <p className="text-sm text-slate-600">
        <IsolatedList
          items={[hit.outlet ?? OUTLET_UNKNOWN, formatDate(hit.published)].filter((x): x is string => !!x)}
          separator=" · "
        />
      </p>
      {s && (
        <p className="mt-1 text-slate-800">
          {s.before && '…'}
          <HighlightedText text={s.text} hits={s.marks} />
          {s.after && '…'}
        </p>
      )}
    </article>
  );
}
