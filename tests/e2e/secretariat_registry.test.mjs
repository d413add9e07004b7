// Story: the regional secretariat (Bappeda) starts the app as the secretariat for an assessment
// year, keeps the list of its region's units (add, edit, deactivate, CSV import with a preview),
// loads and removes the demo region, and can change the device's role in Pengaturan.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { storeCounts } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const SECRETARIAT = 'Sekretariat (Bappeda/BRIDA/Bagian Organisasi)';

/** First visit as the secretariat of `region` for `year`; opens "Daftar instansi". */
async function startAsSecretariat(page, { name = 'Bappeda Kota Probolinggo', region = 'Kota Probolinggo', year = '2026' } = {}) {
  await page.getByLabel(SECRETARIAT).check();
  await page.getByLabel('Nama Sekretariat').fill(name);
  await page.getByLabel('Nama Pemda').fill(region);
  await page.getByLabel('Tahun penilaian').selectOption(year);
  await page.getByRole('button', { name: 'Mulai' }).click();
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  await page.getByRole('heading', { name: 'Daftar Instansi', exact: true }).waitFor();
}

async function addUnit(page, name, kind, parent = null) {
  await page.getByLabel('Nama instansi', { exact: true }).fill(name);
  await page.getByLabel('Jenis instansi').selectOption({ label: kind });
  if (parent) await page.getByLabel('Instansi induk (opsional)').selectOption({ label: parent });
  await page.getByRole('button', { name: 'Tambah instansi' }).click();
}

function row(page, name) {
  return page.locator('li.agency').filter({ has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
}

test('the secretariat keeps its agency list: add, edit, deactivate, CSV preview and apply', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);

  // Agency is the default role; choosing the secretariat asks for its name and the year.
  assert.equal(await page.getByLabel('Instansi', { exact: true }).isChecked(), true);
  assert.equal(await page.getByLabel('Tahun penilaian').count(), 0);
  await page.getByLabel(SECRETARIAT).check();
  await page.getByRole('button', { name: 'Mulai' }).click();
  await page.getByText('Nama Sekretariat wajib diisi.').waitFor();
  assert.deepEqual(
    await page.getByLabel('Tahun penilaian').locator('option').allTextContents(),
    ['2023', '2025', '2026', '2027'],
  );
  await ui.assertNoHorizontalScroll('start as secretariat');
  await assertNoSeriousA11yViolations(page, 'start screen (secretariat)');
  await startAsSecretariat(page);
  await page.getByText('Bappeda Kota Probolinggo').waitFor();
  await page.getByText('Belum ada instansi.').waitFor();

  // Every core finding next to its field.
  await page.getByRole('button', { name: 'Tambah instansi' }).click();
  await page.getByText('Nama instansi wajib diisi.').waitFor();
  await page.getByText('Jenis “” tidak dikenal').waitFor();
  await addUnit(page, 'Dinas Kesehatan', 'Dinas');
  await page.getByText('Instansi ditambahkan.').waitFor();
  await addUnit(page, 'dinas   KESEHATAN', 'Badan');
  await page.getByText('Nama “dinas KESEHATAN” sudah dipakai instansi lain di daerah ini.').waitFor();
  await addUnit(page, 'Kecamatan Kademangan', 'Kecamatan');
  await page.getByTestId('registry-counts').getByText('2 aktif dari 2 instansi').waitFor();
  await addUnit(page, 'Kelurahan Pilang', 'Kelurahan', 'Kecamatan Kademangan');
  await page.getByTestId('registry-counts').getByText('3 aktif dari 3 instansi').waitFor();
  await row(page, 'Kelurahan Pilang').getByText('Instansi induk (opsional): Kecamatan Kademangan').waitFor();

  // Edit: the form is filled with the unit; a new name is saved.
  await page.getByRole('button', { name: 'Ubah Dinas Kesehatan' }).click();
  await page.getByRole('heading', { name: 'Ubah instansi' }).waitFor();
  assert.equal(await page.getByLabel('Nama instansi', { exact: true }).inputValue(), 'Dinas Kesehatan');
  await page.getByLabel('Nama instansi', { exact: true }).fill('Dinas Kesehatan, PP dan KB');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await page.getByText('Perubahan instansi tersimpan.').waitFor();
  await row(page, 'Dinas Kesehatan, PP dan KB').waitFor();

  // Deactivate: the unit stays, marked, and leaves the active count.
  await page.getByRole('button', { name: 'Nonaktifkan Kelurahan Pilang' }).click();
  await page.getByText('Instansi dinonaktifkan.').waitFor();
  await page.getByTestId('registry-counts').getByText('2 aktif dari 3 instansi').waitFor();
  await row(page, 'Kelurahan Pilang').getByText('Nonaktif').waitFor();
  await ui.assertNoHorizontalScroll('Daftar Instansi');
  await assertNoSeriousA11yViolations(page, 'Daftar Instansi');

  // In English, the same findings in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Agency List', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Add unit' }).click();
  await page.getByText('The unit name is required.').waitFor();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByRole('heading', { name: 'Daftar Instansi', exact: true }).waitFor();

  // Stored: a reload shows the same list.
  await page.reload();
  await page.getByTestId('registry-counts').getByText('2 aktif dari 3 instansi').waitFor();

  // CSV import: a preview with every bad row and its line; nothing changes before "Terapkan".
  const csv = [
    'Nama Instansi;Jenis;Induk;Aktif',
    'Dinas Pendidikan dan Kebudayaan;dinas;;ya',
    'Kelurahan Pilang;kelurahan;Kecamatan Kademangan;ya',
    'Puskesmas Wonoasih;klinik;;ya',
    ';dinas;;',
    'RSUD dr. Mohamad Saleh;rsud;;tidak',
  ].join('\r\n');
  await page.getByLabel('Berkas CSV daftar instansi').setInputFiles({
    name: 'instansi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8'),
  });
  const preview = page.getByTestId('csv-preview');
  await preview.getByText('5 baris dibaca').waitFor();
  await preview.getByText('2 ditambahkan').waitFor();
  await preview.getByText('1 diperbarui').waitFor();
  await preview.getByText('2 dilewati').waitFor();
  await preview.getByText('Baris 4: Jenis “klinik” tidak dikenal').waitFor();
  await preview.getByText('Baris 5: Nama instansi wajib diisi.').waitFor();
  await page.getByTestId('registry-counts').getByText('2 aktif dari 3 instansi').waitFor();
  await ui.assertNoHorizontalScroll('CSV preview');
  await assertNoSeriousA11yViolations(page, 'CSV preview');
  await preview.getByRole('button', { name: 'Terapkan' }).click();
  await page.getByText('Daftar instansi diperbarui dari CSV.').waitFor();
  await page.getByTestId('registry-counts').getByText('4 aktif dari 5 instansi').waitFor();
  await row(page, 'Kelurahan Pilang').getByText('Aktif', { exact: true }).waitFor();
  await row(page, 'RSUD dr. Mohamad Saleh').getByText('Nonaktif').waitFor();
  assert.equal(await preview.count(), 0);

  // A file without the required columns says which one is missing.
  await page.getByLabel('Berkas CSV daftar instansi').setInputFiles({
    name: 'salah.csv', mimeType: 'text/csv', buffer: Buffer.from('Nama;Alamat\nDinas Sosial;Jl. Suroyo\n', 'utf8'),
  });
  await preview.getByText('Kolom “jenis” tidak ditemukan di baris judul.').waitFor();
  await preview.getByText('Tidak ada yang perlu diterapkan.').waitFor();
  await context.close();
});

test('300 units import and stay quick to show and search', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await startAsSecretariat(page, { region: 'Kabupaten Jember' });
  const kinds = ['dinas', 'badan', 'kecamatan', 'kelurahan', 'desa', 'puskesmas', 'sekolah', 'upt'];
  const lines = ['nama,jenis'];
  for (let i = 1; i <= 300; i += 1) lines.push(`Unit ${String(i).padStart(3, '0')},${kinds[i % kinds.length]}`);
  await page.getByLabel('Berkas CSV daftar instansi').setInputFiles({
    name: 'jember.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8'),
  });
  await page.getByTestId('csv-preview').getByText('300 ditambahkan').waitFor();
  let started = Date.now();
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.getByTestId('registry-counts').getByText('300 aktif dari 300 instansi').waitFor();
  // Drawn 50 at a time: the count says so, and "Tampilkan 50 lagi" draws the next ones.
  await page.getByTestId('list-count').getByText('Menampilkan 50 dari 300 instansi.').waitFor();
  assert.equal(await page.locator('li.agency').count(), 50);
  const applyMs = Date.now() - started;
  // A figure, not a timed assertion: performance is judged by benchmarks.
  console.log(`bench: applying 300 units took ${applyMs} ms`);

  started = Date.now();
  await page.reload();
  await page.locator('li.agency').nth(49).waitFor();
  const reloadMs = Date.now() - started;
  console.log(`bench: showing 300 units after a reload took ${reloadMs} ms`);
  await page.getByRole('button', { name: 'Tampilkan 50 lagi' }).click();
  await page.getByTestId('list-count').getByText('Menampilkan 100 dari 300 instansi.').waitFor();
  assert.equal(await page.locator('li.agency').count(), 100);

  started = Date.now();
  await page.getByLabel('Cari nama instansi').fill('unit 29');
  await page.waitForFunction(() => document.querySelectorAll('li.agency').length === 10);
  assert.equal(await page.getByTestId('list-count').count(), 0, 'ten found: all drawn');
  const searchMs = Date.now() - started;
  console.log(`bench: searching 300 units took ${searchMs} ms`);
  await page.getByRole('button', { name: 'Nonaktifkan Unit 295' }).click();
  await page.getByTestId('registry-counts').getByText('299 aktif dari 300 instansi').waitFor();

  // The Dasbor's per-unit table is drawn 50 units at a time as well; the printed recap has all.
  await page.goto(`${app.url}dasbor`);
  const table = page.getByTestId('per-agency');
  await table.locator('tbody tr').nth(49).waitFor();
  assert.equal(await table.locator('tbody tr').count(), 50);
  await page.getByTestId('list-count').getByText(/^Menampilkan 50 dari 300 instansi\.$/).waitFor();
  await page.getByRole('button', { name: 'Tampilkan 50 lagi' }).click();
  await table.locator('tbody tr').nth(99).waitFor();
  assert.equal(await table.locator('tbody tr').count(), 100);
  await page.goto(`${app.url}rekap/cetak`);
  await page.getByTestId('per-agency').locator('tbody tr').nth(299).waitFor();
  assert.equal(await page.getByTestId('list-count').count(), 0, 'the print shows every unit');
  await context.close();
});

test('"Muat data contoh" fills a marked demo region; "Hapus data contoh" removes exactly that', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await page.goto(app.url);
  await startAsSecretariat(page);
  await addUnit(page, 'Dinas Perpustakaan dan Kearsipan', 'Dinas');
  await page.getByText('Instansi ditambahkan.').waitFor();
  // One real innovation of the secretariat's own.
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await ui.newInnovation();
  await ui.nameField().fill('Sipadu Bappeda');
  await ui.waitSaved();
  await ui.backToList();
  await page.getByRole('link', { name: 'Daftar instansi' }).click();

  await page.getByRole('button', { name: 'Muat data contoh' }).click();
  await page.getByText('Data contoh dimuat: 30 instansi, 24 inovasi.').waitFor();
  await page.getByTestId('demo-region').getByText('Data contoh').waitFor();
  await page.getByTestId('registry-counts').getByText('31 aktif dari 31 instansi').waitFor();
  assert.equal(await page.locator('li.agency .badge', { hasText: 'Data contoh' }).count(), 30);
  // The demo innovations are counted for their units.
  const counted = await page.locator('li.agency .count').allTextContents();
  assert.equal(counted.map((text) => Number.parseInt(text, 10)).reduce((a, b) => a + b, 0), 24);
  assert.equal((await storeCounts(page, ['innovations'])).innovations, 25);
  await ui.assertNoHorizontalScroll('demo loaded');
  assert.equal(await page.getByRole('button', { name: 'Muat data contoh' }).count(), 0);

  await page.getByRole('button', { name: 'Hapus data contoh' }).click();
  await page.getByText('Data contoh dihapus: 30 instansi, 24 inovasi.').waitFor();
  await page.getByTestId('registry-counts').getByText('1 aktif dari 1 instansi').waitFor();
  await row(page, 'Dinas Perpustakaan dan Kearsipan').waitFor();
  assert.equal(await page.getByTestId('demo-region').count(), 0);
  const left = await storeCounts(page, ['innovations', 'verdicts']);
  assert.deepEqual(left, { innovations: 1, verdicts: 0 });
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.locator('.innovation .name', { hasText: 'Sipadu Bappeda' }).waitFor();
  await context.close();
});

test('the role is changed in Pengaturan with a warning; an old profile still opens as an agency', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Kesehatan', 'Kota Probolinggo');
  assert.equal(await page.getByRole('link', { name: 'Daftar instansi' }).count(), 0);

  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  assert.equal(await page.getByLabel('Instansi', { exact: true }).isChecked(), true);
  await page.getByLabel(SECRETARIAT).check();
  await page.getByText('Perhatian: mengubah peran mengubah halaman yang tersedia').waitFor();
  await page.getByLabel('Nama Sekretariat').fill('BRIDA');
  await page.getByLabel('Tahun penilaian').selectOption('2027');
  await ui.assertNoHorizontalScroll('Pengaturan, role');
  await assertNoSeriousA11yViolations(page, 'Pengaturan, role');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByText('Profil tersimpan.').waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  assert.equal(await page.getByLabel(SECRETARIAT).isChecked(), true);
  assert.equal(await page.getByLabel('Tahun penilaian').inputValue(), '2027');
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  await page.getByRole('heading', { name: 'Daftar Instansi', exact: true }).waitFor();
  await page.getByText('BRIDA').waitFor();

  // A profile written by the previous version (schema 1, no role) opens as an agency's.
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ schema_version: 1, agency: 'Dinas Sosial', region: 'Kota Probolinggo' }, 'profile');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  await page.getByText('Dinas Sosial').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Daftar instansi' }).count(), 0);
  await page.goto(`${app.url}instansi`);
  await page.getByText('Halaman atau inovasi tidak ditemukan.').waitFor();
  await context.close();
});
