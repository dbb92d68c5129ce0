/**
 * The furniture pass: decides, block by block, what is body, heading, metadata or furniture.
 *
 * Method, in order:
 *  1. strong per-block rules (furniture-rules.ts), then context rules: lines repeated on the
 *     page, feed items (a bare timestamp + up to two following blocks), teaser pairs (a
 *     headline-shaped line followed by a summary cut off with "…"), a short line sandwiched
 *     between newsletter-form lines;
 *  2. metadata lines (byline, dateline, wire credits; metadata.ts);
 *  3. regions: after an other-stories marker ("News Feed", "More news", "Related") every block
 *     is furniture until a body-like paragraph that shares a name with the article;
 *  4. position: the body runs from the first to the last body-like paragraph that shares the
 *     article's vocabulary (an unrelated paragraph at either end is trimmed off). Before it
 *     sit the headline and page chrome; inside it a block is kept unless a strong rule fired;
 *     after it, once one furniture block has been seen, everything is furniture. Blocks from
 *     HTML skip this step: Readability has already cut the page to the article.
 *
 * Limits: a teaser about the same event that is written as a full paragraph can pass as body;
 * an article of one short paragraph has no vocabulary to compare against.
 */
import type { Block } from './extract-text';
import { isFeedTimestamp, isTruncatedTeaser, lineRule, type RuleHit, regionMarker } from './furniture-rules';
import { isBodyLike, isHeadingLike, readByline, readDateline, readWireCredit } from './metadata';
import type { ParagraphKind, RemovalReason } from './types';
import { documentFrequency, namesOf, sharedNames } from './vocabulary';

export type Verdict =
  | { readonly role: 'furniture'; readonly reason: RemovalReason; readonly rule: string }
  | { readonly role: 'title' }
  | { readonly role: 'keep'; readonly kind: ParagraphKind };

export interface PassResult {
  readonly verdicts: readonly Verdict[];
  readonly titleIndex: number;
  readonly byline: string | null;
  readonly published: string | null;
  readonly section: string | null;
}

const normKey = (s: string) => s.toLowerCase().replace(/[’`]/g, "'");

/** Step 1: strong rules and their context extensions; `hits[i]` null = no rule fired. */
function ruleHits(blocks: readonly Block[]): (RuleHit | null)[] {
  const hits = blocks.map((b) => lineRule(b.text, b.tag));
  const counts = new Map<string, number>();
  for (const b of blocks)
    if (b.text.length <= 120) counts.set(normKey(b.text), (counts.get(normKey(b.text)) ?? 0) + 1);
  blocks.forEach((b, i) => {
    const n = b.text.length <= 120 ? (counts.get(normKey(b.text)) ?? 0) : 0;
    if (!hits[i] && n >= 2) hits[i] = { reason: 'repeated', rule: `line appears ${n} times on the page` };
  });
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (isFeedTimestamp(b.text)) {
      hits[i] = { reason: 'news-feed', rule: 'feed timestamp' };
      for (let j = i + 1, taken = 0; j < blocks.length && taken < 2; j++, taken++) {
        const t = blocks[j]!.text;
        if (isFeedTimestamp(t) || regionMarker(t)) break;
        hits[j] ??= { reason: 'news-feed', rule: 'feed item after a timestamp' };
      }
    }
    if (!hits[i] && isTruncatedTeaser(b.text)) {
      hits[i] = { reason: 'related', rule: 'teaser summary cut off with "…"' };
      const prev = blocks[i - 1];
      if (prev && !hits[i - 1] && isHeadingLike(prev.text) && (!b.gapBefore || b.tag !== 'line'))
        hits[i - 1] = { reason: 'related', rule: 'teaser headline' };
    }
  }
  for (let i = 1; i + 1 < blocks.length; i++) {
    if (
      !hits[i] &&
      blocks[i]!.text.length <= 80 &&
      hits[i - 1]?.reason === 'newsletter' &&
      hits[i + 1]?.reason === 'newsletter'
    )
      hits[i] = { reason: 'newsletter', rule: 'between newsletter form lines' };
  }
  return hits;
}

interface Meta {
  byline: string | null;
  wireByline: string | null;
  published: string | null;
  section: string | null;
}

/** Step 2: metadata-only lines. Marks them and returns what they said (first found wins). */
function readMetadata(blocks: readonly Block[], hits: (RuleHit | null)[]): Meta {
  const meta: Meta = { byline: null, wireByline: null, published: null, section: null };
  blocks.forEach((b, i) => {
    if (hits[i] && hits[i]!.reason !== 'repeated') return;
    const by = readByline(b.text);
    if (by) {
      meta.byline ??= by.byline;
      meta.published ??= by.published;
      hits[i] = { reason: 'metadata', rule: 'byline' };
      return;
    }
    const dl = readDateline(b.text);
    if (dl) {
      meta.published ??= dl.published;
      meta.section ??= dl.section;
      hits[i] = { reason: 'metadata', rule: dl.section ? 'dateline and breadcrumb' : 'dateline' };
      return;
    }
    const wire = readWireCredit(b.text);
    if (wire) {
      meta.wireByline ??= wire.byline;
      hits[i] = { reason: 'metadata', rule: 'wire credits (reporting/editing by)' };
    }
  });
  return meta;
}

/** Step 3: extend other-stories markers over the blocks that follow them. */
function markRegions(blocks: readonly Block[], hits: (RuleHit | null)[]): void {
  const names = blocks.map((b, i) => (!hits[i] && isBodyLike(b.text) ? namesOf(b.text) : new Set<string>()));
  const df = documentFrequency(names);
  for (let i = 0; i < blocks.length; i++) {
    const marker = regionMarker(blocks[i]!.text);
    if (!marker) continue;
    if (!hits[i] || hits[i]!.reason === 'repeated') hits[i] = marker;
    let inItem = 0;
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (hits[j]?.rule === 'feed timestamp') inItem = 2;
      else if (inItem > 0) inItem--;
      if (regionMarker(b.text)) break;
      if (!hits[j] && inItem === 0 && isBodyLike(b.text) && sharedNames(names[j]!, df, true) >= 1) break;
      hits[j] ??= { reason: marker.reason, rule: `in the list after "${blocks[i]!.text.slice(0, 40)}"` };
    }
  }
}

/** Step 4: the body range from the anchors (body-like blocks sharing the article's names). */
function anchorRange(blocks: readonly Block[], hits: readonly (RuleHit | null)[]): [number, number] {
  let anchors = blocks.flatMap((b, i) => (!hits[i] && isBodyLike(b.text) ? [i] : []));
  if (!anchors.length) anchors = blocks.flatMap((b, i) => (!hits[i] && !isHeadingLike(b.text) ? [i] : []));
  if (!anchors.length) return [blocks.length, -1];
  const names = new Map(anchors.map((i) => [i, namesOf(blocks[i]!.text)]));
  const df = documentFrequency([...names.values()]);
  const related = (i: number) => sharedNames(names.get(i)!, df, true) > 0;
  while (anchors.length >= 3 && !related(anchors[0]!)) anchors = anchors.slice(1);
  while (anchors.length >= 3 && !related(anchors[anchors.length - 1]!)) anchors = anchors.slice(0, -1);
  return [anchors[0]!, anchors[anchors.length - 1]!];
}

/** Runs the whole pass. `knownTitle` marks a headline block equal to it as the title. */
export function furniturePass(blocks: readonly Block[], knownTitle?: string | null): PassResult {
  const hits = ruleHits(blocks);
  const meta = readMetadata(blocks, hits);
  markRegions(blocks, hits);
  const [anchorFirst, anchorLast] = anchorRange(blocks, hits);
  // Blocks from HTML were already cut to the article by Readability: no positional trimming.
  const positional = blocks.some((b) => b.tag === 'line');
  const [first, last] = positional ? [anchorFirst, anchorLast] : [-1, blocks.length];
  const bodyNames = documentFrequency(
    blocks.flatMap((b, i) => (i >= first && i <= last && !hits[i] ? [namesOf(b.text)] : [])),
  );
  const shared = (i: number) => sharedNames(namesOf(blocks[i]!.text), bodyNames, i >= first && i <= last);
  const verdicts: Verdict[] = blocks.map((_, i) =>
    hits[i]
      ? { role: 'furniture', reason: hits[i]!.reason, rule: hits[i]!.rule }
      : { role: 'keep', kind: 'body' },
  );
  const titleIndex = pickTitle(
    blocks,
    hits,
    Math.min(anchorFirst, blocks.length),
    knownTitle,
    shared,
    positional,
  );
  if (titleIndex >= 0) verdicts[titleIndex] = { role: 'title' };
  const knownKey = knownTitle ? normKey(knownTitle.trim()) : null;
  blocks.forEach((b, i) => {
    if (hits[i] || i === titleIndex) return;
    if (knownKey && normKey(b.text) === knownKey) {
      verdicts[i] = { role: 'furniture', reason: 'metadata', rule: 'title (repeated)' };
    } else if (i < first) {
      const lede = i > titleIndex && titleIndex >= 0 && shared(i) > 0;
      const sentence = /[.!?…"”]$/u.test(b.text) && b.text.split(/\s+/).length >= 8 && shared(i) > 0;
      if (!lede && !(titleIndex < 0 && sentence))
        verdicts[i] = { role: 'furniture', reason: 'navigation', rule: 'page chrome before the article' };
    } else if (i <= last) {
      let next = i + 1;
      while (next < blocks.length && hits[next]) next++;
      if (
        (isHeadingLike(b.text) || /^h[1-3]$/.test(b.tag)) &&
        next < blocks.length &&
        !isHeadingLike(blocks[next]!.text)
      )
        verdicts[i] = { role: 'keep', kind: 'heading' };
    }
  });
  closeTail(blocks, hits, verdicts, last);
  return {
    verdicts,
    titleIndex,
    byline: meta.byline ?? meta.wireByline,
    published: meta.published,
    section: meta.section,
  };
}

/** After the last anchor: keep sentences until the first furniture block, then close. */
function closeTail(
  blocks: readonly Block[],
  hits: readonly (RuleHit | null)[],
  verdicts: Verdict[],
  last: number,
): void {
  let closed = false;
  for (let i = Math.max(last + 1, 0); i < blocks.length; i++) {
    if (hits[i]) {
      closed = true;
      continue;
    }
    if (verdicts[i]!.role !== 'keep') continue;
    const b = blocks[i]!;
    if (!closed && /[.!?…"”)]$/u.test(b.text) && !isHeadingLike(b.text)) continue;
    closed = true;
    const near = nearestReason(hits, i);
    verdicts[i] = {
      role: 'furniture',
      reason: near ?? 'related',
      rule: 'after the article’s last paragraph',
    };
  }
}

function nearestReason(hits: readonly (RuleHit | null)[], i: number): RemovalReason | null {
  for (let d = 1; d < 6; d++) {
    const r = hits[i - d]?.reason ?? hits[i + d]?.reason;
    if (r && r !== 'metadata' && r !== 'repeated') return r;
  }
  return null;
}

/** The headline: an h1, else the best headline-shaped line before the body. */
function pickTitle(
  blocks: readonly Block[],
  hits: readonly (RuleHit | null)[],
  end: number,
  knownTitle: string | null | undefined,
  shared: (i: number) => number,
  positional: boolean,
): number {
  const key = knownTitle ? normKey(knownTitle.trim()) : null;
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < end; i++) {
    const b = blocks[i]!;
    if (hits[i]) continue;
    if (key) {
      if (normKey(b.text) === key) return i;
      continue;
    }
    if (positional ? !(isHeadingLike(b.text) || b.tag === 'h1') : b.tag !== 'h1') continue;
    const score =
      (b.tag === 'h1' ? 10 : 0) + Math.min(shared(i), 4) * 2 + (b.text.split(/\s+/).length >= 4 ? 1 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
