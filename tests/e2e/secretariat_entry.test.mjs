// Stories: the secretariat enters innovations for units that do not use the app (one by one in
// the editor, or many from a CSV file), sets the deadlines its config bundle carries (an agency
// then sees them on its list), and loads the demo region next to a real registry of the same
// published names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { daysBefore, innovationRecord, seed, storeCounts } from './support/seed.mjs';
import { readZip } from './support/zip.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const YEAR = '2026';

/** Reads a value from the app's `meta` store, or every entry of `store`. */
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

async function startAsSecretariat(page) {
  await page.goto(app.url);
  await new AppPage(page).startAsSecretariat('Bappeda Kota Probolinggo', 'Kota Probolinggo', YEAR);
  await page.getByRole('link', { name: 'Daftar instansi', exact: true }).click();
  await page.getByRole('heading', { name: 'Daftar Instansi', exact: true }).waitFor();
}

async function addUnit(page, name, kind) {
  await page.getByLabel('Nama instansi', { exact: true }).fill(name);
  await page.getByLabel('Jenis instansi').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Tambah instansi' }).click();
  await page.locator('li.agency .name', { hasText: new RegExp(`^${name}$`) }).waitFor();
}

function unitRow(page, name) {
  return page.locator('li.agency').filter({ has: page.locator('.name', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }) });
}

/** `YYYY-MM-DD` of the local date `days` from today, and its long Indonesian form. */
function dateFromToday(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return { iso, long: `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}` };
}

test('an innovation entered on behalf of a unit is marked, and the dashboard counts it for that unit', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await startAsSecretariat(page);
  await addUnit(page, 'Dinas Kesehatan', 'Dinas');
  await addUnit(page, 'Kelurahan Sukabumi', 'Kelurahan');
  const registry = await readStore(page, 'meta', 'registry');
  const kelurahan = registry.agencies.find((agency) => agency.name === 'Kelurahan Sukabumi');

  // Kelurahan Sukabumi does not use the app: the secretariat types its innovation in.
  await page.getByRole('button', { name: 'Inovasi baru atas nama instansi' }).click();
  await page.getByText('Pilih instansi yang diwakili.').waitFor();
  await assertNoSeriousA11yViolations(page, 'Daftar Instansi with the on-behalf section');
  await page.getByLabel('Atas nama instansi', { exact: true }).selectOption({ label: 'Kelurahan Sukabumi' });
  await page.getByRole('button', { name: 'Inovasi baru atas nama instansi' }).click();
  await page.getByRole('heading', { name: 'Profil Inovasi' }).waitFor();
  await page.getByTestId('origin-notice').getByText('Diinput oleh sekretariat').waitFor();
  await page.getByTestId('origin-notice').getByText('atas nama Kelurahan Sukabumi').waitFor();
  await ui.nameField().fill('Posyandu Digital Sukabumi');
  await ui.waitSaved();
  await ui.assertNoHorizontalScroll('editor of an on-behalf innovation');

  const [record] = await readStore(page, 'innovations');
  assert.equal(record.agency, 'Kelurahan Sukabumi');
  assert.equal(record.agency_id, kelurahan.id);
  assert.equal(record.origin, 'sekretariat');
  assert.equal(record.region, 'Kota Probolinggo');
  assert.equal(record.year, Number(YEAR));

  // The list marks it.
  await ui.backToList();
  const item = page.locator('li.innovation').filter({ hasText: 'Posyandu Digital Sukabumi' });
  await item.locator('.badge', { hasText: 'Diinput oleh sekretariat' }).waitFor();

  // An innovation imported from an agency, never exported by this device and 30 days old, is
  // not the secretariat's own: no "belum diekspor" reminder for it, nor for the on-behalf entry.
  const now = new Date();
  await seed(page, [innovationRecord({
    agency: 'Dinas Kesehatan', name: 'Sehat Keliling', created_at: daysBefore(now, 30), updated_at: daysBefore(now, 30),
  })]);
  await page.reload();
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  await page.locator('li.innovation', { hasText: 'Sehat Keliling' }).waitFor();
  assert.equal(await page.getByTestId('export-banner').count(), 0);

  // Export: the unit's innovation is not sent as the secretariat's own.
  await page.getByRole('link', { name: 'Ekspor', exact: true }).click();
  await page.getByRole('heading', { name: 'Ekspor bundel' }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: /Posyandu Digital Sukabumi/ }).count(), 0);

  // The dashboard counts it for Kelurahan Sukabumi.
  await ui.backToList();
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await page.getByRole('heading', { name: `Dasbor kepatuhan ${YEAR}` }).waitFor();
  assert.equal(await page.getByTestId('headline').textContent(), '2 dari 2 instansi sudah punya inovasi');
  const table = page.getByTestId('per-agency');
  const rowOf = (name) => table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  assert.equal((await rowOf('Kelurahan Sukabumi').locator('td:nth-child(3)').textContent()).trim(), '1');
  await context.close();
});

test('innovations import from a CSV file: a file with bad rows is refused whole, a clean one is written at once', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await startAsSecretariat(page);
  await addUnit(page, 'Dinas Pendidikan', 'Dinas');
  await addUnit(page, 'Puskesmas Ketapang', 'Puskesmas');
  await page.getByRole('link', { name: 'Impor inovasi dari CSV' }).click();
  await page.getByRole('heading', { name: 'Impor inovasi dari CSV' }).waitFor();
  await assertNoSeriousA11yViolations(page, 'Impor inovasi dari CSV');

  // The template: the national form's labels, then the indicator columns.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh templat CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'templat-inovasi.csv');
  const template = readFileSync(await download.path(), 'utf8');
  assert.ok(template.startsWith('Nama Inovasi;Instansi;Tahapan;'), template);
  assert.ok(template.trimEnd().endsWith(';34;35'), template);

  // A file with two bad rows: every problem names its line, and nothing is written.
  const header = template.trimEnd();
  const blank = (cells) => [...cells, ...Array(header.split(';').length - cells.length).fill('')].join(';');
  const bad = [
    header,
    blank(['Si Ijol', 'Dinas Pendidikan', 'Penerapan', 'OPD', '', 'Digital', 'Pelayanan Publik', '', 'Pendidikan', '', '', '17/08/2024']),
    blank(['Sobat Sehat', 'Dinas Entah']),
    blank(['Jemput Bola KIA', 'Puskesmas Ketapang', 'Tahap 9', '', '', '', '', '', '', '', '', '31/02/2024']),
  ].join('\r\n');
  const before = (await storeCounts(page, ['innovations'])).innovations;
  await page.getByLabel('Berkas CSV inovasi').setInputFiles({ name: 'inovasi-salah.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const preview = page.getByTestId('innovation-csv-preview');
  await preview.getByText('3 baris dibaca').waitFor();
  await preview.getByText('Baris 3: Instansi “Dinas Entah” tidak ada di daftar instansi aktif.').waitFor();
  await preview.getByText('Baris 4: Tahapan: nilai “Tahap 9” tidak dikenal.').waitFor();
  await preview.getByText('Baris 4: Tanggal Penerapan: “31/02/2024” bukan tanggal (dd/mm/yyyy).').waitFor();
  await preview.getByText('Berkas ini ditolak: perbaiki baris di atas lalu pilih berkasnya lagi. Belum ada yang disimpan.').waitFor();
  assert.equal(await preview.getByRole('button', { name: 'Terapkan' }).count(), 0);
  assert.equal((await storeCounts(page, ['innovations'])).innovations, before);
  await ui.assertNoHorizontalScroll('innovation CSV preview with bad rows');
  await assertNoSeriousA11yViolations(page, 'Impor inovasi dari CSV with bad rows');

  // The same problems in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Innovation CSV file').setInputFiles({ name: 'inovasi-salah.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByText('Row 3: The unit “Dinas Entah” is not on the list of active units.').waitFor();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();

  // The corrected file: both rows are previewed, then written in one step.
  const good = [
    header,
    blank(['Si Ijol', 'Dinas Pendidikan', 'Penerapan', 'OPD', '', 'Digital', 'Pelayanan Publik', '', 'Pendidikan', '', '', '17/08/2024']),
    blank(['Jemput Bola KIA', 'puskesmas ketapang', 'Uji Coba', '', '', 'Non Digital', 'Pelayanan Publik', '', 'Kesehatan', '', '01/02/2024']),
  ].join('\r\n');
  await page.getByLabel('Berkas CSV inovasi').setInputFiles({ name: 'inovasi.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await preview.getByText('2 inovasi akan dibuat').waitFor();
  await preview.getByText('Si Ijol — Dinas Pendidikan').waitFor();
  await preview.getByText('Jemput Bola KIA — Puskesmas Ketapang').waitFor();
  await preview.getByRole('button', { name: 'Terapkan' }).click();
  await page.getByText('2 inovasi disimpan, ditandai “Diinput oleh sekretariat”.').waitFor();
  const records = await readStore(page, 'innovations');
  assert.equal(records.length, before + 2);
  const registry = await readStore(page, 'meta', 'registry');
  const idOf = (name) => registry.agencies.find((agency) => agency.name === name).id;
  const siIjol = records.find((r) => r.name === 'Si Ijol');
  assert.deepEqual([siIjol.agency, siIjol.agency_id, siIjol.origin, siIjol.status], ['Dinas Pendidikan', idOf('Dinas Pendidikan'), 'sekretariat', 'diajukan']);
  assert.equal(records.find((r) => r.name === 'Jemput Bola KIA').agency_id, idOf('Puskesmas Ketapang'));

  // Importing the same file again: the names exist now, so it is refused and nothing is added.
  await page.getByLabel('Berkas CSV inovasi').setInputFiles({ name: 'inovasi.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await preview.getByText('Baris 2: Inovasi “Si Ijol” sudah ada untuk daerah dan tahun ini.').waitFor();
  assert.equal((await storeCounts(page, ['innovations'])).innovations, before + 2);

  // The list marks both.
  await page.getByRole('link', { name: '← Daftar instansi' }).click();
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.locator('li.innovation', { hasText: 'Jemput Bola KIA' }).locator('.badge', { hasText: 'Diinput oleh sekretariat' }).waitFor();
  await context.close();
});

test('deadlines set by the secretariat travel in the config bundle and show on the agency list with the days left', async () => {
  const secretariatContext = await app.newContext();
  const secretariat = await secretariatContext.newPage();
  await startAsSecretariat(secretariat);
  await addUnit(secretariat, 'Dinas Sosial', 'Dinas');

  const soon = dateFromToday(10);
  const later = dateFromToday(40);
  const past = dateFromToday(-5);
  // An empty label is refused with a message naming the line.
  await secretariat.getByLabel('Tanggal batas waktu').fill(soon.iso);
  await secretariat.getByRole('button', { name: 'Tambah batas waktu' }).click();
  await secretariat.getByText('Batas waktu 1: keterangan wajib diisi.').waitFor();
  await secretariat.getByLabel('Keterangan batas waktu').fill('Batas pengisian profil inovasi');
  await secretariat.getByRole('button', { name: 'Tambah batas waktu' }).click();
  await secretariat.getByText('Batas waktu tersimpan.').waitFor();
  for (const [label, date] of [['Verifikasi', later.iso], ['Rapat awal', past.iso]]) {
    await secretariat.getByLabel('Keterangan batas waktu').fill(label);
    await secretariat.getByLabel('Tanggal batas waktu').fill(date);
    await secretariat.getByRole('button', { name: 'Tambah batas waktu' }).click();
    await secretariat.getByTestId('deadline-list').locator('li strong', { hasText: new RegExp(`^${label}$`) }).waitFor();
  }
  // A label used twice is refused; editing one keeps the list in date order.
  await secretariat.getByLabel('Keterangan batas waktu').fill('verifikasi');
  await secretariat.getByLabel('Tanggal batas waktu').fill(later.iso);
  await secretariat.getByRole('button', { name: 'Tambah batas waktu' }).click();
  await secretariat.getByText('Batas waktu 4: “verifikasi” sudah dipakai batas waktu lain.').waitFor();
  await secretariat.getByRole('button', { name: 'Ubah Verifikasi' }).click();
  await secretariat.getByLabel('Keterangan batas waktu').fill('Verifikasi sekretariat');
  await secretariat.getByRole('button', { name: 'Simpan batas waktu' }).click();
  await secretariat.getByTestId('deadline-list').locator('li strong', { hasText: /^Verifikasi sekretariat$/ }).waitFor();
  const items = await secretariat.getByTestId('deadline-list').locator('li strong').allTextContents();
  assert.deepEqual(items, ['Rapat awal', 'Batas pengisian profil inovasi', 'Verifikasi sekretariat']);
  await secretariat.getByTestId('deadline-list').locator('li', { hasText: 'Rapat awal' }).getByText('(sudah lewat)').waitFor();
  await assertNoSeriousA11yViolations(secretariat, 'Daftar Instansi with the deadlines');

  await secretariat.getByLabel('Jenis daerah').selectOption({ label: 'Kota' });
  const [download] = await Promise.all([
    secretariat.waitForEvent('download'),
    secretariat.getByRole('button', { name: 'Buat bundel konfigurasi' }).click(),
  ]);
  const bundle = readFileSync(await download.path());
  const config = JSON.parse(readZip(bundle).get('config.json').toString('utf8'));
  assert.deepEqual(config.deadlines.map((d) => d.label), ['Rapat awal', 'Batas pengisian profil inovasi', 'Verifikasi sekretariat']);

  // The agency imports it, picks its unit, and its list shows the coming deadlines.
  const agencyContext = await app.newContext();
  const agency = await agencyContext.newPage();
  const agencyUi = new AppPage(agency);
  await agencyUi.open(app.url);
  await agencyUi.startAs('Dinsos', 'Probolinggo');
  await agencyUi.chooseBundles([{ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bundle }]);
  await agency.getByLabel('Instansi Anda').selectOption({ label: 'Dinas Sosial' });
  await agency.getByRole('button', { name: 'Pakai instansi ini' }).click();
  await agency.getByText('Instansi dipilih: Dinas Sosial (Kota Probolinggo).').waitFor();
  await agency.getByRole('link', { name: '← Daftar inovasi' }).click();
  const deadlines = agency.getByTestId('deadlines');
  await deadlines.waitFor();
  assert.deepEqual(await deadlines.locator('li').allTextContents(), [
    `Batas waktu: Batas pengisian profil inovasi, ${soon.long} (10 hari lagi)`,
    `Batas waktu: Verifikasi sekretariat, ${later.long} (40 hari lagi)`,
  ]);
  await agencyUi.assertNoHorizontalScroll('agency list with deadlines');
  await assertNoSeriousA11yViolations(agency, 'agency list with deadlines');
  await agency.getByRole('button', { name: 'English' }).click();
  await deadlines.getByText(/^Deadline: Verifikasi sekretariat, .* \(40 days left\)$/).waitFor();
  await secretariatContext.close();
  await agencyContext.close();
});

test('the demo loads next to a real registry with the same names, stays out of config bundles, and leaves the real units when removed', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  await startAsSecretariat(page);
  await addUnit(page, 'Dinas Kesehatan', 'Dinas');
  await addUnit(page, 'Puskesmas Ketapang', 'Puskesmas');
  const real = await readStore(page, 'meta', 'registry');

  await page.getByRole('button', { name: 'Muat data contoh' }).click();
  await page.getByText('Data contoh dimuat: 30 instansi, 24 inovasi.').waitFor();
  await page.getByTestId('registry-counts').getByText('32 aktif dari 32 instansi').waitFor();
  await unitRow(page, 'Dinas Kesehatan').waitFor();
  await unitRow(page, 'Dinas Kesehatan (contoh)').locator('.badge', { hasText: 'Data contoh' }).waitFor();
  assert.equal(await unitRow(page, 'Dinas Kesehatan').locator('.badge').count(), 0);
  // The real unit has no demo innovation counted for it.
  await unitRow(page, 'Dinas Kesehatan').getByText('0 inovasi').waitFor();
  // No "belum diekspor" reminder for demo innovations either (some are months old).
  assert.equal(await page.getByTestId('export-banner').count(), 0);
  // The on-behalf choice offers only real units.
  const offered = await page.getByLabel('Atas nama instansi', { exact: true }).locator('option').allTextContents();
  assert.ok(offered.includes('Dinas Kesehatan') && !offered.some((name) => name.includes('(contoh)')), offered.join(', '));

  // A config bundle built now carries the real units only.
  await page.getByLabel('Jenis daerah').selectOption({ label: 'Kota' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Buat bundel konfigurasi' }).click(),
  ]);
  const config = JSON.parse(readZip(readFileSync(await download.path())).get('config.json').toString('utf8'));
  assert.deepEqual(config.agencies.map((a) => a.name), ['Dinas Kesehatan', 'Puskesmas Ketapang']);

  await page.getByRole('button', { name: 'Hapus data contoh' }).click();
  await page.getByText('Data contoh dihapus: 30 instansi, 24 inovasi.').waitFor();
  await page.getByTestId('registry-counts').getByText('2 aktif dari 2 instansi').waitFor();
  assert.deepEqual(await readStore(page, 'meta', 'registry'), real);
  assert.equal((await storeCounts(page, ['innovations'])).innovations, 0);
  await context.close();
});
