/** The library's sort and filters (library-filter.ts): one row of form fields. */
import { DEFAULT_FILTER, type LibraryFilter, type LibrarySort, type LibrarySource } from '../library-filter';

const field = 'rounded-md border border-slate-300 bg-white px-2 py-1';

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
      <div className="flex flex-col gap-1">
        <label htmlFor="library-source">Show</label>
        <select
          id="library-source"
          className={field}
          value={f.source}
          onChange={(e) => set({ source: e.target.value as LibrarySource })}
        >
          <option value="all">All stories</option>
          <option value="mine">Only yours</option>
          <option value="bundled">Only those that came with Parallax</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="library-sort">Sort</label>
        <select
          id="library-sort"
          className={field}
          value={f.sort}
          onChange={(e) => set({ sort: e.target.value as LibrarySort })}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="articles">Most articles</option>
          <option value="outlets">Most outlets</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="library-outlet">Outlet</label>
        <input
          id="library-outlet"
          className={`${field} w-44`}
          list="library-outlets"
          value={f.outlet}
          placeholder="any"
          onChange={(e) => set({ outlet: e.target.value })}
        />
        <datalist id="library-outlets">
          {outlets.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="library-from">From</label>
        <input
          id="library-from"
          type="date"
          className={field}
          value={f.from}
          onChange={(e) => set({ from: e.target.value })}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="library-to">To</label>
        <input
          id="library-to"
          type="date"
          className={field}
          value={f.to}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="library-size">Size</label>
        <select
          id="library-size"
          className={field}
          value={f.minArticles}
          onChange={(e) => set({ minArticles: Number(e.target.value) })}
        >
          <option value={1}>Any</option>
          <option value={2}>2+ articles</option>
          <option value={3}>3+ articles</option>
          <option value={5}>5+ articles</option>
        </select>
      </div>
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
