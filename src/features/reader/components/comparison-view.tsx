/**
 * The comparison reader: which articles are panes (side by side as many as keep a readable
 * measure; one at a time on a phone), following a link to its counterparts (also in articles
 * not shown), and the click and keyboard routing from highlights. Its parts live beside it:
 * where the figures differ (claims-panel.tsx), the tools (story-toolbar.tsx), the phone switcher (pane-switcher.tsx), the panels
 * (panels.tsx), search hits (use-story-hits.ts), render marks (use-story-perf.ts), scroll
 * sync, keys, and the DOM helpers (pane-dom.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dateRange, OUTLET_UNKNOWN, plural } from '../../../components/ui/format';
import { type ArticleId, articleId, type Span } from '../../../core/types';
import { navigate } from '../../../routing/navigation';
import { type Route, routeHref } from '../../../routing/routes';
import type { ArticleRecord, StoryRecord } from '../../../schema/corpus';
import { layerClasses, layerCounts } from '../layers';
import { storyOverview } from '../overview-model';
import { articleOf, followLink, primaryLink, scrollers, select, stepItem } from '../pane-dom';
import { rememberLayers, rememberOverview, storedLayers, storedOverview } from '../reader-settings';
import { buildStoryView, coverage } from '../story-model';
import { MIN_MEASURE_CH, PANE_CHROME, usePaneFit, useWide } from '../use-pane-fit';
import { useScrollSync } from '../use-scroll-sync';
import { useStoryHits } from '../use-story-hits';
import { useStoryKeys } from '../use-story-keys';
import { markLayerToggle, useStoryPerf } from '../use-story-perf';
import { ArticlePane } from './article-pane';
import { ClaimsPanel } from './claims-panel';
import { ElsewhereNotice } from './elsewhere-notice';
import { HelpOverlay } from './help-overlay';
import { PaneSwitcher } from './pane-switcher';
import { Panels } from './panels';
import { StoryOverview } from './story-overview';
import { StoryToolbar } from './story-toolbar';

type StoryRoute = Extract<Route, { name: 'story' }>;
const NO_HITS: readonly Span[] = [];
export function ComparisonView({
  route,
  story,
  articles,
}: {
  route: StoryRoute;
  story: StoryRecord;
  articles: readonly ArticleRecord[];
}) {
  const root = useRef<HTMLDivElement>(null);
  const [layers, setLayers] = useState(storedLayers);
  const complete = useStoryPerf(root, layers);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const storyArticles = useMemo(() => story.articleIds.map((id) => byId.get(id)!), [story, byId]);
  const probe = useRef<HTMLDivElement>(null);
  const isWide = useWide();
  const fit = usePaneFit(root, probe);
  const chosen = route.panes.filter((id) => story.articleIds.includes(id));
  const ordered = chosen.length ? chosen : story.articleIds;
  // Side by side, as many as keep a readable measure; on a phone one at a time, any of them.
  const paneKey = (isWide ? ordered.slice(0, fit) : ordered).join(',');
  const paneIds = useMemo(() => paneKey.split(',').map(articleId), [paneKey]);
  const panes = useMemo(() => paneIds.map((id) => byId.get(id)!), [paneIds, byId]);
  const outletOf = useCallback((id: ArticleId) => byId.get(id)?.outlet ?? OUTLET_UNKNOWN, [byId]);
  const view = useMemo(
    () => buildStoryView(story, storyArticles, outletOf),
    [story, storyArticles, outletOf],
  );
  const counts = useMemo(() => layerCounts(view), [view]);
  const followRef = useRef<(link: string, from: string | null) => void>(() => {});
  const selectFromPanel = useCallback((l: string) => followRef.current(l, null), []);
  const strips = useMemo(
    () => new Map(storyArticles.map((a) => [a.id, coverage(view, a)])),
    [view, storyArticles],
  );

  const [overviewChoice] = useState(storedOverview);
  const [sync, setSync] = useState(true);
  const [help, setHelp] = useState(false);
  const [tools, setTools] = useState(false);
  // The pane shown on a phone, by article (moving or removing panes keeps it).
  const [shownId, setShownId] = useState<ArticleId>(() =>
    route.at ? articleId(route.at.article) : paneIds[0]!,
  );
  /** Counterparts of the link just followed that are in articles not shown. */
  const [elsewhere, setElsewhere] = useState<{ link: string; ids: ArticleId[]; from: string | null } | null>(
    null,
  );
  const pendingFollow = useRef<string | null>(null);
  const active = useRef<string | null>(null);
  const phoneScroll = useRef(new Map<string, number>()); // by article id, as the DOM gives it
  const syncFrom = useScrollSync(root, sync);
  const visible = Math.max(0, paneIds.indexOf(shownId));
  /** Shows another pane on a phone, keeping the place of the one left and the one shown. */
  const showPane = useCallback((id: ArticleId, then?: () => void) => {
    const r = root.current;
    for (const s of scrollers(r ?? document))
      if (s.offsetParent !== null) phoneScroll.current.set(articleOf(s) ?? '', s.scrollTop);
    setShownId(id);
    requestAnimationFrame(() => {
      const next = r?.querySelector<HTMLElement>(`[data-pane="${id}"] [data-scroller]`);
      const saved = phoneScroll.current.get(id);
      if (next && saved !== undefined) next.scrollTop = saved;
      then?.();
    });
  }, []);

  const { hitsByArticle, hitCount, stepHit } = useStoryHits(
    root,
    route.q,
    storyArticles,
    paneIds,
    `${paneKey}|${visible}`,
  );

  useEffect(() => rememberLayers(layers), [layers]);

  // Stable across URL changes (each selection rewrites the URL), so the panes do not re-render.
  const latestRoute = useRef(route);
  latestRoute.current = route;
  const setRoute = useCallback((patch: Partial<StoryRoute>) => {
    const next = { ...latestRoute.current, ...patch };
    if (routeHref(next) !== routeHref(latestRoute.current)) navigate(next, { replace: true });
  }, []);

  // The selected item from the URL: marked in every pane (also one added later), scrolled to
  // once on arrival.
  const arrived = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: an added pane needs the marking too
  useEffect(() => {
    const r = root.current;
    if (!r || !complete) return;
    select(r, route.g);
    if (!arrived.current && route.g) followLink(r, route.g, null);
    arrived.current = true;
  }, [route.g, complete, paneKey]);

  // A pane added to show a counterpart: once it is there, go to the counterpart in it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the panes change
  useEffect(() => {
    const r = root.current;
    const link = pendingFollow.current;
    if (!r || !link) return;
    pendingFollow.current = null;
    // Two frames: the panes re-flow at their new width first; then every pane goes to the link.
    requestAnimationFrame(() => requestAnimationFrame(() => followLink(r, link, null)));
  }, [paneKey]);

  /** From the overview: these articles first, side by side, at `link` (when given). */
  const openAt = (ids: readonly ArticleId[], link: string) => {
    const first = [...new Set(ids)];
    const rest = paneIds.filter((p) => !first.includes(p));
    const next = isWide ? [...first, ...rest].slice(0, Math.max(fit, first.length)) : [...first, ...rest];
    if (!isWide) setShownId(first[0]!);
    if (next.join(',') === paneKey) {
      if (link) follow(link, null);
      return;
    }
    if (link) pendingFollow.current = link;
    setRoute(link ? { panes: next, g: link } : { panes: next });
  };
  const overview = useMemo(
    () => (complete && storyArticles.length > 2 ? storyOverview(story, storyArticles, view.ids) : null),
    [complete, story, storyArticles, view],
  );

  /** Shows an article holding the followed link, in place of a pane that does not hold it. */
  const showCounterpart = (id: ArticleId) => {
    if (!elsewhere) return;
    const holds = new Set((view.links.get(elsewhere.link)?.members ?? []).map((m) => m.article));
    let next: ArticleId[];
    if (!isWide || paneIds.length < fit) next = [...paneIds, id];
    else {
      const k = [...paneIds].reverse().findIndex((p) => !holds.has(p) && p !== elsewhere.from);
      const at = k < 0 ? paneIds.length - 1 : paneIds.length - 1 - k;
      next = paneIds.map((p, i) => (i === at ? id : p));
    }
    pendingFollow.current = elsewhere.link;
    setElsewhere({ ...elsewhere, ids: elsewhere.ids.filter((x) => x !== id) });
    setRoute({ panes: next });
    if (!isWide) setShownId(id);
  };

  const follow = useCallback(
    (link: string, from: string | null) => {
      const r = root.current;
      if (!r) return;
      if (!isWide) {
        // One pane at a time: from a pane, show the next pane (cyclically) holding a counterpart;
        // from a panel, the shown pane if it holds one.
        const members = view.links.get(link)?.members ?? [];
        const holds = (i: number) => members.some((m) => m.article === panes[i]!.id);
        const order = panes.map((_, k) => (visible + (from === null ? 0 : 1) + k) % panes.length);
        const at = order.find((i) => holds(i) && (from === null || i !== visible));
        if (at === undefined) select(r, link);
        else if (at === visible) followLink(r, link, null);
        else showPane(panes[at]!.id, () => followLink(r, link, from));
      } else followLink(r, link, from);
      const hidden = [
        ...new Set(
          (view.links.get(link)?.members ?? []).map((m) => m.article).filter((a) => !paneIds.includes(a)),
        ),
      ];
      setElsewhere(
        hidden.length && view.links.get(link)?.kind !== 'entity' ? { link, ids: hidden, from } : null,
      );
      setRoute({ g: link });
    },
    [view, panes, paneIds, visible, isWide, setRoute, showPane],
  );
  followRef.current = follow;

  const onMove = useCallback(
    (id: ArticleId, by: -1 | 1) => {
      const ids = [...paneIds];
      const i = ids.indexOf(id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= ids.length) return;
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
      setRoute({ panes: ids });
    },
    [paneIds, setRoute],
  );
  const onRemove = useCallback(
    (id: ArticleId) => {
      const ids = paneIds.filter((x) => x !== id);
      if (ids.length) setRoute({ panes: ids });
    },
    [paneIds, setRoute],
  );

  const activeScroller = (): HTMLElement | null => {
    const all = scrollers(root.current ?? document).filter((s) => s.offsetParent !== null);
    return all.find((s) => articleOf(s) === active.current) ?? all[0] ?? null;
  };

  useStoryKeys({
    step: (kind, dir) => {
      const s = activeScroller();
      if (!s) return;
      const next = stepItem(s, dir, (l) => {
        const link = view.links.get(l);
        if (!link || link.kind === 'entity') return false;
        return kind === 'shared' ? link.kind !== 'unique' : link.differs;
      });
      if (!next) return;
      const link = primaryLink(next);
      if (link && view.links.get(link)?.kind !== 'unique') follow(link, articleOf(next));
      else if (link && root.current) select(root.current, link);
    },
    hit: stepHit,
    help: setHelp,
  });

  return (
    <section aria-labelledby="story-title" className="relative">
      <header className="mb-3 space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 id="story-title" className="text-2xl font-semibold">
            <bdi>{story.title}</bdi>
          </h1>
          <p className="text-sm text-slate-600">
            {plural(story.articleIds.length, 'article')} ·{' '}
            {dateRange(story.firstPublished, story.lastPublished)}
          </p>
        </div>
        <button
          type="button"
          aria-expanded={tools}
          aria-controls="story-tools"
          onClick={() => setTools(!tools)}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 lg:hidden print:hidden"
        >
          {tools ? 'Hide layers and tools' : 'Layers and tools'}
        </button>
        <StoryToolbar
          open={tools}
          story={story}
          storyArticles={storyArticles}
          panes={panes}
          paneIds={paneIds}
          fit={fit}
          layers={layers}
          counts={counts}
          sync={sync}
          query={route.q}
          hitCount={hitCount}
          onPanes={(next) => setRoute({ panes: next })}
          onLayers={(next) => {
            markLayerToggle();
            setLayers(next);
          }}
          onSync={setSync}
          onResync={() => {
            const sc = activeScroller();
            if (sc) syncFrom(sc);
          }}
          onStepHit={stepHit}
          onHelp={() => setHelp(true)}
        />
        <PaneSwitcher panes={panes} visible={visible} onShow={showPane} />
      </header>
      {story.links && storyArticles.length > 1 && (
        <ClaimsPanel
          claims={story.links.claims ?? []}
          ids={view.ids.claim}
          articles={storyArticles}
          selected={route.g}
          onOpen={openAt}
        />
      )}
      {overview && (
        <details
          // Open side by side until the reader closes it; on a phone the text comes first.
          open={overviewChoice ?? isWide}
          onToggle={(e) => rememberOverview((e.target as HTMLDetailsElement).open)}
          className="mb-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm print:hidden"
        >
          <summary className="cursor-pointer font-semibold">
            Story overview{' '}
            <span className="font-normal text-slate-600 text-sm">
              {plural(overview.quotes.length, 'shared quote')} ·{' '}
              {plural(overview.names.length, 'shared name')}
              {overview.names.length === 8 ? ' (the 8 most shared)' : ''}
            </span>
          </summary>
          <div className="mt-2">
            <StoryOverview overview={overview} shown={paneIds} onOpen={openAt} />
          </div>
        </details>
      )}
      {route.g && complete && !view.links.has(route.g) && (
        <p
          role="status"
          className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          The quote or passage this link points to is no longer in this story: the articles were analysed
          again since the link was made.{' '}
          <button type="button" className="underline" onClick={() => setRoute({ g: '' })}>
            Dismiss
          </button>
        </p>
      )}
      {elsewhere && elsewhere.ids.length > 0 && (
        <ElsewhereNotice
          articles={elsewhere.ids.map((id) => byId.get(id)!).filter(Boolean)}
          onShow={showCounterpart}
          onClose={() => setElsewhere(null)}
        />
      )}
      <div
        ref={probe}
        aria-hidden
        className="pointer-events-none invisible absolute h-0"
        style={{ width: `calc(${MIN_MEASURE_CH}ch + ${PANE_CHROME})` }}
      />
      {/* Clicks and Enter on a highlight follow its link; the pane last used is the one j/k walk. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: delegates from the focusable highlights inside */}
      <div
        ref={root}
        role="presentation"
        className={`grid grid-cols-1 gap-4 lg:grid-cols-[repeat(var(--panes),minmax(0,1fr))] print:block ${layerClasses(layers)}`}
        style={{ '--panes': panes.length } as React.CSSProperties}
        onFocus={(e) => {
          active.current = articleOf(e.target);
        }}
        onPointerDown={(e) => {
          active.current = articleOf(e.target as Element);
        }}
        onClick={(e) => {
          const t = e.target as HTMLElement;
          if (!t.closest('[data-links]') || window.getSelection()?.toString()) return;
          const link = primaryLink(t);
          if (link) follow(link, articleOf(t));
        }}
        onKeyDown={(e) => {
          const t = e.target as HTMLElement;
          if (e.key !== 'Enter' || !t.matches('[data-first]')) return;
          e.preventDefault();
          const link = primaryLink(t);
          if (link) follow(link, articleOf(t));
        }}
      >
        {panes.map((a, i) => (
          <ArticlePane
            key={a.id}
            article={a}
            marks={view.marks.get(a.id) ?? []}
            strip={strips.get(a.id) ?? []}
            hits={hitsByArticle.get(a.id) ?? NO_HITS}
            openAt={route.at?.article === a.id ? route.at.paragraph : null}
            complete={complete}
            position={i}
            count={panes.length}
            hidden={i !== visible}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </div>
      {complete && (
        <Panels
          story={story}
          panes={panes}
          storyArticles={storyArticles}
          ids={view.ids}
          selected={route.g}
          onSelect={selectFromPanel}
        />
      )}
      <HelpOverlay open={help} onClose={() => setHelp(false)} />
    </section>
  );
}
