/** What to highlight in one article of a story: its shared quotes and shared names. */
import type { Highlight } from '../../components/ui/highlighted-text';
import type { StoryRecord } from '../../schema/corpus';

export function sharedHighlights(
  story: StoryRecord,
  articleId: string,
  outletOf: (id: string) => string,
): Highlight[] {
  const links = story.links;
  if (!links) return [];
  const out: Highlight[] = [];
  for (const g of links.quoteGroups) {
    const others = [...new Set(g.members.map((m) => m.article).filter((a) => a !== articleId))];
    const label = `Quote${g.speaker ? ` by ${g.speaker}` : ''}, also in ${others.map(outletOf).join(', ')}`;
    for (const m of g.members)
      if (m.article === articleId) out.push({ start: m.start, end: m.end, kind: 'quote', label });
  }
  for (const g of links.entityGroups) {
    if (g.articles.length < 2) continue;
    const label = `${g.name} (${g.type}), named in ${g.articles.length} articles`;
    for (const m of g.mentions)
      if (m.article === articleId) out.push({ start: m.start, end: m.end, kind: 'entity', label });
  }
  return out;
}
