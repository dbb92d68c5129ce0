/**
 * A comparison as a document: JSON (for tools) and Markdown (for people), built from the
 * articles shown as panes. Quote variants carry their word diff against the first variant,
 * written `[first | this]`, `[-only first]`, `[+only this]`.
 */

import { OUTLET_UNKNOWN } from '../../components/ui/format';
import { consistent } from '../../core/claims/numbers';
import type { Qualifier } from '../../core/claims/types';
import type { ArticleId } from '../../core/types';
import type { ArticleRecord, StoryLinks, StoryRecord } from '../../schema/corpus';
import { linkIds } from './link-ids';
import { entityMatrix } from './story-model';

type DiffOps = StoryLinks['quoteGroups'][number]['diffs'][number];

export function diffText(ops: DiffOps): string {
  return ops
    .map((o) =>
      o.op === 'same'
        ? o.first
        : o.op === 'changed'
          ? `[${o.first} | ${o.this}]`
          : o.op === 'only-first'
            ? `[-${o.first}]`
            : `[+${o.this}]`,
    )
    .join(' ');
}

export function comparisonJson(story: StoryRecord, articles: readonly ArticleRecord[]) {
  const shown = new Set<string>(articles.map((a) => a.id));
  const byId = new Map<ArticleId, ArticleRecord>(articles.map((a) => [a.id, a]));
  const text = (m: { article: ArticleId; start: number; end: number }) =>
    byId.get(m.article)?.body.slice(m.start, m.end) ?? '';
  const links = story.links;
  return {
    story: { id: story.id, title: story.title },
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      byline: a.byline,
      published: a.published,
    })),
    quoteGroups: (links?.quoteGroups ?? [])
      .filter((g) => g.members.filter((m) => shown.has(m.article)).length > 1)
      .map((g) => ({
        speaker: g.speaker,
        score: g.score,
        variants: g.members.flatMap((m, i) => {
          if (!shown.has(m.article)) return [];
          return [
            {
              article: m.article,
              start: m.start,
              end: m.end,
              text: text(m),
              // against the first variant, when it is part of the comparison
              diff: i === 0 || !shown.has(g.members[0]!.article) ? null : diffText(g.diffs[i - 1] ?? []),
            },
          ];
        }),
      })),
    entities: entityMatrix(story, articles, linkIds(story, articles).entity).map((r) => ({
      name: r.name,
      type: r.type,
      articles: Object.fromEntries(articles.map((a, i) => [a.id, r.cells[i]])),
    })),
    sharedPassages: (links?.passages ?? [])
      .filter((p) => p.kind !== 'unique' && p.members.filter((m) => shown.has(m.article)).length > 1)
      .map((p) => ({
        kind: p.kind,
        members: p.members.filter((m) => shown.has(m.article)).map((m) => ({ ...m, text: text(m) })),
      })),
    ...claimsOf(links, shown, text),
    uniquePassages: (links?.passages ?? [])
      .filter((p) => p.kind === 'unique' && shown.has(p.members[0]?.article ?? ''))
      .map((p) => ({ article: p.members[0]!.article, text: text(p.members[0]!) })),
  };
}

const figure = (m: { value: number; qualifier: Qualifier | null; precision?: number }) => ({
  value: m.value,
  qualifier: m.qualifier,
  precision: m.precision ?? 0,
});

/**
 * The story's claim groups among the articles shown: differences whose shown figures still
 * differ, and shared facts two shown articles give, each figure with its text as written.
 */
function claimsOf(
  links: StoryLinks | undefined,
  shown: ReadonlySet<string>,
  text: (m: { article: ArticleId; start: number; end: number }) => string,
) {
  const groups = (links?.claims ?? []).flatMap((g) => {
    const members = g.members.filter((m) => shown.has(m.article));
    if (members.length < 2) return [];
    // a difference among every article may be none among those shown ("nearly 80" and "77")
    const differ = members.some((a) => members.some((b) => !consistent(figure(a), figure(b))));
    if (g.kind === 'difference' && !differ) return [];
    return [
      {
        what: g.what,
        kind: g.kind,
        reason: g.reason,
        members: members.map((m) => ({
          article: m.article,
          start: m.start,
          end: m.end,
          text: text(m),
          value: m.value,
          qualifier: m.qualifier,
          source: m.source,
        })),
      },
    ];
  });
  return {
    differences: groups.filter((g) => g.kind === 'difference'),
    sharedFacts: groups.filter((g) => g.kind === 'shared'),
  };
}

/**
 * Article-supplied text made inert in Markdown: on one line, and with HTML's `&`, `<` and `>`
 * written as entities, so a title such as `<img onerror=…>` stays text in any renderer.
 */
export const mdText = (s: string): string =>
  s.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The same for a table cell, where `|` would end the cell. */
const mdCell = (s: string): string => mdText(s).replace(/\|/g, '\\|');

export function comparisonMarkdown(story: StoryRecord, articles: readonly ArticleRecord[]): string {
  const j = comparisonJson(story, articles);
  const outlet = (id: ArticleId) => mdText(articles.find((a) => a.id === id)?.outlet ?? OUTLET_UNKNOWN);
  const lines = [`# ${mdText(j.story.title)}`, '', '## Articles', ''];
  for (const a of j.articles)
    lines.push(
      `- **${mdText(a.outlet ?? OUTLET_UNKNOWN)}**: ${mdText(a.title)}${a.byline ? `, by ${mdText(a.byline)}` : ''}${a.published ? ` (${mdText(a.published.slice(0, 10))})` : ''}`,
    );
  const figures = (g: (typeof j.differences)[number]) =>
    g.members
      .map(
        (m) => `${mdText(m.text)} (${outlet(m.article)}${m.source ? `, quoting ${mdText(m.source)}` : ''})`,
      )
      .join(' · ');
  lines.push('', `## Where they differ (${j.differences.length})`, '');
  for (const g of j.differences) lines.push(`- ${mdText(g.what)}: ${figures(g)}`);
  lines.push('', `## Figures they agree on (${j.sharedFacts.length})`, '');
  for (const g of j.sharedFacts) lines.push(`- ${mdText(g.what)}: ${figures(g)}`);
  lines.push('', `## Shared quotes (${j.quoteGroups.length})`, '');
  for (const g of j.quoteGroups) {
    lines.push(`### ${mdText(g.speaker ?? 'Speaker not identified')}`, '');
    for (const v of g.variants) lines.push(`> ${mdText(v.text)}`, `> — ${outlet(v.article)}`, '');
    for (const v of g.variants.slice(1))
      if (v.diff) lines.push(`Differences (${outlet(v.article)}): ${mdText(v.diff)}`, '');
  }
  lines.push(`## Shared names (${j.entities.length})`, '');
  lines.push(`| name | type | ${articles.map((a) => mdCell(a.outlet ?? OUTLET_UNKNOWN)).join(' | ')} |`);
  lines.push(`| --- | --- | ${articles.map(() => '---').join(' | ')} |`);
  for (const e of j.entities)
    lines.push(
      `| ${mdCell(e.name)} | ${e.type} | ${articles
        .map((a) => {
          const c = e.articles[a.id];
          return c?.mentions ? `${c.mentions}×${c.quoted ? ', quoted' : ''}` : '–';
        })
        .join(' | ')} |`,
    );
  lines.push('', '## Only in one article', '');
  for (const a of articles) {
    const own = j.uniquePassages.filter((u) => u.article === a.id);
    lines.push(`### ${mdText(a.outlet ?? OUTLET_UNKNOWN)} (${own.length})`, '');
    for (const u of own) lines.push(`- ${mdText(u.text)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
