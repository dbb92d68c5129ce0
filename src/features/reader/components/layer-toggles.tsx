/** The legend, which is also the layer switch: one checkbox per layer, with its sample and count. */
import type { LayerId } from '../layers';
import { LAYERS } from '../layers';

const SAMPLE: Record<LayerId, string> = {
  differ: 'hl-differ',
  fact: 'hl-fact',
  quote: 'hl-quote',
  shared: 'hl-shared',
  unique: 'hl-unique',
  PER: 'hl-entity hl-PER',
  LOC: 'hl-entity hl-LOC',
  ORG: 'hl-entity hl-ORG',
  MISC: 'hl-entity hl-MISC',
};

export function LayerToggles({
  shown,
  counts,
  onChange,
}: {
  shown: ReadonlySet<LayerId>;
  counts: Record<LayerId, number>;
  onChange: (next: ReadonlySet<LayerId>) => void;
}) {
  return (
    <fieldset className="show-differ show-fact show-quote show-shared show-unique show-PER show-LOC show-ORG show-MISC">
      <legend className="sr-only">Highlight layers</legend>
      <ul aria-label="Highlights" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {LAYERS.map((l) => (
          <li key={l.id}>
            <label className="inline-flex cursor-pointer items-center gap-1.5">
              <input
                type="checkbox"
                checked={shown.has(l.id)}
                onChange={(e) => {
                  const next = new Set(shown);
                  if (e.target.checked) next.add(l.id);
                  else next.delete(l.id);
                  onChange(next);
                }}
                className="accent-indigo-700"
              />
              <span className={SAMPLE[l.id]}>{l.label}</span>
              <span className="text-slate-600">({counts[l.id]})</span>
              <span className="sr-only">, drawn as {l.cue}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
