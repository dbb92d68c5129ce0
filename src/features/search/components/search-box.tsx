/**
 * The search field in the header. Typing shows results as you type on the search page
 * (its URL holds the query, replaced per keystroke so Back leaves the search in one step);
 * `/` or Ctrl/Cmd-K focuses it from anywhere.
 */
import { useEffect, useRef } from 'react';
import { navigate, useRoute } from '../../../routing/navigation';
import { warmSearch } from '../hooks/use-search';

export function SearchBox() {
  const route = useRoute();
  const input = useRef<HTMLInputElement>(null);
  const q = route.name === 'search' ? route.q : '';

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
        value={q}
        placeholder="Search titles, outlets, text…  ( / )"
        autoComplete="off"
        spellCheck={false}
        onFocus={warmSearch}
        onChange={(e) =>
          navigate({ name: 'search', q: e.target.value }, { replace: route.name === 'search' })
        }
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-900 placeholder:text-slate-500 focus:outline-2 focus:outline-indigo-600"
      />
    </search>
  );
}
