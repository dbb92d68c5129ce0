/** The panels under the panes: shared quotes, how much the articles share, names by article. */
import { memo, useMemo } from 'react';
import type { ArticleRecord, StoryRecord } from '../../../schema/corpus';
import type { LinkIds } from '../link-ids';
import { entityMatrix, shareMatrix } from '../story-model';
import { EntityMatrix } from './entity-matrix';
import { QuotePanel } from './quote-panel';
import { ShareChart } from './share-chart';

export const Panels = memo(function Panels({
  story,
  panes,
  storyArticles,
  ids,
  selected,
  onSelect,
}: {
  story: StoryRecord;
  panes: readonly ArticleRecord[];
  ids: LinkIds;
  /** Every article of the story, shown or not: a quote's outlets include the ones not shown. */
  storyArticles: readonly ArticleRecord[];
  selected: string;
  onSelect: (link: string) => void;
}) {
  const rows = useMemo(() => entityMatrix(story, panes, ids.entity), [story, panes, ids]);
  const shares = useMemo(() => shareMatrix(story, panes), [story, panes]);
  const box = 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:border-0 print:shadow-none';
  return (
    <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-2">
      <section aria-labelledby="quotes-title" className={box}>
        <h2 id="quotes-title" className="mb-2 text-lg font-semibold">
          Shared quotes
        </h2>
        <QuotePanel
          groups={story.links?.quoteGroups ?? []}
          ids={ids.quote}
          articles={panes}
          storyArticles={storyArticles}
          selected={selected}
          onSelect={onSelect}
        />
      </section>
      <section aria-labelledby="overlap-title" className={box}>
        <h2 id="overlap-title" className="mb-2 text-lg font-semibold">
          How much they share
        </h2>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it may scroll sideways on a phone, so it takes focus */}
        <section className="overflow-x-auto" tabIndex={0} aria-label="Share chart (scrolls sideways)">
          <ShareChart matrix={shares} articles={panes} />
        </section>
      </section>
      <section aria-labelledby="names-title" className={`${box} lg:col-span-2`}>
        <h2 id="names-title" className="mb-2 text-lg font-semibold">
          Names by article
        </h2>
        <EntityMatrix rows={rows} articles={panes} onSelect={onSelect} />
      </section>
    </div>
  );
});
