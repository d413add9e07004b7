// Registers the service worker and tells the app when a new version is waiting.
// The page is never reloaded unless the user presses the banner's reload button.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var applying = false;

  function announce() {
    document.documentElement.setAttribute('data-update-available', '');
    window.dispatchEvent(new Event('inovda:update-available'));
  }

  // Called by the app's "Muat ulang" button.
  window.inovdaApplyUpdate = function () {
    applying = true;
    navigator.serviceWorker.getRegistration().then(function (reg) {
      if (reg && reg.waiting) {
        reg.waiting.postMessage({ type: 'SKIP_WAITING' });
      } else {
        window.location.reload();
      }
    });
  };

  // Asks for a Background Sync (where the browser has it) once something waits in the outbox;
  // the worker's "sync" comes back as the window event the app listens to.
  window.inovdaRequestSync = function () {
    navigator.serviceWorker.ready.then(function (reg) {
      if (reg.sync) return reg.sync.register('inovda-relay');
    }).catch(function () {});
  };
  navigator.serviceWorker.addEventListener('message', function (event) {
    if (event.data && event.data.type === 'RELAY_SYNC') window.dispatchEvent(new Event('inovda:relay-sync'));
  });

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (applying) window.location.reload();
  });

  function watch(reg) {
    if (reg.waiting && navigator.serviceWorker.controller) announce();
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') reg.update().catch(function () {});
    });
  }

  // Ready offline once the active worker holds every file this device's role needs (it
  // activates only with them all cached, and caches another role's on request, see sw.js); the
  // app names the role (`inovdaSetRole`) when it reads or changes the profile. The attribute
  // `data-offline-ready` holds the role whose files are kept.
  function storedRole() {
    try { return JSON.parse(localStorage.getItem('inovda.role')) || 'agency'; } catch (_) { return 'agency'; }
  }
  var wanted = storedRole();
  var root = document.documentElement;
  function markReady(role) {
    if (role !== wanted || root.getAttribute('data-offline-ready') === role) return;
    root.setAttribute('data-offline-ready', role);
    window.dispatchEvent(new Event('inovda:offline-ready'));
  }
  function prepare(role) {
    navigator.serviceWorker.ready.then(function (reg) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) { resolve(event.data && event.data.ok); };
        reg.active.postMessage({ type: 'KEEP_ROLE', role: role }, [channel.port2]);
      });
    }).then(function (ok) {
      if (!ok) return;
      try { localStorage.setItem('inovda.offline-role', role); } catch (_) { /* asked again next start */ }
      markReady(role);
    });
  }
  // Known from an earlier start: ready at once (and checked again below).
  var kept = null;
  try { kept = localStorage.getItem('inovda.offline-role'); } catch (_) { /* not known */ }
  if (navigator.serviceWorker.controller && kept === wanted) markReady(wanted);
  prepare(wanted);
  window.inovdaSetRole = function (role) {
    if (role === wanted) return;
    wanted = role;
    if (root.hasAttribute('data-offline-ready')) {
      root.removeAttribute('data-offline-ready');
      window.dispatchEvent(new Event('inovda:offline-preparing'));
    }
    prepare(role);
  };
  // Files that could not be fetched (the network dropped) are asked for again when it returns.
  window.addEventListener('online', function () {
    if (root.getAttribute('data-offline-ready') !== wanted) prepare(wanted);
  });

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(watch, function (error) {
      console.warn('Inovda: service worker registration failed', error);
    });
  });
})();
