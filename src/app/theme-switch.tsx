/**
 * Light, dark or the system's choice. The choice is kept in localStorage and applied as
 * <html data-theme>; index.html applies it before the first paint.
 */
import { useEffect, useState } from 'react';

type Choice = 'system' | 'light' | 'dark';
const KEY = 'parallax-theme';
const NEXT: Record<Choice, Choice> = { system: 'dark', dark: 'light', light: 'system' };
const LABEL: Record<Choice, string> = { system: 'Theme: system', dark: 'Theme: dark', light: 'Theme: light' };

function stored(): Choice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function ThemeSwitch() {
  const [choice, setChoice] = useState<Choice>(stored);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = choice === 'dark' || (choice === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [choice]);
  return (
    <button
      type="button"
      onClick={() => setChoice(NEXT[choice])}
      className="ml-auto rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 print:hidden"
      aria-label={`${LABEL[choice]} (change)`}
      title="Switch between system, dark and light theme"
    >
      {LABEL[choice]}
    </button>
  );
}
