// Inovda service worker: precaches the built files a device of its role needs, so the app
// starts with no network. tools/gen-sw.mjs replaces the two placeholders at build time:
// PRECACHE.common is needed by every role, PRECACHE.roles[role] only by devices of that role
// (the wasm modules and workers web/modules.json keeps for some roles).
'use strict';
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = 'inovda-' + VERSION;
// The device's role, kept across versions (a new worker installs that role's files).
const ROLE_CACHE = 'inovda-role';
const ROLE_URL = '/__inovda/role';
const ALL = new Set(PRECACHE.common.concat(...Object.values(PRECACHE.roles)));
// tools/gen-sw.mjs writes `pageFor(path)` in place of the next line: the page for a navigation,
// `/index-deep.html` where a module other than the first serves the address.
// __PAGE_RULE__

// The role a page named last; `null` if none ever did.
async function storedRole() {
  const hit = await (await caches.open(ROLE_CACHE)).match(ROLE_URL);
  const role = hit ? await hit.text() : null;
  return role === null || role in PRECACHE.roles ? role : 'agency';
}

// Caches what `role` needs (every role's files for `null`) and this version's cache does not
// hold yet.
async function keep(role) {
  const cache = await caches.open(CACHE);
  const wanted = role === null ? [...ALL] : PRECACHE.common.concat(PRECACHE.roles[role] || []);
  const missing = [];
  for (const url of wanted) if (!(await cache.match(url))) missing.push(url);
  if (missing.length) await cache.addAll(missing);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    // A first visit is taken for an agency's until its page says otherwise; an update of a
    // release that never learnt the role keeps every role's files, so nothing that worked
    // offline stops working.
    storedRole().then((role) => keep(role ?? (self.registration.active ? null : 'agency'))).then(() => {
      // The very first worker takes over at once; an update waits for the user's "Muat ulang".
      if (!self.registration.active) return self.skipWaiting();
    })
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('inovda-') && k !== CACHE && k !== ROLE_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// The page names the device's role (public/sw-register.js): remember it and cache its files,
// then answer on the given port whether they are all here.
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'KEEP_ROLE') return;
  const role = event.data.role in PRECACHE.roles ? event.data.role : 'agency';
  const port = event.ports[0];
  event.waitUntil(
    caches.open(ROLE_CACHE)
      .then((cache) => cache.put(ROLE_URL, new Response(role)))
      .then(() => keep(role))
      .then(() => port && port.postMessage({ ok: true, role }), () => port && port.postMessage({ ok: false, role }))
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
    // Every page of the app is index.html (without the first module's preload where another
    // module runs); deep links work offline too.
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match(pageFor(url.pathname)).then((hit) => hit || cache.match('/index.html')))
        .then((hit) => hit || fetch(request))
    );
    return;
  }
  // A built file this device's role does not keep (another role's module) is cached once
  // fetched, so a page opened once opens offline too.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => {
      if (hit) return hit;
      return fetch(request).then((response) => {
        if (response.ok && ALL.has(url.pathname)) {
          const copy = response.clone();
          event.waitUntil(cache.put(url.pathname, copy).catch(() => {}));
        }
        return response;
      });
    }))
  );
});
