// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkedText } from '../components/marked-text';
import type { Mark, MarkKind } from '../story-model';

// Text with emoji (surrogate pairs), combining accents and quotation marks, written here.
const TEXT = 'Le président 🇫🇷 a dit « ça suffit » — and Zoë replied: “We’ll see 👍🏽.” Café crème.';
const KINDS: MarkKind[] = ['quote', 'shared', 'unique', 'entity'];

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function marksFor(seed: number, offset: number): Mark[] {
  const r = random(seed);
  const n = Math.floor(r() * 8);
  return Array.from({ length: n }, (_, i) => {
    const a = Math.floor(r() * (TEXT.length + 6)) - 3 + offset;
    const b = a + Math.floor(r() * 30) - 5;
    const kind = KINDS[Math.floor(r() * KINDS.length)]!;
    return {
      start: a,
      end: b,
      kind,
      entityType: kind === 'entity' ? 'PER' : undefined,
      link: `${kind[0]}${i}`,
      label: `${kind} ${i}`,
    };
  });
}

describe('MarkedText', () => {
  it('renders exactly the source text, each letter styled by exactly the marks covering it, for any marks', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const offset = seed % 3 === 0 ? 1000 : 0;
      const marks = marksFor(seed, offset);
      const hits = seed % 5 === 0 ? [{ start: offset + 3, end: offset + 12 }] : [];
      const { container, unmount } = render(
        <MarkedText text={TEXT} offset={offset} marks={marks} hits={hits} />,
      );
      expect(container.textContent, `seed ${seed}`).toBe(TEXT);
      // Walk the text nodes: each one's element classes must name exactly the kinds covering it.
      let at = 0;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent!.length;
        const el = node.parentElement!;
        for (const kind of KINDS) {
          const covered = marks.some(
            (m) => m.kind === kind && m.start <= offset + at && offset + at + len <= m.end,
          );
          expect(el.classList.contains(`hl-${kind}`), `seed ${seed} at ${at} ${kind}`).toBe(covered);
        }
        const hit = hits.some((h) => h.start <= offset + at && offset + at + len <= h.end);
        expect(el.tagName === 'MARK', `seed ${seed} hit at ${at}`).toBe(hit);
        at += len;
      }
      unmount();
    }
  });

  it('makes the start of a quote focusable and names its links, but not the start of a name', () => {
    const q = TEXT.indexOf('ça suffit');
    const z = TEXT.indexOf('Zoë');
    const marks: Mark[] = [
      { start: q, end: q + 9, kind: 'quote', link: 'q0', label: 'quote' },
      { start: z, end: z + 3, kind: 'entity', entityType: 'PER', link: 'e3', label: 'Zoë' },
    ];
    const { container } = render(<MarkedText text={TEXT} offset={0} marks={marks} hits={[]} />);
    const quote = container.querySelector('[data-first="q0"]') as HTMLElement;
    expect(quote.textContent).toBe('ça suffit');
    expect(quote.tabIndex).toBe(-1);
    expect(quote.getAttribute('title')).toBe('quote');
    const name = container.querySelector('[data-first="e3"]') as HTMLElement;
    expect(name.textContent).toBe('Zoë');
    expect(name.hasAttribute('tabindex')).toBe(false);
  });
});
