/**
 * One article of a story as a pane: outlet, byline, date, title, the controls that move or
 * remove it, its clean text with every highlight layer in its own scroller, the coverage strip
 * beside it, and the furniture removed from it.
 */
import { memo, useEffect, useRef } from 'react';
import { formatDate, OUTLET_UNKNOWN } from '../../../components/ui/format';
import { IsolatedList } from '../../../components/ui/isolated';
import type { ArticleId, Span } from '../../../core/types';
import type { ArticleRecord } from '../../../schema/corpus';
import { bringIntoView, flash, targetIn } from '../pane-dom';
import type { Mark } from '../story-model';
import { CoverageStrip, type StripMark } from './coverage-strip';
import { MarkedText } from './marked-text';
import { RemovedFurniture } from './removed-furniture';

export const ArticlePane = memo(function ArticlePane({
  article: a,
  marks,
  strip,
  hits,
  openAt,
  complete,
  position,
  count,
  hidden,
  onMove,
  onRemove,
}: {
  article: ArticleRecord;
  marks: readonly Mark[];
  strip: readonly StripMark[];
  hits: readonly Span[];
  openAt: number | null;
  /** False on the first render: only the first screen of text (and the paragraph to open at). */
  complete: boolean;
  position: number;
  count: number;
  /** Hidden on a phone when another pane is the one shown. */
  hidden: boolean;
  onMove: (id: ArticleId, by: -1 | 1) => void;
  onRemove: (id: ArticleId) => void;
}) {
  const scroller = useRef<HTMLElement>(null);
  useEffect(() => {
    const s = scroller.current;
    const target = openAt === null ? null : s?.querySelector<HTMLElement>(`[data-paragraph="${openAt}"]`);
    if (!s || !target) return;
    bringIntoView(s, target);
    target.focus({ preventScroll: true });
  }, [openAt]);

  const shown = complete ? a.paragraphs.length : firstScreen(a, openAt);
  const outlet = a.outlet ?? OUTLET_UNKNOWN;
  const headingId = `title-${a.id}`;
  const button =
    'rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 disabled:opacity-40 print:hidden';
  return (
    <article
      aria-labelledby={headingId}
      data-article={a.id}
      data-pane={a.id}
      className={`${hidden ? 'hidden lg:flex print:flex' : 'flex'} min-w-0 flex-col rounded-lg border border-slate-200 bg-white shadow-sm print:break-inside-auto print:border-0 print:shadow-none`}
    >
      <header className="border-b border-slate-200 px-5 pt-4 pb-3">
        <div className="flex items-start justify-between gap-2">
          <p className="text-sm font-medium text-indigo-800">
            <bdi>{outlet}</bdi>
          </p>
          <div className="flex gap-1">
            <button
              type="button"
              className={button}
              disabled={position === 0}
              onClick={() => onMove(a.id, -1)}
              aria-label={`Move ${outlet} left`}
            >
              ←
            </button>
            <button
              type="button"
              className={button}
              disabled={position === count - 1}
              onClick={() => onMove(a.id, 1)}
              aria-label={`Move ${outlet} right`}
            >
              →
            </button>
            <button
              type="button"
              className={button}
              disabled={count < 2}
              onClick={() => onRemove(a.id)}
              aria-label={`Remove ${outlet} from the comparison`}
            >
              ✕
            </button>
          </div>
        </div>
        <h2 id={headingId} className="text-xl font-semibold leading-snug [overflow-wrap:anywhere]">
          <bdi>{a.title}</bdi>
          {a.titleDerived && (
            <span className="ml-2 align-middle text-xs font-normal text-slate-600">
              (no headline; from the lede)
            </span>
          )}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {a.byline || a.published || a.section ? (
            <IsolatedList
              items={[a.byline && `By ${a.byline}`, formatDate(a.published), a.section].filter(
                (x): x is string => !!x,
              )}
              separator=" · "
            />
          ) : (
            'No byline or date'
          )}
        </p>
      </header>
      <div className="flex min-h-0 gap-2 py-3 pr-2">
        <section
          ref={scroller}
          data-scroller
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling pane must be reachable from the keyboard
          tabIndex={0}
          aria-label={`Text of ${outlet}`}
          className="relative h-[60vh] flex-1 overflow-y-auto px-5 leading-relaxed lg:h-[calc(100vh-17rem)] print:h-auto print:overflow-visible"
        >
          <div className="space-y-3" data-testid="article-text">
            {a.paragraphs.slice(0, shown).map((p, i) => {
              const text = a.body.slice(p.start, p.end);
              const isTarget = i === openAt;
              const props = {
                tabIndex: isTarget ? -1 : undefined,
                'data-paragraph': i,
                className: isTarget
                  ? 'rounded bg-indigo-50 outline-2 outline-offset-4 outline-indigo-300'
                  : '',
              };
              const body = (
                <MarkedText key={p.start} text={text} offset={p.start} marks={marks} hits={hits} />
              );
              return p.kind === 'heading' ? (
                <h3 key={p.start} {...props} className={`pt-2 font-semibold ${props.className}`}>
                  {body}
                </h3>
              ) : (
                <p key={p.start} {...props}>
                  {body}
                </p>
              );
            })}
          </div>
          {complete && <RemovedFurniture removed={a.removed} />}
        </section>
        <CoverageStrip
          marks={strip}
          onJump={(link) => {
            const s = scroller.current;
            const el = s && targetIn(s, link);
            if (!s || !el) return;
            bringIntoView(s, el);
            flash(el);
          }}
        />
      </div>
    </article>
  );
});

/** Paragraphs that fill the first screen (about 2,500 characters), and at least up to `openAt`. */
function firstScreen(a: ArticleRecord, openAt: number | null): number {
  const i = a.paragraphs.findIndex((p) => p.end > 2500);
  const screen = i < 0 ? a.paragraphs.length : i + 1;
  return Math.max(screen, openAt === null ? 0 : openAt + 1);
}
