/**
 * The reader's display choices kept in localStorage: which highlight layers are on, and
 * whether the story overview was left open (library/settings.ts exports the same keys with
 * the library). A private window without storage keeps them for the page only.
 */
import { ALL_LAYERS, DEFAULT_LAYERS, type LayerId } from './layers';

const LAYERS_KEY = 'parallax-layers';

const OVERVIEW_KEY = 'parallax-overview';
/** Whether the reader left the story overview open or closed (null: not chosen yet). */
export function storedOverview(): boolean | null {
  try {
    const v = localStorage.getItem(OVERVIEW_KEY);
    return v === null ? null : v === 'open';
  } catch {
    return null;
  }
}
export function rememberOverview(open: boolean) {
  try {
    localStorage.setItem(OVERVIEW_KEY, open ? 'open' : 'closed');
  } catch {
    /* private mode: for this page only */
  }
}

export function storedLayers(): ReadonlySet<LayerId> {
  try {
    const v = JSON.parse(localStorage.getItem(LAYERS_KEY) ?? 'null');
    if (Array.isArray(v)) return new Set(v.filter((x): x is LayerId => ALL_LAYERS.has(x)));
  } catch {
    /* unreadable: the defaults */
  }
  return DEFAULT_LAYERS;
}

export function rememberLayers(layers: ReadonlySet<LayerId>): void {
  try {
    localStorage.setItem(LAYERS_KEY, JSON.stringify([...layers]));
  } catch {
    /* private mode: layers last for this page */
  }
}
