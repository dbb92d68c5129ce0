/** A full-page explanation of what went wrong and what to do, instead of a white page. */
import { CorpusError } from '../../schema/read-files';

const TITLES: Record<string, string> = {
  unreadable: 'The story corpus could not be loaded',
  version: 'The story corpus is from a different version of Parallax',
  invalid: 'The story corpus is damaged',
  crash: 'Something went wrong while showing this page',
};

export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const kind = error instanceof CorpusError ? error.kind : 'crash';
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof CorpusError ? error.details : [];
  return (
    <div className="mx-auto max-w-2xl p-6">
      <section
        role="alert"
        aria-labelledby="error-title"
        className="rounded-lg border border-red-300 bg-white p-6 shadow-sm"
      >
        <h1 id="error-title" className="text-xl font-semibold text-red-800">
          {TITLES[kind]}
        </h1>
        <p className="mt-3">{message}</p>
        {details.length > 0 && (
          <ul className="mt-3 list-disc pl-5 font-mono text-sm text-slate-700">
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        <h2 className="mt-5 font-semibold">What to do</h2>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {kind === 'unreadable' && (
            <li>Check the connection and try again; after one visit Parallax also works offline.</li>
          )}
          {kind !== 'crash' && (
            <li>
              If you run Parallax yourself, rebuild the corpus with <code>npm run corpus</code> (or{' '}
              <code>node bin/parallax.js ingest corpus/articles</code>) and reload.
            </li>
          )}
          {kind === 'version' && (
            <li>Or update the app: a newer build reads the corpus format it was built with.</li>
          )}
        </ul>
        {onRetry && (
          <button
            type="button"
            onClick={onRetry}
            className="mt-5 rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 focus:outline-2 focus:outline-offset-2 focus:outline-indigo-700"
          >
            Try again
          </button>
        )}
      </section>
    </div>
  );
}
