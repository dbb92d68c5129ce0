/** One article of a story: metadata, clean paragraphs, and the furniture removed from it. */
import { useEffect, useRef } from 'react';
import { formatDate, OUTLET_UNKNOWN } from '../../../components/ui/format';
import { type Highlight, HighlightedText } from '../../../components/ui/highlighted-text';
import type { ArticleRecord } from '../../../schema/corpus';
import { RemovedFurniture } from './removed-furniture';

export function ArticlePane({
  article: a,
  openAt,
  highlights,
}: {
  article: ArticleRecord;
  openAt: number | null;
  highlights: readonly Highlight[];
}) {
  const pane = useRef<HTMLElement>(null);
  useEffect(() => {
    const target =
      openAt === null ? null : pane.current?.querySelector<HTMLElement>(`[data-paragraph="${openAt}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [openAt]);

  const headingId = `title-${a.id}`;
  return (
    <article
      ref={pane}
      aria-labelledby={headingId}
      data-article={a.id}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <header className="mb-4 border-b border-slate-200 pb-3">
        <p className="text-sm font-medium text-indigo-800">{a.outlet ?? OUTLET_UNKNOWN}</p>
        <h2 id={headingId} className="text-xl font-semibold leading-snug">
          {a.title}
          {a.titleDerived && (
            <span className="ml-2 align-middle text-xs font-normal text-slate-600">
              (no headline; from the lede)
            </span>
          )}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {[a.byline && `By ${a.byline}`, formatDate(a.published), a.section].filter(Boolean).join(' · ') ||
            'No byline or date'}
        </p>
      </header>
      <div className="space-y-3 leading-relaxed" data-testid="article-text">
        {a.paragraphs.map((p, i) => {
          const text = a.body.slice(p.start, p.end);
          const isTarget = i === openAt;
          const props = {
            tabIndex: isTarget ? -1 : undefined,
            'data-paragraph': i,
            className: isTarget
              ? 'rounded bg-indigo-50 outline-2 outline-offset-4 outline-indigo-300'
              : undefined,
          };
          return p.kind === 'heading' ? (
            <h3 key={p.start} {...props} className={`pt-2 font-semibold ${props.className ?? ''}`}>
              <HighlightedText text={text} highlights={highlights} offset={p.start} />
            </h3>
          ) : (
            <p key={p.start} {...props}>
              <HighlightedText text={text} highlights={highlights} offset={p.start} />
            </p>
          );
        })}
      </div>
      <RemovedFurniture removed={a.removed} />
    </article>
  );
}
