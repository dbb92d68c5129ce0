/** The keyboard help, a modal dialog opened with `?` or its button and closed with Escape. */
import { useEffect, useRef } from 'react';

export const KEYS: readonly [string, string][] = [
  ['j / k', 'next / previous shared quote or passage'],
  ['] / [', 'next / previous difference (a passage only one article has, a reworded quote)'],
  ['Enter', 'on a highlight: show its counterpart in every other pane'],
  ['n / N', 'next / previous search hit'],
  ['/', 'search'],
  ['?', 'this help'],
  ['Escape', 'close'],
];

export function HelpOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="help-title"
      className="m-auto max-w-lg rounded-lg border border-slate-300 bg-white p-6 text-slate-900 backdrop:bg-slate-900/40"
    >
      <h2 id="help-title" className="text-lg font-semibold">
        Keyboard
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {KEYS.map(([k, what]) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono">{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        onClick={onClose}
        className="mt-4 rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800"
      >
        Close
      </button>
    </dialog>
  );
}
