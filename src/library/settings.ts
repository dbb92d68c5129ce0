/**
 * The reader's display settings that travel with an exported library: the theme, the
 * highlight layers and whether the story overview is open (kept in localStorage under these
 * keys by theme-switch.tsx and comparison-view.tsx). Only these keys are read or written.
 */
export const SETTING_KEYS = ['parallax-theme', 'parallax-layers', 'parallax-overview'] as const;

export function readSettings(): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    for (const k of SETTING_KEYS) {
      const v = localStorage.getItem(k);
      if (v !== null) out[k] = v;
    }
  } catch {
    /* private mode: nothing to carry */
  }
  return out;
}

/** Applies settings from a library file: known keys with short string values only. */
export function applySettings(settings: unknown): void {
  if (!settings || typeof settings !== 'object') return;
  try {
    for (const k of SETTING_KEYS) {
      const v = (settings as Record<string, unknown>)[k];
      if (typeof v === 'string' && v.length < 500) localStorage.setItem(k, v);
    }
  } catch {
    /* private mode: the settings stay as they are */
  }
}
