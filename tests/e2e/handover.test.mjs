// Story: in the June–August window the officer hands an innovation over to the national IID
// app field by field, downloads the evidence named for upload, and sees beforehand what the
// national app would refuse.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { SI_IJOL, designText, pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';
import { readZip } from './support/zip.mjs';
import { innovationRecord, seed, storeCounts } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** A PDF of about `bytes` bytes. */
function largePdf(bytes) {
  return Buffer.concat([pdfBuffer('Piagam penghargaan'), Buffer.alloc(bytes, 0x20)]);
}

test('copy buttons put the exact text on the clipboard, ticks are remembered, evidence comes named and in order, pre-flight warns', async () => {
  const context = await app.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs(SI_IJOL.agency, SI_IJOL.region);
  await ui.newInnovation();
  await ui.nameField().fill(SI_IJOL.name);
  await ui.stageField().selectOption({ label: 'Penerapan' });
  // Implemented in 2020: outside the 2026 window, and no development date.
  await page.getByLabel('Waktu Penerapan').fill('2020-01-15');
  // Detail Tematik: a national form field with its own input.
  await page.getByLabel('Detail Tematik').fill('Layanan ijazah daring');
  const design = `${designText(320)}\nBaris kedua tetap baris kedua.`;
  await ui.designField().fill(design);
  const sk = pdfBuffer('SK Walikota Si Ijol');
  await page.locator('#ind-16-file').setInputFiles({ name: 'SK Walikota.pdf', mimeType: 'application/pdf', buffer: sk });
  await page.locator('#indicator-16').getByText(/SK Walikota\.pdf/).waitFor();
  const award = largePdf(3 * 1024 * 1024);
  await page.locator('#ind-17-file').setInputFiles({ name: 'Piagam: 2024?.pdf', mimeType: 'application/pdf', buffer: award });
  await page.locator('#indicator-17').getByText(/Piagam/).waitFor();
  await ui.waitSaved();
  const id = page.url().split('/').pop();

  await page.getByRole('link', { name: 'Serahkan ke aplikasi nasional' }).click();
  await page.getByRole('heading', { name: 'Serahkan ke aplikasi nasional' }).waitFor();

  // Pre-flight: the expired implementation date and the 3 MB file would be rejected.
  await page.getByTestId('preflight-status').getByText('Belum siap', { exact: false }).waitFor();
  const preflight = page.locator('ul.preflight');
  await preflight.getByText(/Akan ditolak: Waktu penerapan harus antara/).waitFor();
  await preflight.getByText(/Akan ditolak: .*3,0 MB melebihi batas 2,0 MB/).waitFor();

  // Copy buttons: the exact field text, long texts as plain text with their line breaks.
  const field = (key) => page.locator(`li.handover-field[data-key="${key}"]`);
  await field('name').getByRole('button', { name: /Salin/ }).click();
  await page.getByText(`Disalin: Nama Inovasi`).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), SI_IJOL.name);
  await field('design').getByRole('button', { name: /Salin/ }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), design.trim());
  await field('implementation_date').getByRole('button', { name: /Salin/ }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '15/01/2020');
  assert.equal(await field('name').getByLabel('sudah disalin').isChecked(), true);
  const progress = page.locator('p.copy-progress');
  await progress.getByText(/^3 dari \d+ isian sudah disalin$/).waitFor();
  // A field ticked by hand, then the page reloaded: the ticks are remembered.
  await field('region').getByLabel('sudah disalin').check();
  await progress.getByText(/^4 dari \d+ isian sudah disalin$/).waitFor();
  await page.reload();
  await progress.getByText(/^4 dari \d+ isian sudah disalin$/).waitFor();
  assert.equal(await field('design').getByLabel('sudah disalin').isChecked(), true);
  await ui.assertNoHorizontalScroll('hand-over page');
  await assertNoSeriousA11yViolations(page, 'hand-over page');

  // "Unduh bukti dukung": one ZIP, files renamed by indicator number and name, in form order.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh bukti dukung' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^bukti-dukung-si-ijol-.*\.zip$/);
  const entries = readZip(readFileSync(await download.path()));
  const names = [...entries.keys()];
  assert.equal(names.length, 2);
  assert.match(names[0], /^16 .+ - SK Walikota\.pdf$/);
  assert.match(names[1], /^17 .+ - Piagam 2024\.pdf$/);
  assert.deepEqual(entries.get(names[0]), sk);
  assert.equal(entries.get(names[1]).length, award.length);

  // Changing a copied field after copying clears its tick.
  await page.getByRole('link', { name: '← Kembali ke isian' }).click();
  await ui.nameField().fill(`${SI_IJOL.name} Plus`);
  await ui.waitSaved();
  await page.goto(`${app.url}inovasi/${id}/serahkan`);
  await progress.getByText(/^3 dari \d+ isian sudah disalin$/).waitFor();
  assert.equal(await field('name').getByLabel('sudah disalin').isChecked(), false);

  // The region's view: how many are ready and why not, and what has been copied.
  await page.goto(`${app.url}serahkan`);
  await page.getByTestId('region-ready').getByText('0 dari 1 inovasi siap diserahkan').waitFor();
  await page.locator('ul.region-handover').getByText(/3,0 MB melebihi batas/).waitFor();
  await page.locator('ul.region-handover').getByText(/^3 dari \d+ isian sudah disalin$/).waitFor();
  await assertNoSeriousA11yViolations(page, 'region hand-over page');

  // Detail Tematik, typed in the editor, is copied like every other field.
  await page.goto(`${app.url}inovasi/${id}/serahkan`);
  await field('theme_detail').getByRole('button', { name: /Salin/ }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Layanan ijazah daring');
  await progress.getByText(/^4 dari \d+ isian sudah disalin$/).waitFor();
  await context.close();
});

test('"Laporkan lagi tahun ini" copies a past year\'s innovation into this year and keeps both years intact', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Kesehatan', 'Kota Probolinggo');
  const year = new Date().getFullYear();
  const old = innovationRecord({
    name: 'Posyandu Digital', year: year - 1, status: 'diajukan', revision: 1,
    stage: 'penerapan', implementation_date: `${year - 3}-05-01`,
  });
  await seed(page, [old]);
  await page.goto(`${app.url}inovasi/${old.id}`);
  await page.getByText(`Tahun penilaian ${year - 1} sudah lewat: inovasi ini hanya bisa dibaca.`).waitFor();
  assert.equal(await ui.nameField().isDisabled(), true, 'a past year is read-only');

  // Nothing filled: every missing piece is named, nothing is created.
  await page.getByRole('button', { name: 'Laporkan lagi tahun ini' }).click();
  await page.getByText('Tulis pengembangannya: apa yang ditambah dari segi substansi atau cakupan.').waitFor();
  await page.getByText('Waktu Pengembangan wajib diisi.').waitFor();
  assert.equal((await storeCounts(page, ['innovations'])).innovations, 1);

  await page.getByLabel('Pengembangan: apa yang ditambah dari segi substansi atau cakupan').fill('Layanan diperluas ke 29 kelurahan dengan aplikasi pengingat imunisasi.');
  await page.getByLabel('Tanggal pengembangan').fill(`${year}-01-10`);
  await page.getByRole('button', { name: 'Laporkan lagi tahun ini' }).click();
  await page.getByTestId('carried-notice').getByText(`Dilaporkan lagi dari tahun ${year - 1} (entri nasional ke-2)`).waitFor();
  assert.notEqual(page.url().split('/').pop(), old.id);
  assert.equal(await ui.nameField().inputValue(), 'Posyandu Digital');
  assert.equal(await ui.nameField().isDisabled(), false, 'the copy is an editable draft');
  assert.equal(await page.getByLabel('Waktu Pengembangan', { exact: true }).inputValue(), `${year}-01-10`);

  // Both years are there; the earlier one is unchanged.
  await ui.backToList();
  await page.getByRole('link', { name: /Posyandu Digital/ }).waitFor();
  await page.getByTestId('filter-summary').click();
  await page.getByLabel('Tahun', { exact: true }).selectOption(String(year - 1));
  await page.getByRole('link', { name: /Posyandu Digital/ }).click();
  await page.getByText(`Tahun penilaian ${year - 1} sudah lewat`, { exact: false }).waitFor();
  const stored = await page.evaluate(async (id) => {
    const db = await new Promise((resolve) => { const r = indexedDB.open('inovda'); r.onsuccess = () => resolve(r.result); });
    const record = await new Promise((resolve) => { const r = db.transaction('innovations').objectStore('innovations').get(id); r.onsuccess = () => resolve(r.result); });
    db.close();
    const plain = (v) => (typeof v === 'string' ? JSON.parse(v) : v && typeof v.json === 'string' ? JSON.parse(v.json) : v);
    return plain(record);
  }, old.id);
  assert.deepEqual(stored, old);
  await context.close();
});
