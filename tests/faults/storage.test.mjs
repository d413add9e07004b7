// Stories of a browser database that misbehaves: it closes the app's connection (as Chrome does
// when it force-closes a database), and it runs out of quota while a file is being attached.
// The officer is told clearly, keeps what was typed, and nothing saved is lost or half-written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from '../e2e/support/app_page.mjs';
import { pdfBuffer } from '../e2e/support/fixtures.mjs';
import { startApp } from '../e2e/support/harness.mjs';
import { storeCounts } from '../e2e/support/seed.mjs';
import { reportLost, snapshot } from './support/records.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/**
 * The browser closes connections: each new connection is closed right after it opens, with the
 * `close` event Chrome fires on a forced close, for the next `__closeNext` opens or, while
 * `__closeAlways` is set, every open.
 */
async function closingBrowser(context) {
  await context.addInitScript(() => {
    window.__closeNext = 0;
    window.__closeAlways = false;
    window.__closed = 0;
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      const request = open.apply(this, args);
      request.addEventListener('success', () => {
        if (!window.__closeAlways && window.__closeNext === 0) return;
        if (!window.__closeAlways) window.__closeNext -= 1;
        window.__closed += 1;
        request.result.close();
        request.result.dispatchEvent(new Event('close'));
      });
      return request;
    };
  });
}

/** The innovation as stored, read straight from IndexedDB (with the fault switched off). */
async function stored(page, id) {
  return page.evaluate(async (id) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const record = await new Promise((resolve, reject) => {
      const request = db.transaction('innovations').objectStore('innovations').get(id);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    // Values are stored as JSON text (layout 5).
    const plain = (v) => (typeof v === 'string' ? JSON.parse(v) : v && typeof v.json === 'string' ? JSON.parse(v.json) : v);
    return plain(record);
  }, id);
}

test('the browser closes the database connection: the save is retried, and a lasting fault is reported without losing the text', async (t) => {
  const context = await app.newContext();
  await closingBrowser(context);
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Komunikasi dan Informatika', 'Kabupaten Banyuwangi');
  await ui.newInnovation();
  await ui.nameField().fill('Smart Kampung');
  await ui.waitSaved();
  const id = page.url().split('/').at(-1);
  const saved = await snapshot(page);

  // Once: the connection of the next save is closed under it; the app opens a new one and saves.
  await page.evaluate(() => { window.__closeNext = 1; });
  await ui.nameField().fill('Smart Kampung Banyuwangi');
  await ui.waitSaved();
  assert.equal(await page.evaluate(() => window.__closed), 1, 'the fault happened');
  assert.equal((await stored(page, id)).name, 'Smart Kampung Banyuwangi');

  // For a while: every connection is closed. The officer is told, and the text stays in the field.
  await page.evaluate(() => { window.__closeAlways = true; });
  await page.getByLabel('Tujuan Inovasi').fill('Pelayanan administrasi desa tanpa ke kantor kecamatan.');
  await page.getByText('Gagal menyimpan: penyimpanan browser sedang tidak bisa dipakai', { exact: false }).waitFor();
  const message = await ui.saveStatus().textContent();
  assert.doesNotMatch(message, /InvalidStateError|database|refused/, `a message for people: ${message}`);
  assert.equal(await page.getByLabel('Tujuan Inovasi').inputValue(), 'Pelayanan administrasi desa tanpa ke kantor kecamatan.');
  assert.equal(await ui.nameField().inputValue(), 'Smart Kampung Banyuwangi');

  // The fault ends: the next change saves everything, the goal typed during the fault included.
  await page.evaluate(() => { window.__closeAlways = false; });
  await page.getByLabel('Manfaat yang Diperoleh').fill('Warga mengurus surat dari rumah.');
  await ui.waitSaved();
  const record = await stored(page, id);
  assert.equal(record.goal, 'Pelayanan administrasi desa tanpa ke kantor kecamatan.');
  assert.equal(record.benefit, 'Warga mengurus surat dari rumah.');
  await page.reload();
  await ui.nameField().waitFor();
  assert.equal(await page.getByLabel('Tujuan Inovasi').inputValue(), 'Pelayanan administrasi desa tanpa ke kantor kecamatan.');
  reportLost(t, saved, await snapshot(page));
  await context.close();
});

test('the quota runs out while a file is attached: a clear message, nothing half-written, earlier data intact', async (t) => {
  const context = await app.newContext();
  // The device refuses to store the file's bytes (the `blobs` store) while `__blobsFull` is set.
  await context.addInitScript(() => {
    window.__blobsFull = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__blobsFull && this.name === 'blobs') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Penanaman Modal dan PTSP', 'Kota Probolinggo');
  await ui.newInnovation();
  await ui.nameField().fill('Perizinan Keliling');
  await page.locator('#ind-16-file').setInputFiles({ name: 'Perwali 12.pdf', mimeType: 'application/pdf', buffer: pdfBuffer('Perwali 12') });
  await page.locator('#indicator-16').getByText(/Perwali 12\.pdf/).waitFor();
  await ui.waitSaved();
  const id = page.url().split('/').at(-1);
  const saved = await snapshot(page);
  const countsBefore = await storeCounts(page, ['innovations', 'blobs']);
  const refsBefore = JSON.stringify((await stored(page, id)).indicators);

  await page.evaluate(() => { window.__blobsFull = true; });
  await page.locator('#ind-17-file').setInputFiles({ name: 'SK Tim Inovasi.pdf', mimeType: 'application/pdf', buffer: pdfBuffer('SK Tim Inovasi') });
  await page.getByText('Gagal menyimpan: ruang penyimpanan penuh. Data sebelumnya tetap aman.').waitFor();
  // Nothing half-written: no new Blob, and the stored record does not name the file.
  assert.deepEqual(await storeCounts(page, ['innovations', 'blobs']), countsBefore);
  assert.equal(JSON.stringify((await stored(page, id)).indicators), refsBefore);
  assert.equal((await stored(page, id)).name, 'Perizinan Keliling');
  // The earlier file still opens, byte for byte.
  const [evidence] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#indicator-16').getByRole('button', { name: 'Unduh' }).first().click(),
  ]);
  assert.deepEqual(readFileSync(await evidence.path()), pdfBuffer('Perwali 12'));

  // Space comes back: the next change stores the file and the record together.
  await page.evaluate(() => { window.__blobsFull = false; });
  await page.getByLabel('Nama Inisiator').fill('DPMPTSP Kota Probolinggo');
  await ui.waitSaved();
  assert.equal((await storeCounts(page, ['blobs'])).blobs, countsBefore.blobs + 1);
  await page.reload();
  await page.locator('#indicator-17').getByText(/SK Tim Inovasi\.pdf/).waitFor();
  await page.locator('#indicator-16').getByText(/Perwali 12\.pdf/).waitFor();
  reportLost(t, saved, await snapshot(page));
  await context.close();
});
