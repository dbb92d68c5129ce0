/**
 * The story's tools: which outlets are shown, the highlight layers, scroll sync, adding an
 * article (on a phone), stepping through search hits, export and the keys. Behind a button
 * on a phone, always shown side by side.
 */
import { OUTLET_UNKNOWN, plural } from '../../../components/ui/format';
import { type ArticleId, articleId } from '../../../core/types';
import type { ArticleRecord, StoryRecord } from '../../../schema/corpus';
import type { LayerId } from '../layers';
import { ExportButtons } from './export-buttons';
import { LayerToggles } from './layer-toggles';
import { OutletChips } from './outlet-chips';

export function StoryToolbar({
  open,
  story,
  storyArticles,
  panes,
  paneIds,
  fit,
  layers,
  counts,
  sync,
  query,
  hitCount,
  onPanes,
  onLayers,
  onSync,
  onResync,
  onStepHit,
  onHelp,
}: {
  open: boolean;
  story: StoryRecord;
  storyArticles: readonly ArticleRecord[];
  panes: readonly ArticleRecord[];
  paneIds: readonly ArticleId[];
  fit: number;
  layers: ReadonlySet<LayerId>;
  counts: Record<LayerId, number>;
  sync: boolean;
  query: string;
  hitCount: number;
  onPanes: (next: ArticleId[]) => void;
  onLayers: (next: ReadonlySet<LayerId>) => void;
  onSync: (on: boolean) => void;
  onResync: () => void;
  onStepHit: (dir: 1 | -1) => void;
  onHelp: () => void;
}) {
  const missing = storyArticles.filter((a) => !paneIds.includes(a.id));
  return (
    <div id="story-tools" className={`${open ? '' : 'hidden'} space-y-2 lg:block`}>
      <OutletChips articles={storyArticles} shown={paneIds} fit={fit} onChange={onPanes} />
      <LayerToggles shown={layers} counts={counts} onChange={onLayers} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm print:hidden">
        <label className="inline-flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={sync}
            onChange={(e) => onSync(e.target.checked)}
            className="accent-indigo-700"
          />
          Scroll panes together
        </label>
        <button
          type="button"
          onClick={onResync}
          className="rounded-md border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100"
        >
          Re-sync from this pane
        </button>
        {missing.length > 0 && (
          <label className="inline-flex items-center gap-1.5 lg:hidden">
            Add article
            <select
              value=""
              onChange={(e) => e.target.value && onPanes([...paneIds, articleId(e.target.value)])}
              className="rounded-md border border-slate-300 bg-white px-2 py-1"
            >
              <option value="">Choose…</option>
              {missing.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.outlet ?? OUTLET_UNKNOWN}: {a.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {query && (
          <span className="inline-flex items-center gap-1.5">
            <span>
              {plural(hitCount, 'hit')} for “{query}”
            </span>
            <button
              type="button"
              onClick={() => onStepHit(-1)}
              className="rounded border border-slate-300 px-2 py-0.5"
              aria-label="Previous hit"
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => onStepHit(1)}
              className="rounded border border-slate-300 px-2 py-0.5"
              aria-label="Next hit"
            >
              ↓
            </button>
          </span>
        )}
        <ExportButtons story={story} articles={panes} />
        <button
          type="button"
          onClick={onHelp}
          className="rounded-md border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100"
          aria-keyshortcuts="?"
        >
          Keys (?)
        </button>
      </div>
    </div>
  );
}
