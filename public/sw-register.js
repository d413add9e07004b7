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

  // Ready offline once a worker controls the scope: it activates only after every built file
  // is in its cache (see sw.js), so from then on the app opens with no network.
  navigator.serviceWorker.ready.then(function () {
    document.documentElement.setAttribute('data-offline-ready', '');
    window.dispatchEvent(new Event('inovda:offline-ready'));
  });

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(watch, function (error) {
      console.warn('Inovda: service worker registration failed', error);
    });
  });
})();
