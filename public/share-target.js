// Share → Parallax with files: the installed app's share target posts a form (title, text,
// url, files) to /share. This part of the service worker (added to the generated one with
// importScripts) keeps the shared files in a cache and sends the app to /share?files=N, where
// the add dialog opens with them (src/features/library/components/my-articles.tsx).
const SHARE_CACHE = 'parallax-share';

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.pathname !== '/share') return;
  event.respondWith(
    (async () => {
      const form = await event.request.formData();
      const files = form.getAll('files').filter((f) => typeof f === 'object' && f !== null && 'name' in f);
      const cache = await caches.open(SHARE_CACHE);
      for (const key of await cache.keys()) await cache.delete(key);
      let n = 0;
      for (const f of files) {
        await cache.put(
          `/shared-file/${n++}`,
          new Response(f, {
            headers: {
              'content-type': f.type || 'application/octet-stream',
              'x-file-name': encodeURIComponent(f.name),
            },
          }),
        );
      }
      const text = (name) => (typeof form.get(name) === 'string' ? form.get(name) : '');
      const next = new URLSearchParams({
        title: text('title'),
        text: text('text'),
        url: text('url'),
        files: String(n),
      });
      return Response.redirect(`/share?${next}`, 303);
    })(),
  );
});
