// Story: the Dinas Pendidikan officer fills the whole national profile of Si Ijol and its
// indicators on a phone, attaches the SK (PDF) and a camera photo, submits it, reopens it
// as a new revision, and prints it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openIndicator } from './support/agency.mjs';
import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { SI_IJOL, designText, largeJpeg, pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function fillProfile(page) {
  await page.getByLabel('Nama Inovasi').fill(SI_IJOL.name);
  await page.getByLabel('Tahapan Inovasi').selectOption({ label: 'Penerapan' });
  await page.getByLabel('Inisiator Inovasi Daerah').selectOption({ label: 'OPD' });
  await page.getByLabel('Nama Inisiator').fill(SI_IJOL.initiatorName);
  await page.getByLabel('Jenis Inovasi').selectOption({ label: 'Digital' });
  await page.getByLabel('Bentuk Inovasi Daerah').selectOption({ index: 2 });
  await page.getByLabel('Tematik', { exact: true }).selectOption({ label: 'Digitalisasi Layanan Pemerintahan' });
  await page.getByLabel('Urusan Pemerintahan Utama').selectOption({ label: '1. Pendidikan' });
  await page.getByText(/Pilih urusan beririsan/).click();
  await page.getByLabel('16. Komunikasi dan Informatika').check();
  await page.getByLabel('Waktu Uji Coba').fill('2023-09-01');
  await page.getByLabel('Waktu Penerapan').fill('2024-03-01');
  await page.getByLabel(/^Rancang Bangun/).fill(designText(320));
  await page.getByLabel('Tujuan Inovasi').fill(SI_IJOL.goal);
  await page.getByLabel('Manfaat yang Diperoleh').fill(SI_IJOL.benefit);
  await page.getByLabel('Hasil Inovasi').fill(SI_IJOL.outcome);
}

test('the whole profile and the indicators are filled, checked, submitted, reopened and printed', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs(SI_IJOL.agency, SI_IJOL.region);
  await ui.newInnovation();

  // Every field of the national form has a real label.
  for (const label of ['Nama Inovasi', 'Tahapan Inovasi', 'Inisiator Inovasi Daerah', 'Nama Inisiator', 'Jenis Inovasi',
    'Bentuk Inovasi Daerah', 'Tematik', 'Detail Tematik', 'Urusan Pemerintahan Utama', 'Waktu Uji Coba', 'Waktu Penerapan',
    'Waktu Pengembangan', 'Tujuan Inovasi', 'Manfaat yang Diperoleh', 'Hasil Inovasi']) {
    assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, `control labelled ${label}`);
  }
  for (const legend of ['Urusan Pemerintahan Beririsan', /^Anggaran/, /^Profil Bisnis/, /HAKI/, /^Penghargaan/]) {
    await page.getByRole('group', { name: legend }).first().waitFor();
  }
  // A brand-new innovation shows no finding under a field nobody touched; the bar counts them.
  assert.equal(await page.locator('main .issue').count(), 0, 'no finding before any field is touched');
  await page.getByTestId('editor-bar').getByRole('button', { name: /^\d+ hal lagi$/ }).waitFor();
  await page.getByLabel('Nama Inovasi').focus();
  await page.getByLabel('Tahapan Inovasi').focus();
  await page.locator('#name-issues').getByText('Nama Inovasi wajib diisi.').waitFor();
  assert.equal(await page.locator('#stage-issues .issue').count(), 0, 'only the field left shows its finding');

  await fillProfile(page);
  await page.getByText(/^3\d\d \/ 300 kata$/).waitFor();

  // Indicators: level choice with the catalog's descriptions, live maturity.
  await page.getByRole('heading', { name: /Indikator Satuan Inovasi Daerah/ }).waitFor();
  assert.equal(await page.locator('section.indicator').count(), 20);
  await page.getByText('0,00 / 111,00').waitFor();
  await openIndicator(page, 16);
  await page.locator('#ind-16-level-2').check();
  await page.getByText('6,00 / 111,00').waitFor();
  await assertNoSeriousA11yViolations(page, 'editor while drafting');
  await page.getByText(/Indikator wajib belum lengkap: 17, 32, 33, 35/).waitFor();

  // One SK (PDF) for indicator 17, reused for 22 and 23.
  await page.locator('#ind-17-file').setInputFiles({ name: 'SK Tim Inovasi Si Ijol.pdf', mimeType: 'application/pdf', buffer: pdfBuffer('SK Tim Inovasi') });
  await page.getByText('Berkas dilampirkan: SK Tim Inovasi Si Ijol.pdf').waitFor();
  await page.locator('#ind-17-level-3').check();
  await openIndicator(page, 22);
  await page.locator('#ind-22-level-2').check();
  await page.getByLabel('Pakai berkas yang sudah ada').first().waitFor();
  const reuse22 = page.locator('#ind-22-reuse');
  await reuse22.selectOption({ label: 'SK Tim Inovasi Si Ijol.pdf' });
  await page.locator('#indicator-22').getByRole('button', { name: 'Lampirkan' }).click();
  await page.locator('#indicator-22').getByText(/SK Tim Inovasi Si Ijol\.pdf/).waitFor();
  await page.locator('#ind-16-file').setInputFiles({ name: 'Perwali Si Ijol.pdf', mimeType: 'application/pdf', buffer: pdfBuffer('Perwali') });
  await page.locator('#indicator-16').getByText(/Perwali Si Ijol\.pdf/).waitFor();

  // A 4000 × 3000 camera photo is downscaled to 1600 px JPEG before it is stored.
  const photo = await largeJpeg(page);
  assert.ok(photo.length > 2 * 1024 * 1024, `test photo is ${photo.length} bytes`);
  await openIndicator(page, 25);
  await page.locator('#ind-25-level-1').check();
  // Phones open the camera straight from its own button; the file picker takes photos too.
  const camera = page.locator('#indicator-25').getByLabel('Ambil foto dengan kamera');
  assert.equal(await camera.getAttribute('capture'), 'environment');
  assert.equal(await camera.getAttribute('accept'), 'image/*');
  await page.locator('#ind-25-file').setInputFiles({ name: 'Sosialisasi.jpeg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByText(/Foto diperkecil dan dilampirkan: Sosialisasi\.jpeg \(9,\d MB → \d+,\d KB\)/).waitFor({ timeout: 15000 });
  await ui.waitSaved();
  const stored = await page.evaluate(async () => {
    const db = await new Promise((ok, fail) => { const r = indexedDB.open('inovda'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    const plain = (v) => (typeof v === 'string' ? JSON.parse(v) : v && typeof v.json === 'string' ? JSON.parse(v.json) : v);
    const records = (await new Promise((ok) => { const r = db.transaction('innovations').objectStore('innovations').getAll(); r.onsuccess = () => ok(r.result); })).map(plain);
    const file = records[0].indicators.find((a) => a.number === 25).evidence[0];
    const blob = await new Promise((ok) => { const r = db.transaction('blobs').objectStore('blobs').get(file.sha256); r.onsuccess = () => ok(r.result); });
    const bitmap = await createImageBitmap(blob);
    const blobCount = await new Promise((ok) => { const r = db.transaction('blobs').objectStore('blobs').count(); r.onsuccess = () => ok(r.result); });
    db.close();
    return { file, size: blob.size, type: blob.type, width: bitmap.width, height: bitmap.height, blobCount };
  });
  assert.equal(stored.width, 1600);
  assert.equal(stored.height, 1200);
  assert.equal(stored.file.media_type, 'image/jpeg');
  assert.equal(stored.file.size, stored.size);
  assert.ok(stored.size < photo.length, 'downscaled photo is smaller');
  assert.equal(stored.blobCount, 3, 'the SK attached twice is stored once');

  // The remaining mandatory indicators: 32, 33 with the SK, 35 with a video link.
  for (const n of [32, 33]) {
    await openIndicator(page, n);
    await page.locator(`#ind-${n}-level-1`).check();
    await page.locator(`#ind-${n}-reuse`).selectOption({ label: 'SK Tim Inovasi Si Ijol.pdf' });
    await page.locator(`#indicator-${n}`).getByRole('button', { name: 'Lampirkan' }).click();
    await page.locator(`#indicator-${n}`).getByText(/SK Tim Inovasi Si Ijol\.pdf/).waitFor();
  }
  await openIndicator(page, 35);
  await page.locator('#ind-35-level-2').check();
  await page.getByLabel('Tautan video (YouTube / Google Drive)').fill('https://www.youtube.com/watch?v=si-ijol-2024');
  await page.getByText('Siap diajukan.').waitFor();
  await ui.waitSaved();

  // Ajukan: read-only until Buka kembali, which starts revision 2.
  await page.getByRole('button', { name: 'Ajukan' }).click();
  await page.getByText('Inovasi diajukan. Isian kini hanya bisa dibaca.').waitFor();
  assert.equal(await page.getByLabel('Nama Inovasi').isDisabled(), true);
  await page.getByText(/Diajukan \(revisi 1\)/).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Buka kembali' }).click();
  await page.getByText('Dibuka kembali sebagai revisi baru.').waitFor();
  assert.equal(await page.getByLabel('Nama Inovasi').isDisabled(), false);
  await page.getByText(/revisi 2/).first().waitFor();
  await ui.assertNoHorizontalScroll('editor with every field');
  await assertNoSeriousA11yViolations(page, 'editor with the profile and the indicators');

  // The print view has every field and the indicator table.
  await page.getByRole('link', { name: 'Cetak / PDF' }).click();
  await page.getByRole('heading', { name: 'Profil Inovasi Daerah' }).waitFor();
  await page.getByText(SI_IJOL.outcome).waitFor();
  assert.equal(await page.locator('.indicator-table tbody tr').count(), 20);
  const row17 = await page.locator('.indicator-table tbody tr').nth(1).textContent();
  assert.match(row17, /Ketersediaan.*SK Tim Inovasi Si Ijol\.pdf/);
  await assertNoSeriousA11yViolations(page, 'print view');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Cetak' }).isVisible(), false);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  await context.close();
});
