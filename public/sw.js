// Inovda service worker: precaches every built file so the app starts with no network.
// tools/gen-sw.mjs replaces the two placeholders at build time.
'use strict';
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = 'inovda-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => {
      // The very first worker takes over at once; an update waits for the user's "Muat ulang".
      if (!self.registration.active) return self.skipWaiting();
    })
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('inovda-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

// Background Sync: when the browser has a network again it wakes this worker, which asks the
// app's open pages to send their relay outbox (sealing and signing stay in the pages, which
// hold the device key); a closed app sends on its next start.
self.addEventListener('sync', (event) => {
  if (event.tag !== 'inovda-relay') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window' })
      .then((pages) => pages.forEach((page) => page.postMessage({ type: 'RELAY_SYNC' })))
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the app is index.html; deep links work offline too.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match('/index.html')).then((hit) => hit || fetch(request))
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })).then((hit) => hit || fetch(request))
  );
});
