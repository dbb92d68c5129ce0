/** The highlight layers a reader can switch on and off, with their key and second cue. */
import type { StoryView } from './story-model';

export type LayerId = 'differ' | 'fact' | 'quote' | 'shared' | 'unique' | 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface LayerDef {
  readonly id: LayerId;
  readonly label: string;
  /** The non-colour cue, said in words for the legend's screen-reader text. */
  readonly cue: string;
}

export const LAYERS: readonly LayerDef[] = [
  { id: 'differ', label: 'Figures that differ', cue: 'thick ring' },
  { id: 'fact', label: 'Figures they share', cue: 'thin ring' },
  { id: 'quote', label: 'Shared quotes', cue: 'solid underline' },
  { id: 'shared', label: 'Shared passages', cue: 'plain tint' },
  { id: 'unique', label: 'Only in this article', cue: 'striped tint' },
  { id: 'PER', label: 'People', cue: 'dotted underline' },
  { id: 'LOC', label: 'Places', cue: 'dashed underline' },
  { id: 'ORG', label: 'Organisations', cue: 'double underline' },
  { id: 'MISC', label: 'Other names', cue: 'dotted underline' },
];

export const ALL_LAYERS: ReadonlySet<LayerId> = new Set(LAYERS.map((l) => l.id));

/**
 * What a reader sees first: shared quotes and shared names. Passages, shared or not, cover
 * most of a real story's text, so as a tint they would be read through on every line; they
 * stay in the coverage strip beside each pane and are one click away in the legend. Figures
 * that differ are on (they are why one reads several outlets); figures they share are listed
 * in the "Where they differ" panel and one click away here.
 */
export const DEFAULT_LAYERS: ReadonlySet<LayerId> = new Set(['differ', 'quote', 'PER', 'LOC', 'ORG', 'MISC']);

/** How many items of each layer the story has (links, not mentions). */
export function layerCounts(view: StoryView): Record<LayerId, number> {
  const counts: Record<LayerId, number> = {
    differ: 0,
    fact: 0,
    quote: 0,
    shared: 0,
    unique: 0,
    PER: 0,
    LOC: 0,
    ORG: 0,
    MISC: 0,
  };
  const seen = new Set<string>();
  for (const marks of view.marks.values())
    for (const m of marks) {
      if (seen.has(m.link)) continue;
      seen.add(m.link);
      counts[m.kind === 'entity' ? m.entityType! : m.kind]++;
    }
  return counts;
}

/** The pane classes that switch layers on (styles.css draws `.show-X .hl-X`). */
export const layerClasses = (shown: ReadonlySet<LayerId>) => [...shown].map((l) => `show-${l}`).join(' ');
