/** The key to the highlights, with how many of each the story has. */
import { HIGHLIGHT_CLASS } from '../../../components/ui/highlighted-text';
import type { StoryRecord } from '../../../schema/corpus';

export function Legend({ story }: { story: StoryRecord }) {
  const links = story.links;
  if (!links) return null;
  const quotes = links.quoteGroups.length;
  const names = links.entityGroups.filter((g) => g.articles.length > 1).length;
  return (
    <ul aria-label="Highlights" className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
      <li>
        <span className={HIGHLIGHT_CLASS.quote}>Shared quote</span> ({quotes})
      </li>
      <li>
        <span className={HIGHLIGHT_CLASS.entity}>Shared name</span> ({names})
      </li>
    </ul>
  );
}
