/** The library's sort and filters (library-filter.ts): one row of form fields. */
import { DEFAULT_FILTER, type LibraryFilter, type LibrarySort, type LibrarySource } from '../library-filter';

const field = 'rounded-md border border-slate-300 bg-white px-2 py-1';

/** A labelled select of [value, label] options. */
function Choice({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id}>{label}</label>
      <select id={id} className={field} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled text or date field. */
function Entry({
  id,
  label,
  value,
  onChange,
  type = 'text',
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        className={type === 'text' ? `${field} w-44` : field}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...(type === 'text' ? { list: `${id}-suggestions`, placeholder: 'any' } : {})}
      />
      {children}
    </div>
  );
}

export function LibraryControls({
  filter: f,
  outlets,
  onChange,
}: {
  filter: LibraryFilter;
  outlets: readonly string[];
  onChange: (next: LibraryFilter) => void;
}) {
  const set = (patch: Partial<LibraryFilter>) => onChange({ ...f, ...patch });
  return (
    <form
      className="mb-5 flex flex-wrap items-end gap-3 text-sm"
      aria-label="Sort and filter stories"
      onSubmit={(e) => e.preventDefault()}
    >
      <Choice
        id="library-source"
        label="Show"
        value={f.source}
        onChange={(v) => set({ source: v as LibrarySource })}
        options={[
          ['all', 'All stories'],
          ['mine', 'Only yours'],
          ['bundled', 'Only those that came with Parallax'],
        ]}
      />
      <Choice
        id="library-sort"
        label="Sort"
        value={f.sort}
        onChange={(v) => set({ sort: v as LibrarySort })}
        options={[
          ['newest', 'Newest first'],
          ['oldest', 'Oldest first'],
          ['articles', 'Most articles'],
          ['outlets', 'Most outlets'],
        ]}
      />
      <Entry id="library-outlet" label="Outlet" value={f.outlet} onChange={(v) => set({ outlet: v })}>
        <datalist id="library-outlet-suggestions">
          {outlets.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </Entry>
      <Entry id="library-from" label="From" type="date" value={f.from} onChange={(v) => set({ from: v })} />
      <Entry id="library-to" label="To" type="date" value={f.to} onChange={(v) => set({ to: v })} />
      <Choice
        id="library-size"
        label="Size"
        value={String(f.minArticles)}
        onChange={(v) => set({ minArticles: Number(v) })}
        options={[
          ['1', 'Any'],
          ['2', '2+ articles'],
          ['3', '3+ articles'],
          ['5', '5+ articles'],
        ]}
      />
      <button
        type="button"
        className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100"
        onClick={() => onChange(DEFAULT_FILTER)}
      >
        Reset
      </button>
    </form>
  );
}
