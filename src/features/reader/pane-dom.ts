/**
 * The few DOM operations of the comparison reader: finding a link's member in a pane,
 * scrolling a pane to it, flashing it, and scroll sync anchored on aligned items.
 *
 * Each pane renders `[data-pane=ARTICLE_ID]` with one scroller `[data-scroller]` (positioned,
 * so offsets of the marks inside are measured from it). Marks carry `data-links` and, where a
 * member starts, `data-first` (see marked-text.tsx).
 */

export function scrollers(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-scroller]')];
}

export function articleOf(el: Element): string | null {
  return el.closest<HTMLElement>('[data-pane]')?.dataset.pane ?? null;
}

/** Where a link's member starts inside a scroller. */
export function targetIn(scroller: ParentNode, link: string): HTMLElement | null {
  return (
    scroller.querySelector<HTMLElement>(`[data-first~="${link}"]`) ??
    scroller.querySelector<HTMLElement>(`[data-links~="${link}"]`)
  );
}

export function topWithin(el: HTMLElement, scroller: HTMLElement): number {
  let top = 0;
  let node: HTMLElement | null = el;
  while (node && node !== scroller) {
    top += node.offsetTop;
    node = node.offsetParent as HTMLElement | null;
  }
  return top;
}

/**
 * Scrolls made by the app, not the reader (following a link, syncing): scroll sync must not
 * answer them by moving the other panes back.
 */
const programmatic = new WeakMap<HTMLElement, number>();

export function scrollTo(scroller: HTMLElement, top: number): void {
  if (Math.abs(scroller.scrollTop - top) < 1) return;
  programmatic.set(scroller, performance.now());
  scroller.scrollTop = top;
}

/** Whether this scroll event is the echo of a scroll the app made in the last 250 ms. */
export function isProgrammatic(scroller: HTMLElement): boolean {
  const at = programmatic.get(scroller);
  if (at === undefined) return false;
  programmatic.delete(scroller);
  return performance.now() - at < 250;
}

/** Scrolls the scroller (only) so the element sits a third of the way down its view. */
export function bringIntoView(scroller: HTMLElement, el: HTMLElement): void {
  if (scroller.scrollHeight > scroller.clientHeight + 1) {
    scrollTo(scroller, Math.max(0, topWithin(el, scroller) - scroller.clientHeight / 3));
  } else {
    // Not a scroll container (phone layout, print): let the page scroll instead.
    el.scrollIntoView({ block: 'center' });
  }
}

export function flash(el: HTMLElement): void {
  el.classList.remove('hl-flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('hl-flash');
  window.setTimeout(() => el.classList.remove('hl-flash'), 1500);
}

/** Marks every member of `link` as selected (and clears the previous selection). */
export function select(root: ParentNode, link: string): void {
  for (const el of root.querySelectorAll('.hl-selected')) el.classList.remove('hl-selected');
  if (!link) return;
  for (const el of root.querySelectorAll(`[data-links~="${link}"]`)) el.classList.add('hl-selected');
}

/**
 * Follows a link from one pane: every other pane scrolls to its member and flashes it.
 * Returns how many panes had a counterpart.
 */
export function followLink(root: ParentNode, link: string, from: string | null): number {
  let found = 0;
  select(root, link);
  for (const s of scrollers(root)) {
    if (articleOf(s) === from) continue;
    const el = targetIn(s, link);
    if (!el) continue;
    found++;
    bringIntoView(s, el);
    flash(el);
  }
  return found;
}

/**
 * The link a marked element stands for: among the links starting at it (where j/k land), else
 * among all covering it, the most specific: a quote over a passage over a name.
 */
export function primaryLink(el: Element): string | null {
  const marked = el.closest('[data-links]');
  const pick = (attr: string) => {
    const links = (marked?.getAttribute(attr) ?? '').split(' ').filter(Boolean);
    for (const kind of ['c', 'q', 'p', 'e']) {
      const l = links.find((x) => x.startsWith(kind));
      if (l) return l;
    }
    return null;
  };
  return pick('data-first') ?? pick('data-links');
}

/** Aligned items of a pane: id of each shared quote or passage and where it starts. */
function anchors(scroller: HTMLElement): Map<string, number> {
  const out = new Map<string, number>();
  for (const el of scroller.querySelectorAll<HTMLElement>('[data-first]')) {
    for (const link of (el.dataset.first ?? '').split(' ')) {
      // a passage only this pane has finds no partner in the other pane, so it drops out there
      if ((link.startsWith('q') || link.startsWith('p')) && !out.has(link)) {
        out.set(link, topWithin(el, scroller));
      }
    }
  }
  return out;
}

/**
 * Where `to` should scroll to show what `from` shows: piecewise linear between aligned items
 * that both panes hold (kept in the same order in both), with the ends as fixed points.
 */
export function syncedTop(from: HTMLElement, to: HTMLElement): number {
  const a = anchors(from);
  const b = anchors(to);
  const pairs: [number, number][] = [[0, 0]];
  for (const [link, top] of [...a].sort((x, y) => x[1] - y[1])) {
    const other = b.get(link);
    if (other === undefined) continue;
    const last = pairs[pairs.length - 1]!;
    if (top > last[0] && other > last[1]) pairs.push([top, other]);
  }
  const fromMax = Math.max(1, from.scrollHeight - from.clientHeight);
  const toMax = Math.max(0, to.scrollHeight - to.clientHeight);
  pairs.push([
    Math.max(fromMax, pairs[pairs.length - 1]![0] + 1),
    Math.max(toMax, pairs[pairs.length - 1]![1]),
  ]);
  const y = from.scrollTop;
  for (let i = 1; i < pairs.length; i++) {
    const [a0, b0] = pairs[i - 1]!;
    const [a1, b1] = pairs[i]!;
    if (y <= a1) return Math.round(b0 + ((y - a0) / (a1 - a0)) * (b1 - b0));
  }
  return toMax;
}

/**
 * The next item (a highlight that starts a link `accepts`) in `dir` from the focused one, or
 * from the scroll position when none is focused; brought into view, focused and flashed.
 */
export function stepItem(
  s: HTMLElement,
  dir: 1 | -1,
  accepts: (link: string) => boolean,
): HTMLElement | undefined {
  const items = [...s.querySelectorAll<HTMLElement>('[data-first]')].filter((el) =>
    (el.dataset.first ?? '').split(' ').some(accepts),
  );
  if (!items.length) return undefined;
  const current = items.indexOf(document.activeElement as HTMLElement);
  let next: HTMLElement | undefined;
  if (current >= 0) next = items[current + dir];
  else {
    const y = s.scrollTop + 2;
    next =
      dir === 1
        ? items.find((el) => topWithin(el, s) > y)
        : [...items].reverse().find((el) => topWithin(el, s) < y - 4);
  }
  if (!next) return undefined;
  bringIntoView(s, next);
  next.focus({ preventScroll: true });
  flash(next);
  return next;
}
