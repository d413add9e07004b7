// Story: a first visit on a weak connection. Until every file of the app is on the device the
// app says it is not ready to use offline (and, when the network drops, that other pages cannot
// open yet while what was typed stays saved); once the service worker holds everything it says
// so, Pengaturan says it too, and later visits open without the notice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { PHONE, startApp, waitForServiceWorker } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('the app says whether it is ready offline, and says so when the network drops too early', async () => {
  // The service worker never arrives (a connection that drops before it is stored).
  const slow = await app.newContext({ serviceWorkers: 'block' });
  const page = await slow.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Puskesmas Kanigaran', 'Kota Probolinggo');
  const readiness = page.getByTestId('offline-readiness');
  await readiness.getByText(/^Belum siap dipakai tanpa internet/).waitFor();
  await slow.setOffline(true);
  await page.getByTestId('offline-banner').getByText(/belum tersimpan di perangkat ini/).waitFor();
  await assertNoSeriousA11yViolations(page, 'list offline before the app is stored');
  await slow.close();

  // A normal first visit: not ready, then ready; Pengaturan agrees; the next visit says nothing.
  const context = await app.newContext();
  const first = await context.newPage();
  const firstUi = new AppPage(first);
  await firstUi.open(app.url);
  await firstUi.startAs('Puskesmas Kanigaran', 'Kota Probolinggo');
  await waitForServiceWorker(first);
  await first.getByTestId('offline-readiness').getByText('Siap dipakai tanpa internet: aplikasi sudah tersimpan di perangkat ini.').waitFor();
  await first.goto(`${app.url}pengaturan`);
  await first.getByTestId('offline-state').getByText(/^Siap dipakai tanpa internet/).waitFor();
  assert.equal(await first.getByTestId('offline-readiness').count(), 0, 'an app that opened ready says nothing at the foot');
  await context.setOffline(true);
  await first.reload();
  await first.getByTestId('offline-state').getByText(/^Siap dipakai tanpa internet/).waitFor();
  await first.getByTestId('offline-banner').getByText(/Semua perubahan tetap tersimpan/).waitFor();
  await context.close();
});

test('the first screen and Pengaturan do not jump while they load', async () => {
  // Layout shifts of a first visit on a phone, as the browser reports them, until the start
  // screen has settled: the readiness line waits for the page, and the page does not move.
  const context = await app.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(app.url);
  await page.getByLabel('Nama Instansi').waitFor();
  await page.getByTestId('offline-readiness').waitFor();
  await page.waitForTimeout(1000);
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift < 0.01, `layout shift of the first screen: ${shift}`);

  // Pengaturan opened straight from its address: its sections wait for the profile together.
  await new AppPage(page).startAs('Puskesmas Kanigaran', 'Kota Probolinggo');
  await page.goto(`${app.url}pengaturan`);
  await page.getByRole('heading', { name: 'Cadangan', exact: true }).waitFor();
  await page.waitForTimeout(1000);
  const settingsShift = await page.evaluate(() => window.__shift);
  assert.ok(settingsShift < 0.01, `layout shift of Pengaturan: ${settingsShift}`);
  await context.close();
});
