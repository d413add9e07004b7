// Story: a new version is deployed while an officer is typing a draft; the app offers to reload
// instead of reloading under them, keeps saving what they type, and after "Muat ulang" every
// key typed is there.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { AppPage } from '../e2e/support/app_page.mjs';
import { startApp, waitForServiceWorker } from '../e2e/support/harness.mjs';
import { reportLost, snapshot } from './support/records.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const GOAL = 'Menjamin air bersih mengalir 24 jam ke seluruh pelanggan di kawasan pesisir dengan pemantauan tekanan pipa secara daring, '
  + 'pencatatan meter air dari ponsel petugas, dan pengaduan kebocoran yang ditindaklanjuti paling lambat satu hari kerja oleh tim lapangan.';

test('a new version arriving while a draft is being typed is announced, never reloads by itself, and loses nothing', async (t) => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('PDAM Tirta', 'Kota Probolinggo');
  await ui.newInnovation();
  await ui.nameField().fill('Water Supply System');
  await ui.waitSaved();
  await waitForServiceWorker(page);
  await page.evaluate(() => { window.__sameDocument = true; });
  const saved = await snapshot(page);

  const goal = page.getByLabel('Tujuan Inovasi');
  const banner = page.getByText('Versi baru tersedia — muat ulang');
  // The officer types on until the banner shows (however long the check takes on a busy
  // machine), then four more words: the update lands in the middle of the typing.
  const words = GOAL.split(/(?<= )/);
  let announcedAt = -1;
  let typed = '';
  await goal.focus();
  for (let index = 0; index < 200; index += 1) {
    const word = words[index % words.length];
    await page.keyboard.type(word, { delay: 25 });
    typed += word;
    if (index === 2) {
      // A new version is deployed (any change to the built files changes sw.js), and the
      // browser checks for it, as it does by itself, while the officer types.
      appendFileSync(join(app.root, 'sw.js'), '\n// deployed again\n');
      await page.evaluate(() => { navigator.serviceWorker.getRegistration().then((registration) => registration.update()); });
    }
    if (index > 2 && announcedAt < 0 && (await banner.isVisible())) announcedAt = index;
    if (announcedAt >= 0 && index >= announcedAt + 4) break;
    await page.waitForTimeout(400); // A breath between words.
  }
  t.diagnostic(`banner shown after word ${announcedAt + 1}; ${typed.length} characters typed`);
  assert.ok(announcedAt >= 0, 'the new version was announced while the officer was typing');

  // Nothing happened under the officer: same document, every key in the field, and it saves.
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page must not reload by itself');
  assert.equal(await goal.inputValue(), typed);
  assert.equal(await ui.nameField().inputValue(), 'Water Supply System');
  await ui.waitSaved();

  // The officer chooses to reload: the new version runs, and the draft is whole.
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Muat ulang' }).click(),
  ]);
  await ui.nameField().waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  assert.equal(await ui.nameField().inputValue(), 'Water Supply System');
  assert.equal(await goal.inputValue(), typed);
  const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting);
  assert.equal(waiting, false);
  reportLost(t, saved, await snapshot(page));
  await context.close();
});

test('an update reaching a secretariat device from a release that did not know its role keeps every page offline', async (t) => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAsSecretariat('Bappeda', 'Kota Probolinggo');
  await waitForServiceWorker(page);
  const saved = await snapshot(page);
  // What an older release left: a worker and its cache, no role named to it, none in storage.
  await page.evaluate(async () => {
    await caches.delete('inovda-role');
    localStorage.removeItem('inovda.role');
    localStorage.removeItem('inovda.offline-role');
  });
  appendFileSync(join(app.root, 'sw.js'), '\n// deployed again (role kept)\n');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
  await page.getByText('Versi baru tersedia — muat ulang').waitFor();
  // Offline from before the page runs the new version: the Dasbor still opens, from the cache.
  await context.setOffline(true);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Muat ulang' }).click()]);
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  await page.getByRole('link', { name: 'Dasbor' }).first().click();
  await page.getByRole('heading', { name: /Dasbor/ }).first().waitFor();
  assert.equal(await page.getByText('Halaman belum bisa dimuat').count(), 0);
  reportLost(t, saved, await snapshot(page));
  await context.close();
});
