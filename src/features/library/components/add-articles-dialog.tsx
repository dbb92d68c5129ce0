/**
 * "Add articles": one dialog to paste a text (with the title, outlet, date and byline to use,
 * all optional: what is left empty is found in the text or stays empty) and to choose or drop
 * files. Each input is listed with its verdict; the analysis runs in a worker, with progress.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { KnownMetadata } from '../../../core/extract/types';
import { cancelImport, type ImportReport, importArticles } from '../../../library/import-articles';
import { type Read, readFile, readPaste, readPastedHtml } from '../../../library/inputs';
import { MY_LIBRARY } from '../../../library/my-library';

const FIELDS = [
  ['title', 'Title'],
  ['outlet', 'Outlet'],
  ['published', 'Date'],
  ['byline', 'Byline'],
] as const;

export function AddArticlesDialog({
  onClose,
  initial,
}: {
  onClose: () => void;
  /** Filled in from a share: the text and the title another app sent. */
  initial?: { text: string; known: Record<string, string>; files?: File[] } | undefined;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(initial?.text ?? '');
  /** The rich HTML of the last paste (a page copied from a browser), read with Readability. */
  const [html, setHtml] = useState<string | null>(null);
  const [known, setKnown] = useState<Record<string, string>>(initial?.known ?? {});
  const [files, setFiles] = useState<File[]>(initial?.files ?? []);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; name: string } | null>(null);
  /** The articles being analysed, in order: the per-article list while the worker runs. */
  const [queue, setQueue] = useState<{ id: string; name: string }[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const queryClient = useQueryClient();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const add = async () => {
    setBusy(true);
    setReport(null);
    setFailure(null);
    try {
      const meta: KnownMetadata = Object.fromEntries(
        Object.entries(known).flatMap(([k, v]) => (v.trim() ? [[k, v.trim()]] : [])),
      );
      const reads: Read[] = [];
      if (html) reads.push(readPastedHtml(html, meta));
      else if (text.trim() || !files.length) reads.push(readPaste(text, meta));
      for (const f of files) reads.push(await readFile(f));
      const r = await importArticles(reads, setProgress, setQueue);
      // A library file brings its display settings with it.
      const settings = reads.find((x) => x.settings !== undefined)?.settings;
      if (settings !== undefined && r.added.length)
        (await import('../../../library/settings')).applySettings(settings);
      setReport(r);
      if (r.added.length) {
        setText('');
        setHtml(null);
        setFiles([]);
        await queryClient.invalidateQueries({ queryKey: MY_LIBRARY });
      }
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setBusy(false);
      setProgress(null);
      setQueue([]);
    }
  };

  const input = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1';
  return (
    <dialog
      ref={dialog}
      aria-labelledby="add-title"
      onClose={onClose}
      className="m-auto w-[min(44rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <form
        method="dialog"
        className="space-y-4 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void add();
        }}
      >
        <h2 id="add-title" className="text-xl font-semibold">
          Add articles
        </h2>
        <label className="block text-sm font-medium" htmlFor="add-text">
          Paste an article (the whole copied page is fine: menus and sign-up boxes are removed)
        </label>
        <textarea
          id="add-text"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!e.target.value.trim()) setHtml(null);
          }}
          onPaste={(e) => {
            // A page copied from a browser carries its HTML: the article is found in it as in a saved page.
            const h = e.clipboardData.getData('text/html');
            setHtml(h && /<p[\s>]/i.test(h) ? h : null);
          }}
          rows={8}
          className={`${input} font-mono text-sm`}
        />
        {html && (
          <p className="text-sm text-slate-700" data-testid="pasted-html">
            Pasted as a web page: the article is found in its HTML (menus and links left out).{' '}
            <button type="button" className="underline" onClick={() => setHtml(null)}>
              Use the plain text instead
            </button>
          </p>
        )}
        <fieldset className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
          <legend className="mb-1 text-sm text-slate-600">
            For the pasted text, if you know them (empty: found in the text, or left empty)
          </legend>
          {FIELDS.map(([key, label]) => (
            <label key={key} className="flex flex-col gap-1">
              {label}
              <input
                className={input}
                value={known[key] ?? ''}
                placeholder={key === 'published' ? 'YYYY-MM-DD' : ''}
                onChange={(e) => setKnown({ ...known, [key]: e.target.value })}
              />
            </label>
          ))}
        </fieldset>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the file input inside is the keyboard way */}
        <div
          className="rounded-md border-2 border-dashed border-slate-300 p-4 text-sm"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            setFiles([...files, ...Array.from(e.dataTransfer.files)]);
          }}
          data-testid="drop-zone"
        >
          <label className="font-medium" htmlFor="add-files">
            Or choose or drop files: .txt, .html, .json
          </label>
          <input
            id="add-files"
            type="file"
            multiple
            accept=".txt,.text,.html,.htm,.json,text/plain,text/html,application/json"
            className="mt-2 block"
            onChange={(e) => setFiles([...files, ...Array.from(e.target.files ?? [])])}
          />
          {files.length > 0 && (
            <ul className="mt-2 list-disc pl-5" aria-label="Files to add">
              {files.map((f) => (
                <li key={`${f.name}-${f.size}-${f.lastModified}`}>{f.name}</li>
              ))}
            </ul>
          )}
        </div>
        {busy && queue.length > 0 && (
          <div className="text-sm" data-testid="add-progress">
            <progress
              className="w-full"
              max={queue.length}
              value={progress?.done ?? 0}
              aria-label="Analysis progress"
            />
            <ol className="mt-1 max-h-40 space-y-0.5 overflow-y-auto" aria-label="Articles being added">
              {queue.map(({ id, name }, i) => {
                const done = progress?.done ?? 0;
                const state = i < done ? 'analysed' : i === done ? 'analysing…' : 'waiting';
                return (
                  <li key={id} className="flex justify-between gap-2">
                    <span className="truncate">{name}</span>
                    <span className={state === 'analysing…' ? 'text-indigo-800' : 'text-slate-600'}>
                      {state}
                    </span>
                  </li>
                );
              })}
            </ol>
          </div>
        )}
        {failure && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
            {failure}
          </p>
        )}
        {report && <ReportList report={report} />}
        <div className="flex justify-end gap-2">
          {busy && (
            <button
              type="button"
              onClick={cancelImport}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
            >
              Cancel
            </button>
          )}
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            Close
          </button>
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-50"
          >
            {busy ? 'Adding…' : 'Add'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function ReportList({ report: r }: { report: ImportReport }) {
  return (
    <div role="status" className="space-y-1 text-sm" data-testid="add-report">
      {r.added.length > 0 && (
        <p className="text-emerald-800">
          Added {r.added.length === 1 ? r.added[0] : `${r.added.length} articles`} ({(r.ms / 1000).toFixed(1)}{' '}
          s).
        </p>
      )}
      {r.duplicates.length > 0 && (
        <p className="text-slate-700">Already in your library, not added again: {r.duplicates.join(', ')}.</p>
      )}
      {r.errors.length > 0 && (
        <ul className="list-disc pl-5 text-red-900">
          {r.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
