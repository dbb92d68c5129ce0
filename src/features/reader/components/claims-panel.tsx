/**
 * "Where they differ": the figures the story's articles give differently, one line each
 * (`killed: at least 84 (The Sun, 14 Jul) · nearly 80 (China Daily) · 77 (CNN, quoting
 * Hollande)`), each figure as the article wrote it, then the figures they agree on, folded.
 * Choosing a line shows the articles that hold it side by side, at that figure.
 */
import { formatDate, OUTLET_UNKNOWN, plural } from '../../../components/ui/format';
import type { ArticleId } from '../../../core/types';
import type { ArticleRecord, StoryLinks } from '../../../schema/corpus';

type Group = NonNullable<StoryLinks['claims']>[number];

/** "29 Oct 2023, 07:28" when the article gives its time, "29 Oct 2023" when only its date. */
function publishedAt(iso: string | null): string | null {
  const time = iso && /T(\d{2}:\d{2})/.exec(iso)?.[1];
  const date = formatDate(iso);
  return date && time ? `${date}, ${time}` : date;
}

export function ClaimsPanel({
  claims,
  ids,
  articles,
  selected,
  onOpen,
}: {
  claims: readonly Group[];
  /** The groups' link ids (link-ids.ts), by position. */
  ids: readonly string[];
  /** Every article of the story. */
  articles: readonly ArticleRecord[];
  selected: string;
  /** Show these articles side by side at the link. */
  onOpen: (articles: readonly ArticleId[], link: string) => void;
}) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const differences = claims.flatMap((g, i) => (g.kind === 'difference' ? [{ g, id: ids[i]! }] : []));
  const shared = claims.flatMap((g, i) => (g.kind === 'shared' ? [{ g, id: ids[i]! }] : []));
  const line = ({ g, id }: { g: Group; id: string }) => (
    <li key={id}>
      <button
        type="button"
        data-claim={id}
        aria-pressed={selected === id}
        title={g.reason}
        onClick={() => onOpen([...new Set(g.members.map((m) => m.article))], id)}
        className={`w-full rounded px-1 py-0.5 text-left hover:bg-slate-100 ${selected === id ? 'bg-indigo-50 ring-1 ring-indigo-300' : ''}`}
      >
        <span className="font-semibold">{g.what}:</span>{' '}
        {g.members.map((m, k) => {
          const a = byId.get(m.article);
          const when = publishedAt(a?.published ?? null);
          return (
            <span key={`${m.article}-${m.start}`}>
              {k > 0 && <span className="text-slate-500"> · </span>}
              <bdi className="font-medium tabular-nums">{a?.body.slice(m.start, m.end) ?? ''}</bdi>{' '}
              <span className="text-slate-600">
                (<bdi>{a?.outlet ?? OUTLET_UNKNOWN}</bdi>
                {when ? `, ${when}` : ''}
                {m.source ? (
                  <>
                    , quoting <bdi>{m.source}</bdi>
                  </>
                ) : null}
                )
              </span>
            </span>
          );
        })}
      </button>
    </li>
  );
  return (
    <section
      aria-labelledby="differ-title"
      className="mb-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm print:border-0 print:shadow-none"
    >
      <h2 id="differ-title" className="font-semibold">
        Where they differ{' '}
        <span className="font-normal text-sm text-slate-600">
          {plural(differences.length, 'figure')} given differently · {shared.length} agreed
        </span>
      </h2>
      {differences.length ? (
        <ul className="mt-1 space-y-0.5 text-sm" aria-label="Figures given differently">
          {differences.map(line)}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">
          No figure is given differently by these articles (counts, money, shares, ages, measures, times).
        </p>
      )}
      {shared.length > 0 && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-slate-700">
            {plural(shared.length, 'figure')} they agree on
          </summary>
          <ul className="mt-1 space-y-0.5" aria-label="Figures they agree on">
            {shared.map(line)}
          </ul>
        </details>
      )}
    </section>
  );
}
