/**
 * The story overview above the panes: outlets × shared quotes (with speaker), outlets ×
 * shared names, each article's date and length on a timeline, and how much each pair shares.
 * Every filled cell is a button that opens that article beside another one carrying the same
 * item, at that item.
 */

import { useState } from 'react';
import { formatDate, OUTLET_UNKNOWN } from '../../../components/ui/format';
import type { ArticleId } from '../../../core/types';
import { type Overview, partnerFor } from '../overview-model';
import { typeName } from '../story-model';

/** Quote rows shown before "Show all": the overview stays a glance on a story of many quotes. */
const FIRST_QUOTES = 10;
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function StoryOverview({
  overview: o,
  shown,
  onOpen,
}: {
  overview: Overview;
  /** Ids of the articles shown as panes: a partner is taken from them first. */
  shown: readonly ArticleId[];
  /** Show these articles side by side, at this link ('' for none). */
  onOpen: (articles: ArticleId[], link: string) => void;
}) {
  const [allQuotes, setAllQuotes] = useState(false);
  const outlet = (i: number) => o.articles[i]!.outlet ?? OUTLET_UNKNOWN;
  const prefer = o.articles.flatMap((a, i) => (shown.includes(a.id) ? [i] : []));
  const open = (i: number, cells: readonly unknown[], link: string) => {
    const j = partnerFor(cells, i, prefer);
    onOpen(j === null ? [o.articles[i]!.id] : [o.articles[i]!.id, o.articles[j]!.id], link);
  };
  const head = (
    <thead>
      <tr>
        <td />
        {o.articles.map((a, i) => (
          <th key={a.id} scope="col" className="w-6 px-0.5 pb-1 align-bottom text-xs font-medium">
            <span
              className="block max-h-24 overflow-hidden text-ellipsis whitespace-nowrap [writing-mode:vertical-rl] rotate-180"
              title={`${outlet(i)}: ${a.title}`}
            >
              {outlet(i)}
            </span>
          </th>
        ))}
      </tr>
    </thead>
  );
  const times = o.timeline.flatMap((t) => (t.time === null ? [] : [t.time]));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const maxWords = Math.max(1, ...o.timeline.map((t) => t.words));
  const cell = 'block h-4 w-6 rounded-sm focus-visible:outline-2 focus-visible:outline-indigo-600';
  return (
    <div
      className="grid grid-cols-[minmax(0,1fr)] gap-4 text-sm lg:grid-cols-[repeat(auto-fit,minmax(18rem,1fr))]"
      data-testid="story-overview"
    >
      <section aria-labelledby="ov-quotes" className="overflow-x-auto">
        <h3 id="ov-quotes" className="mb-1 font-semibold">
          Who carries which quote
        </h3>
        {o.quotes.length === 0 ? (
          <p className="text-slate-600">No quote is shared by two articles.</p>
        ) : (
          <table className="border-separate border-spacing-0.5" aria-label="Quotes by article">
            {head}
            <tbody>
              {(allQuotes ? o.quotes : o.quotes.slice(0, FIRST_QUOTES)).map((q) => (
                <tr key={q.link}>
                  <th scope="row" className="w-56 min-w-44 py-0 pr-2 text-left text-xs font-normal">
                    <span className="font-medium">{q.speaker ?? 'Speaker not identified'}</span>{' '}
                    <span className="text-slate-600">“{short(q.text, 40)}”</span>
                  </th>
                  {q.cells.map((c, i) => (
                    <td key={o.articles[i]!.id}>
                      {c ? (
                        <button
                          type="button"
                          data-cell={`${q.link}:${o.articles[i]!.id}`}
                          onClick={() => open(i, q.cells, q.link)}
                          aria-label={`Open ${outlet(i)} at the quote${q.speaker ? ` by ${q.speaker}` : ''}${c === 'reworded' ? ', worded differently' : ''}`}
                          title={c === 'reworded' ? 'worded differently' : 'carries it'}
                          className={`${cell} ${c === 'same' ? 'bg-amber-500' : 'bg-amber-200 ring-1 ring-amber-600 ring-inset'}`}
                        />
                      ) : (
                        <span className={`${cell} block bg-slate-100`} />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {o.quotes.length > FIRST_QUOTES && (
          <button
            type="button"
            className="mt-1 text-xs text-indigo-800 underline"
            onClick={() => setAllQuotes(!allQuotes)}
          >
            {allQuotes ? 'Show fewer' : `Show all ${o.quotes.length} quotes`}
          </button>
        )}
      </section>
      <section aria-labelledby="ov-names" className="overflow-x-auto">
        <h3 id="ov-names" className="mb-1 font-semibold">
          Who names whom
        </h3>
        {o.names.length === 0 ? (
          <p className="text-slate-600">No name is shared by two articles.</p>
        ) : (
          <table className="border-separate border-spacing-0.5" aria-label="Names by article, overview">
            {head}
            <tbody>
              {o.names.map((n) => {
                const most = Math.max(...n.cells);
                return (
                  <tr key={n.link}>
                    <th scope="row" className="w-56 min-w-40 py-0 pr-2 text-left text-xs font-normal">
                      {n.name} <span className="text-xs text-slate-600">{typeName(n.type)}</span>
                    </th>
                    {n.cells.map((c, i) => (
                      <td key={o.articles[i]!.id}>
                        {c ? (
                          <button
                            type="button"
                            onClick={() => open(i, n.cells, n.link)}
                            aria-label={`Open ${outlet(i)} at ${n.name}, named ${c} times`}
                            title={`${c}×`}
                            className={`${cell} bg-indigo-600`}
                            style={{ opacity: 0.35 + (0.65 * c) / most }}
                          />
                        ) : (
                          <span className={`${cell} block bg-slate-100`} />
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="ov-time">
        <h3 id="ov-time" className="mb-1 font-semibold">
          When, and how long
        </h3>
        <ol className="space-y-1" aria-label="Articles by publication time">
          {o.timeline.map((t, i) => (
            <li key={t.article} className="grid grid-cols-[7rem_minmax(0,1fr)] items-center gap-2">
              <span className="truncate text-xs">{outlet(i)}</span>
              <span className="relative block h-3 rounded bg-slate-100">
                <span
                  className="absolute top-0 block h-3 rounded bg-slate-500"
                  title={`${formatDate(o.articles[i]!.published) ?? 'no date'} · ${t.words} words`}
                  style={{
                    left: `${t.time === null || t1 === t0 ? 0 : ((t.time - t0) / (t1 - t0)) * 60}%`,
                    width: `${Math.max(2, (t.words / maxWords) * 40)}%`,
                  }}
                />
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-1 text-xs text-slate-600">
          Position: publication time
          {times.length > 1
            ? ` (${formatDate(new Date(t0).toISOString())} to ${formatDate(new Date(t1).toISOString())})`
            : ''}
          ; width: length in words.
        </p>
      </section>
      <section aria-labelledby="ov-pairs" className="overflow-x-auto">
        <h3 id="ov-pairs" className="mb-1 font-semibold">
          How much each pair shares
        </h3>
        <table className="border-separate border-spacing-0.5" aria-label="Share of each pair">
          {head}
          <tbody>
            {o.articles.map((a, i) => (
              <tr key={a.id}>
                <th scope="row" className="max-w-[7rem] truncate pr-2 text-left text-xs font-medium">
                  {outlet(i)}
                </th>
                {o.articles.map((b, j) => {
                  const v = o.pairs[i]![j]!;
                  return (
                    <td key={b.id}>
                      {i === j ? (
                        <span className={`${cell} block bg-white`} />
                      ) : (
                        <button
                          type="button"
                          onClick={() => onOpen([a.id, b.id], '')}
                          aria-label={`Open ${outlet(i)} and ${outlet(j)}: ${Math.round(v * 100)}% of ${outlet(i)} is also in ${outlet(j)}`}
                          title={`${Math.round(v * 100)}%`}
                          className={`${cell} bg-sky-700`}
                          style={{ opacity: 0.08 + 0.92 * v }}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
