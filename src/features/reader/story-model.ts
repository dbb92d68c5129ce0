/**
 * What the comparison reader shows of one story, computed once from the bundle's links:
 * every highlight (mark) of every article with the link it belongs to, the links themselves
 * (so a click finds the counterparts, and j/k and [ ] know which differ), and the figures of the panels (share matrix, entity × article matrix). Pure: the
 * components only render it.
 */

import type { EntityType } from '../../core/entities/types';
import type { ArticleId } from '../../core/types';
import type { ArticleRecord, StoryRecord } from '../../schema/corpus';
import { type LinkIds, linkIds } from './link-ids';

export type { EntityType };

export type MarkKind = 'quote' | 'shared' | 'unique' | 'entity' | 'differ' | 'fact';
export type LinkKind = 'quote' | 'passage' | 'unique' | 'entity' | 'claim';

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: MarkKind;
  readonly entityType?: EntityType;
  /** Id of the link (quote group, passage, entity group, claim group) this mark is a member of. */
  readonly link: string;
  readonly label: string;
}

export interface LinkMember {
  readonly article: ArticleId;
  readonly start: number;
  readonly end: number;
}

export interface Link {
  readonly id: string;
  readonly kind: LinkKind;
  readonly members: readonly LinkMember[];
  /** Whether this item differs between the articles (a unique passage, a changed quote). */
  readonly differs: boolean;
}

export interface StoryView {
  readonly marks: ReadonlyMap<ArticleId, readonly Mark[]>;
  readonly links: ReadonlyMap<string, Link>;
  /** The URL ids of the story's quote groups, passages and entity groups, by position. */
  readonly ids: LinkIds;
}

export function buildStoryView(
  story: StoryRecord,
  articles: readonly ArticleRecord[],
  outletOf: (id: ArticleId) => string,
): StoryView {
  const marks = new Map<ArticleId, Mark[]>(articles.map((a) => [a.id, []]));
  const links = new Map<string, Link>();
  const add = (article: ArticleId, m: Mark) => marks.get(article)?.push(m);
  const ids = linkIds(story, articles);
  const l = story.links;
  if (l) {
    l.quoteGroups.forEach((g, i) => {
      const id = ids.quote[i]!;
      const outlets = [...new Set(g.members.map((m) => outletOf(m.article)))].join(', ');
      const differs = g.diffs.some((d) => d.some((op) => op.op !== 'same'));
      links.set(id, { id, kind: 'quote', members: g.members, differs });
      const label = `Shared quote${g.speaker ? ` by ${g.speaker}` : ''}, in ${outlets}${differs ? ', worded differently' : ''}`;
      for (const m of g.members)
        add(m.article, { start: m.start, end: m.end, kind: 'quote', link: id, label });
    });
    l.passages.forEach((p, i) => {
      const id = ids.passage[i]!;
      const unique = p.kind === 'unique';
      links.set(id, { id, kind: unique ? 'unique' : 'passage', members: p.members, differs: unique });
      const label = unique
        ? 'Only in this article'
        : `Shared passage (${p.kind}), also in ${[...new Set(p.members.map((m) => outletOf(m.article)))].join(', ')}`;
      for (const m of p.members)
        add(m.article, { start: m.start, end: m.end, kind: unique ? 'unique' : 'shared', link: id, label });
    });
    // a figure as its article wrote it, as the "Where they differ" panel shows it
    const body = new Map(articles.map((a) => [a.id, a.body]));
    (l.claims ?? []).forEach((c, i) => {
      const id = ids.claim[i]!;
      const differs = c.kind === 'difference';
      links.set(id, { id, kind: 'claim', members: c.members, differs });
      const values = c.members
        .map((m) => `${body.get(m.article)?.slice(m.start, m.end) ?? ''} (${outletOf(m.article)})`)
        .join(' · ');
      const label = `${differs ? 'Figures differ' : 'Same figure'}: ${c.what}: ${values}`;
      for (const m of c.members)
        add(m.article, { start: m.start, end: m.end, kind: differs ? 'differ' : 'fact', link: id, label });
    });
    l.entityGroups.forEach((g, i) => {
      if (g.articles.length < 2) return;
      const id = ids.entity[i]!;
      links.set(id, { id, kind: 'entity', members: g.mentions, differs: false });
      const label = `${g.name} (${typeName(g.type)}), named in ${g.articles.length} articles`;
      for (const m of g.mentions)
        add(m.article, {
          start: m.start,
          end: m.end,
          kind: 'entity',
          entityType: g.type,
          link: id,
          label,
        });
    });
  }
  return { marks, links, ids };
}

export function typeName(t: EntityType): string {
  return { PER: 'person', LOC: 'place', ORG: 'organisation', MISC: 'other name' }[t];
}

/** Share of `a`'s body (0..1) lying in passages it shares with `b`. */
export function shareMatrix(story: StoryRecord, articles: readonly ArticleRecord[]): number[][] {
  const passages = story.links?.passages.filter((p) => p.kind !== 'unique') ?? [];
  return articles.map((a) =>
    articles.map((b) => {
      if (a.id === b.id) return 1;
      const spans = passages
        .filter((p) => p.members.some((m) => m.article === b.id))
        .flatMap((p) => p.members.filter((m) => m.article === a.id));
      return a.body.length ? coveredLength(spans) / a.body.length : 0;
    }),
  );
}

function coveredLength(spans: readonly { start: number; end: number }[]): number {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let total = 0;
  let reach = -1;
  for (const s of sorted) {
    const from = Math.max(s.start, reach);
    if (s.end > from) total += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return total;
}

export interface EntityRow {
  readonly link: string;
  readonly name: string;
  readonly type: EntityType;
  /** Per article, in the order given: mentions, first mention's paragraph (1-based), quoted. */
  readonly cells: readonly { mentions: number; firstParagraph: number | null; quoted: boolean }[];
}

/**
 * The entity × article matrix: each entity group named in two or more articles, with, per
 * article, how often it is mentioned, where first, and whether it is quoted there (a quote's
 * speaker, or named inside a quote).
 */
export function entityMatrix(
  story: StoryRecord,
  articles: readonly ArticleRecord[],
  ids: readonly string[],
): EntityRow[] {
  const groups = story.links?.entityGroups ?? [];
  const rows: EntityRow[] = [];
  const shown = new Set<string>(articles.map((a) => a.id));
  groups.forEach((g, i) => {
    if (g.articles.length < 2) return;
    // Names named in the panes shown: in two of them, or in the one when only one is shown.
    if (g.articles.filter((a) => shown.has(a)).length < Math.min(2, shown.size)) return;
    rows.push({
      link: ids[i]!,
      name: g.name,
      type: g.type,
      cells: articles.map((a) => {
        const ms = g.mentions.filter((m) => m.article === a.id);
        const quotes = a.analysis?.quotes ?? [];
        const quoted =
          // by entity id where the corpus has them (the one resolver of people), by name before
          quotes.some((q) =>
            q.speakerEntity && g.ids ? g.ids.includes(q.speakerEntity) : q.speaker === g.name,
          ) || ms.some((m) => quotes.some((q) => q.start <= m.start && m.end <= q.end));
        const first = ms.length ? Math.min(...ms.map((m) => m.start)) : null;
        return {
          mentions: ms.length,
          firstParagraph: first === null ? null : paragraphOf(a, first) + 1,
          quoted,
        };
      }),
    });
  });
  return rows.sort(
    (x, y) =>
      y.cells.filter((c) => c.mentions).length - x.cells.filter((c) => c.mentions).length ||
      sum(y.cells) - sum(x.cells) ||
      // code-point order: the first localeCompare of a page costs ~20 ms of collator set-up
      (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
  );
}

const sum = (cells: EntityRow['cells']) => cells.reduce((n, c) => n + c.mentions, 0);

export function paragraphOf(a: ArticleRecord, offset: number): number {
  const i = a.paragraphs.findIndex((p) => offset < p.end);
  return i < 0 ? Math.max(0, a.paragraphs.length - 1) : i;
}

/** Where a link's member lies in an article, as a fraction of the body (for the coverage strip). */
export function coverage(view: StoryView, a: ArticleRecord) {
  const len = a.body.length || 1;
  return (view.marks.get(a.id) ?? [])
    .filter((m) => m.kind !== 'entity')
    .map((m) => ({ link: m.link, kind: m.kind, top: m.start / len, height: (m.end - m.start) / len }));
}
