/** One story in the library: title (a link to the reader), articles, outlets, dates, shared names. */
import { dateRange, OUTLET_UNKNOWN } from '../../../components/ui/format';
import { IsolatedList } from '../../../components/ui/isolated';
import { Link } from '../../../routing/navigation';

export interface CardStory {
  readonly id: string;
  readonly title: string;
  readonly articleIds: readonly string[];
  readonly outlets: readonly string[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly sharedNames: readonly string[];
  readonly unknownOutlets?: number;
}

export function StoryCard({
  story: s,
  mine = false,
  actions,
}: {
  story: CardStory;
  mine?: boolean;
  /** Buttons for the card (the reader's own stories: remove). */
  actions?: React.ReactNode;
}) {
  const unknown = s.unknownOutlets ?? 0;
  return (
    <article
      aria-labelledby={`story-${s.id}`}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`story-${s.id}`} className="text-lg font-semibold">
        {mine && (
          <span className="mr-2 rounded bg-emerald-100 px-1.5 py-0.5 align-middle text-xs font-medium text-emerald-900">
            Yours
          </span>
        )}
        <Link
          to={{ name: 'story', id: s.id, panes: [], at: null, g: '', q: '' }}
          className="text-indigo-800 underline-offset-2 hover:underline"
        >
          <bdi>{s.title}</bdi>
        </Link>
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700">
        <dt className="font-medium">Articles</dt>
        <dd>{s.articleIds.length}</dd>
        <dt className="font-medium">Outlets</dt>
        <dd>
          <IsolatedList
            items={
              s.outlets.length || unknown
                ? [...s.outlets, ...(unknown ? [`${OUTLET_UNKNOWN} (${unknown})`] : [])]
                : [OUTLET_UNKNOWN]
            }
          />
        </dd>
        <dt className="font-medium">Published</dt>
        <dd>{dateRange(s.firstPublished, s.lastPublished)}</dd>
        <dt className="font-medium">Shared names</dt>
        <dd>{s.sharedNames.length ? <IsolatedList items={s.sharedNames.slice(0, 8)} /> : 'none'}</dd>
      </dl>
      {actions && <div className="mt-3 flex flex-wrap items-start justify-between gap-2">{actions}</div>}
    </article>
  );
}
