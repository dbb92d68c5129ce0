/**
 * The story's quote groups: speaker, the outlets carrying each, and every variant, the later
 * ones aligned word by word with the first (`seriously [deadlocked | stalemated]`). Choosing a
 * group selects it and scrolls every pane to it.
 */

import { OUTLET_UNKNOWN } from '../../../components/ui/format';
import { IsolatedList } from '../../../components/ui/isolated';
import type { ArticleId } from '../../../core/types';
import type { ArticleRecord, StoryLinks } from '../../../schema/corpus';

type Group = StoryLinks['quoteGroups'][number];
type Op = Group['diffs'][number][number];

function DiffWords({ ops }: { ops: readonly Op[] }) {
  return (
    <>
      {ops.map((o, i) => {
        const key = `${i}-${o.op}`;
        if (o.op === 'same') return <span key={key}>{o.first} </span>;
        return (
          <span key={key} data-diff={o.op}>
            [
            {o.first && (
              <del className="text-rose-800 decoration-rose-600">
                <span className="sr-only">first has </span>
                {o.first}
              </del>
            )}
            {o.op === 'changed' && ' | '}
            {o.this && (
              <ins className="text-emerald-800 no-underline">
                <span className="sr-only">this has </span>
                {o.this}
              </ins>
            )}
            ]{' '}
          </span>
        );
      })}
    </>
  );
}

export function QuotePanel({
  groups,
  ids,
  articles,
  storyArticles,
  selected,
  onSelect,
}: {
  groups: readonly Group[];
  /** The groups' link ids (link-ids.ts), by position. */
  ids: readonly string[];
  /** The articles shown as panes: only their variants are listed. */
  articles: readonly ArticleRecord[];
  storyArticles: readonly ArticleRecord[];
  selected: string;
  onSelect: (link: string) => void;
}) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const all = new Map(storyArticles.map((a) => [a.id, a]));
  const outlet = (id: ArticleId) => all.get(id)?.outlet ?? OUTLET_UNKNOWN;
  const shown = groups
    .map((g, i) => ({ g, id: ids[i]! }))
    .filter(({ g }) => g.members.filter((m) => byId.has(m.article)).length > 1);
  if (!shown.length) return <p className="text-sm text-slate-600">The articles shown share no quote.</p>;
  return (
    <ol className="space-y-4" aria-label="Quote groups">
      {shown.map(({ g, id }) => (
        <li
          key={id}
          data-group={id}
          className={`rounded border p-3 ${selected === id ? 'border-indigo-500' : 'border-slate-200'}`}
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">
              {g.speaker ?? 'Speaker not identified'}
              {g.speakers && g.speakers.length > 1 && (
                <span className="ml-2 text-xs font-normal text-amber-800" data-testid="speakers-differ">
                  outlets differ: {g.speakers.join(' · ')}
                </span>
              )}
            </h3>
            <button
              type="button"
              onClick={() => onSelect(id)}
              className="rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 print:hidden"
            >
              Show in the text
            </button>
          </div>
          <p className="text-sm text-slate-600">
            In <IsolatedList items={[...new Set(g.members.map((m) => outlet(m.article)))]} /> · match{' '}
            {Math.round(g.score * 100)}% · {g.reason}
          </p>
          <ul className="mt-2 space-y-2 text-sm">
            {g.members.map((m, i) => {
              const a = byId.get(m.article);
              if (!a) return null;
              // Diffs are against the first variant: shown only when that one is shown too.
              const againstFirst = i > 0 && byId.has(g.members[0]!.article);
              return (
                <li key={`${m.article}-${m.start}`} data-variant={m.article}>
                  <span className="font-medium text-indigo-800">{outlet(m.article)}:</span>{' '}
                  {!againstFirst ? (
                    <q>{a.body.slice(m.start, m.end)}</q>
                  ) : (
                    <span data-testid="variant-diff">
                      <DiffWords ops={g.diffs[i - 1] ?? []} />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
