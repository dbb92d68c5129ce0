// The theme before the first paint (no light flash on a dark system): the reader's choice,
// else the system's. A file rather than an inline script, so the Content-Security-Policy
// needs no exception for it.
(() => {
  let choice = null;
  try {
    choice = localStorage.getItem('parallax-theme');
  } catch (_) {}
  const dark =
    choice === 'dark' || (choice !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();
