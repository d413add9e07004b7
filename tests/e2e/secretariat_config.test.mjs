// Story: the secretariat sends its agency list as a signed config bundle; an agency imports it
// on Impor, picks its unit from the list instead of typing, and its new innovations carry the
// registry's agency id.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Reads a value from the app's `meta` store, or every innovation record with `store`. */
async function readStore(page, store, key = null) {
  return page.evaluate(async ({ store, key }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const value = await new Promise((resolve, reject) => {
      const objects = db.transaction(store).objectStore(store);
      const request = key === null ? objects.getAll() : objects.get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    // Values are stored as JSON text (layout 5).
    const plain = (v) => (typeof v === 'string' ? JSON.parse(v) : v && typeof v.json === 'string' ? JSON.parse(v.json) : v);
    return Array.isArray(value) ? value.map(plain) : plain(value);
  }, { store, key });
}

test('a config bundle lets an agency pick its unit; new innovations carry the registry id', async () => {
  // The secretariat: two units, then the config bundle.
  const secretariatContext = await app.newContext();
  const secretariat = await secretariatContext.newPage();
  await secretariat.goto(app.url);
  await new AppPage(secretariat).startAsSecretariat('Bappeda Kota Probolinggo', 'Kota Probolinggo', '2026');
  await secretariat.getByRole('link', { name: 'Daftar instansi' }).click();

  // Nothing active on the list yet: core says what is missing, nothing is downloaded.
  await secretariat.getByRole('button', { name: 'Buat bundel konfigurasi' }).click();
  await secretariat.getByText('Pilih jenis daerah.').waitFor();
  await secretariat.getByLabel('Jenis daerah').selectOption({ label: 'Kota' });
  await secretariat.getByRole('button', { name: 'Buat bundel konfigurasi' }).click();
  await secretariat.getByText('Daftar instansi tidak memuat instansi aktif.').waitFor();

  for (const [name, kind] of [['Dinas Kesehatan', 'Dinas'], ['Kecamatan Kademangan', 'Kecamatan']]) {
    await secretariat.getByLabel('Nama instansi', { exact: true }).fill(name);
    await secretariat.getByLabel('Jenis instansi').selectOption({ label: kind });
    await secretariat.getByRole('button', { name: 'Tambah instansi' }).click();
    await secretariat.locator('li.agency .name', { hasText: name }).waitFor();
  }
  const [download] = await Promise.all([
    secretariat.waitForEvent('download'),
    secretariat.getByRole('button', { name: 'Buat bundel konfigurasi' }).click(),
  ]);
  await secretariat.getByText(`Bundel konfigurasi diunduh: ${download.suggestedFilename()}`).waitFor();
  await assertNoSeriousA11yViolations(secretariat, 'Daftar Instansi with the config section');
  const registry = await readStore(secretariat, 'meta', 'registry');
  const dinkes = registry.agencies.find((agency) => agency.name === 'Dinas Kesehatan');

  // The agency: imports the config bundle and picks its unit.
  const agencyContext = await app.newContext();
  const agency = await agencyContext.newPage();
  const ui = new AppPage(agency);
  await ui.open(app.url);
  await ui.startAs('Dinkes', 'Probolinggo');
  await ui.chooseBundles([{
    name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync(await download.path()),
  }]);
  await agency.getByText('Daftar instansi dari Bappeda Kota Probolinggo untuk tahun 2026.').waitFor();
  await agency.getByRole('button', { name: 'Pakai instansi ini' }).click();
  await agency.getByText('Pilih instansi Anda dari daftar.').waitFor();
  const picker = agency.getByLabel('Instansi Anda');
  assert.deepEqual(await picker.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.label)), ['Dinas', 'Kecamatan']);
  await picker.selectOption({ label: 'Dinas Kesehatan' });
  await ui.assertNoHorizontalScroll('Impor with the config picker');
  await assertNoSeriousA11yViolations(agency, 'Impor with the config picker');
  await agency.getByRole('button', { name: 'Pakai instansi ini' }).click();
  await agency.getByText('Instansi dipilih: Dinas Kesehatan (Kota Probolinggo).').waitFor();

  // The profile now names the unit as the secretariat spells it; new innovations carry its id.
  await agency.getByRole('link', { name: '← Daftar inovasi' }).click();
  await agency.locator('.workspace .agency', { hasText: 'Dinas Kesehatan' }).waitFor();
  await agency.locator('.workspace .region', { hasText: 'Kota Probolinggo' }).waitFor();
  await ui.newInnovation();
  await ui.nameField().fill('Layanan Kesehatan Keliling');
  await ui.waitSaved();
  const records = await readStore(agency, 'innovations');
  assert.equal(records.length, 1);
  assert.equal(records[0].agency_id, dinkes.id);
  assert.equal(records[0].agency, 'Dinas Kesehatan');
  assert.equal(records[0].region, 'Kota Probolinggo');
  const stored = await readStore(agency, 'meta', 'region_config');
  assert.equal(stored.secretariat, 'Bappeda Kota Probolinggo');

  // Saving the same profile in Pengaturan keeps the picked unit.
  await ui.backToList();
  await agency.getByRole('link', { name: 'Pengaturan' }).click();
  await agency.getByRole('button', { name: 'Simpan profil' }).click();
  await agency.getByText('Profil tersimpan.').waitFor();
  assert.equal((await readStore(agency, 'meta', 'profile')).agency_id, dinkes.id);
  await agency.getByRole('link', { name: '← Daftar inovasi' }).click();
  await agency.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();

  // The same in English.
  await agency.getByRole('button', { name: 'English' }).click();
  await agency.getByRole('link', { name: 'Import', exact: true }).click();
  await agency.getByLabel('Bundle files (.zip)').setInputFiles({
    name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync(await download.path()),
  });
  await agency.getByText('The agency list from Bappeda Kota Probolinggo for 2026.').waitFor();
  await agency.getByLabel('Your unit').waitFor();

  // Another agency's device uses the page's main Impor: it asks for the unit first, then
  // applies the config as "Pakai instansi ini" does.
  const otherContext = await app.newContext();
  const other = await otherContext.newPage();
  const otherUi = new AppPage(other);
  await otherUi.open(app.url);
  await otherUi.startAs('Dinkes', 'Probolinggo');
  await otherUi.chooseBundles([{
    name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync(await download.path()),
  }]);
  await other.getByText('Daftar instansi dari Bappeda Kota Probolinggo untuk tahun 2026.').waitFor();
  await other.getByRole('button', { name: 'Impor', exact: true }).click();
  await other.getByText('Pilih instansi Anda dari daftar.').waitFor();
  await other.getByLabel('Instansi Anda').selectOption({ label: 'Dinas Kesehatan' });
  await other.getByRole('button', { name: 'Impor', exact: true }).click();
  await other.getByText('Impor selesai.', { exact: true }).waitFor();
  await other.getByText('Instansi dipilih: Dinas Kesehatan (Kota Probolinggo).').waitFor();
  assert.equal((await readStore(other, 'meta', 'profile')).agency_id, dinkes.id);
  await otherContext.close();
  await secretariatContext.close();
  await agencyContext.close();
});
