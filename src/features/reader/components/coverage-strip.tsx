/**
 * A thin map beside a pane's scrollbar: where its shared quotes, shared passages and passages
 * unique to it lie (by position in the text). Clicking jumps the pane there. Pointer-only and
 * hidden from screen readers: j/k and [ ] reach the same places from the keyboard.
 */
import type { PointerEvent } from 'react';

export interface StripMark {
  readonly link: string;
  readonly kind: string;
  readonly top: number;
  readonly height: number;
}

const COLOUR: Record<string, string> = {
  quote: 'bg-amber-500',
  shared: 'bg-sky-500',
  unique: 'bg-orange-300',
};

export function CoverageStrip({
  marks,
  onJump,
}: {
  marks: readonly StripMark[];
  onJump: (link: string) => void;
}) {
  const jump = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const y = (e.clientY - box.top) / Math.max(1, box.height);
    let best: StripMark | null = null;
    let gap = Number.POSITIVE_INFINITY;
    for (const m of marks) {
      const d = y < m.top ? m.top - y : y > m.top + m.height ? y - m.top - m.height : 0;
      if (d < gap || (d === gap && m.kind === 'quote')) {
        best = m;
        gap = d;
      }
    }
    if (best && gap < 0.05) onJump(best.link);
  };
  return (
    <div
      aria-hidden="true"
      data-testid="coverage-strip"
      onPointerDown={jump}
      className="relative w-3 shrink-0 cursor-pointer rounded bg-slate-100 print:hidden"
    >
      {marks.map((m) => (
        <div
          key={`${m.link}-${m.top}`}
          data-strip-link={m.link}
          className={`absolute rounded-sm ${COLOUR[m.kind] ?? 'bg-slate-400'} ${m.kind === 'quote' ? 'inset-x-0.5 z-10' : 'inset-x-0'}`}
          style={{ top: `${m.top * 100}%`, height: `max(3px, ${m.height * 100}%)` }}
        />
      ))}
    </div>
  );
}
