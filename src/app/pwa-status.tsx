/**
 * Service-worker lifecycle, told to the reader: "ready offline" once the app and corpus are
 * cached, and "new version ready" when an update is waiting. The update is applied when the
 * reader chooses; everything a reader has open lives in the URL, so the reload loses nothing.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';

export function PwaStatus() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh && !offlineReady) return null;
  return (
    <div
      role="status"
      className="fixed right-4 bottom-4 z-10 max-w-sm rounded-lg border border-slate-300 bg-white p-4 shadow-lg"
    >
      {needRefresh ? (
        <>
          <p>A new version of Parallax is ready. Reloading keeps your place.</p>
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              onClick={() => void updateServiceWorker(true)}
              className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white hover:bg-indigo-800"
            >
              Reload to update
            </button>
            <button
              type="button"
              onClick={() => setNeedRefresh(false)}
              className="rounded-md px-3 py-1.5 hover:bg-slate-100"
            >
              Later
            </button>
          </div>
        </>
      ) : (
        <div className="flex items-center gap-3">
          <p data-testid="offline-ready">Parallax is ready to work offline.</p>
          <button
            type="button"
            onClick={() => setOfflineReady(false)}
            className="rounded-md px-2 py-1 hover:bg-slate-100"
          >
            OK
          </button>
        </div>
      )}
    </div>
  );
}
