/**
 * Turns extracted articles into a corpus bundle: joins paragraphs into one body text with
 * paragraph spans, groups articles into stories and links their quotes, names and passages. Pure; the
 * CLI does the file reading and writing around it.
 */
import { compareArticles } from '../../core/align/compare';
import { assignToStories } from '../../core/cluster/assign';
import { groupStories } from '../../core/cluster/group-stories';
import { demonymOf, findEntities, type NerModel } from '../../core/entities/index';
import type { ExtractedArticle } from '../../core/extract/types';
import { findQuotes } from '../../core/quotes/index';
import { type ArticleId, articleId, storyId } from '../../core/types';
import type { ArticleRecord, CorpusBundle, StoryLinks, StoryRecord } from '../../schema/corpus';
import { SCHEMA_VERSION } from '../../schema/corpus-files';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface SourceArticle {
  readonly id: string;
  readonly source: ArticleRecord['source'];
  readonly extracted: ExtractedArticle;
}

/** Clean paragraphs → one body text (blank line between paragraphs) and their spans. */
export function joinParagraphs(
  from: ExtractedArticle['paragraphs'],
): Pick<ArticleRecord, 'body' | 'paragraphs'> {
  let body = '';
  const paragraphs: ArticleRecord['paragraphs'] = [];
  for (const p of from) {
    const text = p.text.trim();
    if (!text) continue;
    if (body) body += PARAGRAPH_SEPARATOR;
    paragraphs.push({ kind: p.kind, start: body.length, end: body.length + text.length });
    body += text;
  }
  return { body, paragraphs };
}

export function toArticleRecord(
  { id, source, extracted: x }: SourceArticle,
  nerModel?: NerModel,
): ArticleRecord {
  const { body, paragraphs } = joinParagraphs(x.paragraphs);
  const entities = findEntities(body, nerModel);
  return {
    id: articleId(id),
    source,
    title: x.title,
    titleDerived: x.titleDerived,
    byline: x.byline,
    outlet: x.outlet,
    published: x.published,
    section: x.section,
    body,
    paragraphs,
    removed: x.removed.map((r) => ({ text: r.text, reason: r.reason, rule: r.rule })),
    analysis: {
      entities: entities.map((e) => ({ start: e.start, end: e.end, type: e.type, name: e.name, id: e.id })),
      quotes: findQuotes(body, entities).map((q) => ({
        start: q.start,
        end: q.end,
        speaker: q.speaker,
        kind: q.kind,
        speakerEntity: q.speakerEntity ?? null,
      })),
    },
  };
}

export function assembleCorpus(
  sources: readonly SourceArticle[],
  meta: { generator: string; inputsHash: string; builtAt: string },
  /** The trained name tagger (without it, the rule tagger names the entities). */
  nerModel?: NerModel,
): CorpusBundle {
  return corpusOf(
    sources.map((s) => toArticleRecord(s, nerModel)),
    meta,
  );
}

/** A corpus of articles already analysed (toArticleRecord): stories grouped and linked. */
export function corpusOf(
  analysed: readonly ArticleRecord[],
  meta: { generator: string; inputsHash: string; builtAt: string },
  /** The previous build by the same code: stories whose articles are all unchanged keep their links. */
  previous?: Pick<CorpusBundle, 'articles' | 'stories'>,
): CorpusBundle {
  const articles = [...analysed].sort((a, b) => a.id.localeCompare(b.id));
  const stories = buildStories(
    articles,
    previous ? { previous: previous.stories, changed: changedSince(articles, previous.articles) } : {},
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: meta.generator,
    builtAt: meta.builtAt,
    inputsHash: meta.inputsHash,
    articles,
    stories,
  };
}

/** Ids of articles that are new or differ in any way from their record in `before`. */
function changedSince(now: readonly ArticleRecord[], before: readonly ArticleRecord[]): Set<string> {
  const was = new Map(before.map((a) => [a.id as string, JSON.stringify(a)]));
  return new Set(now.filter((a) => was.get(a.id) !== JSON.stringify(a)).map((a) => a.id));
}

/** What the reader decided about grouping: articles with the same key are one story. */
export type Pins = ReadonlyMap<string, string>;

/**
 * Stories of analysed articles: grouped, each with its cross-article links, newest first. The
 * CLI's ingest and the reader's own imports (src/library) both build their stories here.
 *
 * `pins` are the reader's corrections: pinned articles are kept out of the automatic grouping
 * and form one story per key (a move, a split, a merge), whatever grouping would say. A story
 * in `previous` with exactly the same articles is reused as it is, so adding one article
 * recomputes the links of the story it joins, not of every story; with `added`, the stories
 * in `previous` are kept and only the added articles are placed (never a regrouping of all).
 */
export function buildStories(
  articles: readonly ArticleRecord[],
  opts: {
    pins?: Pins;
    previous?: readonly StoryRecord[];
    /** Articles analysed now: with `previous`, only these are placed (assign.ts), the rest stay. */
    added?: ReadonlySet<string>;
    /**
     * Articles whose content differs from `previous`: everything is grouped afresh (the result
     * does not depend on history), and only stories holding none of these reuse their links.
     */
    changed?: ReadonlySet<string>;
  } = {},
): StoryRecord[] {
  const pins = opts.pins ?? new Map<string, string>();
  const byId = new Map<ArticleId, ArticleRecord>(articles.map((a) => [a.id, a]));
  // A story holding an article analysed now (new, or edited) is built again, never reused.
  const reuse = new Map(
    (opts.previous ?? [])
      .filter((s) => !s.articleIds.some((id) => opts.added?.has(id) || opts.changed?.has(id)))
      .map((s) => [[...s.articleIds].sort().join('\n'), s]),
  );
  const pinned = new Map<string, ArticleId[]>();
  for (const a of articles) {
    const key = pins.get(a.id);
    if (key === undefined) continue;
    const list = pinned.get(key) ?? [];
    list.push(a.id);
    pinned.set(key, list);
  }
  const auto = articles.filter((a) => !pins.has(a.id));
  // With the stories as they were and the articles just added, only those are placed; else
  // everything is grouped afresh.
  const autoGroups =
    opts.added && opts.previous
      ? assignToStories(
          opts.previous.map((st) => ({ articleIds: st.articleIds.filter((id) => !pins.has(id)) })),
          auto,
          opts.added,
        )
      : groupStories(auto).map((g) => g.articleIds);
  const groups = [...autoGroups, ...[...pinned.values()].map((ids) => [...ids].sort())];
  const stories: StoryRecord[] = groups.map((ids) => {
    const again = reuse.get([...ids].sort().join('\n'));
    if (again) return again;
    const members = ids.map((id) => byId.get(id)!);
    const dates = members.flatMap((a) => (a.published ? [a.published] : [])).sort();
    const headline = members.find((a) => !a.titleDerived) ?? members[0]!;
    const links = members.length > 1 ? linksOf(members) : undefined;
    return {
      id: storyId(`story-${[...ids].sort()[0]}`),
      title: headline.title,
      articleIds: [...ids],
      outlets: [...new Set(members.flatMap((a) => (a.outlet ? [a.outlet] : [])))],
      firstPublished: dates[0] ?? null,
      lastPublished: dates.at(-1) ?? null,
      sharedNames: storyNames(links).slice(0, 40),
      links,
    };
  });
  stories.sort(
    (a, b) => (b.lastPublished ?? '').localeCompare(a.lastPublished ?? '') || a.id.localeCompare(b.id),
  );
  return stories;
}

/**
 * The names a story's card lists: the people, places and organisations its articles share
 * (the entity groups, most widely carried first), as the analysis names them ("Alexander
 * Lukashenko", "BelTA"). A story of one article shares nothing.
 */
function storyNames(links: StoryLinks | undefined): string[] {
  const named = (t: string) => t === 'PER' || t === 'LOC' || t === 'ORG';
  return (links?.entityGroups ?? []).filter((g) => g.articles.length > 1 && named(g.type)).map((g) => g.name);
}

/** The core's comparison as the schema stores it: a field either side adds or drops fails to compile. */
function linksOf(members: readonly ArticleRecord[]): StoryLinks {
  const c = compareArticles(
    members.map((a) => ({
      id: a.id,
      text: a.body,
      quotes: a.analysis?.quotes ?? [],
      entities: a.analysis?.entities ?? [],
      outlet: a.outlet,
    })),
    demonymOf,
  );
  return {
    quoteGroups: c.quoteGroups.map(({ speakers, ...g }) => ({
      ...g,
      ...(speakers ? { speakers: [...speakers] } : {}),
      members: [...g.members],
      diffs: g.diffs.map((d) => [...d]),
    })),
    entityGroups: c.entityGroups.map((g) => ({
      ...g,
      ids: [...g.ids],
      articles: [...g.articles],
      mentions: [...g.mentions],
    })),
    passages: c.passages.map((p) => ({ ...p, members: [...p.members] })),
    claims: c.claims.map((g) => ({ ...g, members: [...g.members] })),
    incomplete: c.incomplete,
  };
}
