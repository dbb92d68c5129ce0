/**
 * The search field in the header. Typing shows results as you type on the search page
 * (its URL holds the query, replaced per keystroke so Back leaves the search in one step);
 * `/` or Ctrl/Cmd-K focuses it from anywhere.
 *
 * A keystroke only updates the field. The URL change, and the page's render that follows it,
 * run in a task of their own: on a slow machine, the two in one task were over 50 ms.
 */
import { useEffect, useRef, useState } from 'react';
import { navigate, useRoute } from '../../../routing/navigation';
import { warmSearch } from '../hooks/use-search';

export function SearchBox() {
  const route = useRoute();
  const input = useRef<HTMLInputElement>(null);
  const q = route.name === 'search' ? route.q : '';
  // The field's text; it follows the URL whenever the URL changes (Back, a link, a reload).
  const [text, setText] = useState(q);
  const [urlQ, setUrlQ] = useState(q);
  if (urlQ !== q) {
    setUrlQ(q);
    setText(q);
  }
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const change = (value: string) => {
    setText(value);
    // Only the newest keystroke's navigation runs, and any that ran re-rendered this field
    // before the next keystroke: `route` here is the page that navigation starts from.
    const replace = route.name === 'search';
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      navigate({ name: 'search', q: value }, { replace });
    }, 0);
  };
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing =
        e.target instanceof HTMLElement && e.target.closest('input, textarea, [contenteditable]');
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.metaKey || e.ctrlKey))) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <search className="w-full max-w-md">
      <label htmlFor="search" className="sr-only">
        Search stories and articles
      </label>
      <input
        ref={input}
        id="search"
        type="search"
        value={text}
        placeholder="Search titles, outlets, text…  ( / )"
        autoComplete="off"
        spellCheck={false}
        onFocus={warmSearch}
        onChange={(e) => change(e.target.value)}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-900 placeholder:text-slate-500 focus:outline-2 focus:outline-indigo-600"
      />
    </search>
  );
}
