/**
 * The broadcast channel on which the page says the reader's library changed (an import, a
 * removal, an undo), so the search worker rebuilds its index of the reader's articles, in this
 * tab and in any other open one.
 */
export const LIBRARY_CHANNEL = 'parallax-library';

export function announceLibraryChange(): void {
  try {
    const c = new BroadcastChannel(LIBRARY_CHANNEL);
    c.postMessage('changed');
    c.close();
  } catch {
    /* no BroadcastChannel: the next page load sees the change */
  }
}
