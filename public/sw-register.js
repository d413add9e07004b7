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

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(watch, function (error) {
      console.warn('Inovda: service worker registration failed', error);
    });
  });
})();
