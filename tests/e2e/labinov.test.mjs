// Story: Kota Probolinggo runs LAN's Laboratorium Inovasi. Dinas Kesehatan moves its innovation
// to stage Design, attaches the signed pakta integritas, submits and exports; Dinas Pendidikan
// reached Design without one. The secretariat imports both bundles and sees, on its Labinov
// board, Si Sehat under Design with the commitment signed (the file opens byte-identical) and
// Dinas Pendidikan listed as not signed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { designText, pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kota Probolinggo';
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** A file reference as records keep it. */
function fileRef(bytes, name) {
  return { sha256: sha256(bytes), file_name: name, media_type: 'application/pdf', size: bytes.length };
}

/** Stores evidence bytes in the app's `blobs` store, as attaching them in the editor would. */
async function seedBlob(page, bytes) {
  await page.evaluate(async ({ key, data }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('blobs', 'readwrite');
      tx.objectStore('blobs').put(new Blob([new Uint8Array(data)], { type: 'application/pdf' }), key);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { key: sha256(bytes), data: [...bytes] });
}

/** A profile complete enough to submit (Ajukan), with the SK as evidence of the mandatory indicators. */
function completeProfile(sk) {
  const evidence = [fileRef(sk, 'SK Tim Inovasi Si Sehat.pdf')];
  const answer = (number, claimed, extra = {}) => ({ number, claimed, verified: null, evidence, link: '', note: '', ...extra });
  return innovationRecord({
    agency: 'Dinas Kesehatan',
    region: REGION,
    name: 'Si Sehat (Sistem Informasi Sehat)',
    stage: 'penerapan',
    initiator: 'opd',
    initiator_name: 'Dinas Kesehatan Kota Probolinggo',
    kind: 'digital',
    form: 'pelayanan_publik',
    theme: 'Digitalisasi Layanan Pemerintahan',
    main_affair: 2,
    related_affairs: [16],
    trial_date: '2023-09-01',
    implementation_date: '2024-03-01',
    design: designText(320),
    goal: 'Mempercepat layanan rujukan puskesmas tanpa antre.',
    benefit: 'Pasien mendaftar dari rumah; waktu tunggu turun dari 3 jam menjadi 30 menit.',
    outcome: 'Sejak penerapan, 5.120 rujukan dilayani secara daring.',
    indicators: [
      answer(16, 2), answer(17, 3), answer(32, 1), answer(33, 1),
      answer(35, 2, { evidence: [], link: 'https://www.youtube.com/watch?v=si-sehat-2024' }),
    ],
  });
}

/** An agency device: start screen, seeded data, reloaded. */
async function agencyDevice(agency, records, blobs = []) {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs(agency, REGION);
  await seed(page, records);
  for (const bytes of blobs) await seedBlob(page, bytes);
  await page.reload();
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  return { context, page, ui };
}

test('a Labinov stage moved with its pakta integritas reaches the secretariat\'s board after a bundle round trip', async () => {
  // Dinas Kesehatan: Si Sehat is ready to submit; it has not entered the lab yet.
  const sk = pdfBuffer('SK Tim Inovasi Si Sehat');
  const dinkes = await agencyDevice('Dinas Kesehatan', [completeProfile(sk)], [sk]);
  const { page, ui } = dinkes;
  await page.getByRole('link', { name: /Si Sehat/ }).click();
  await page.getByRole('heading', { name: 'Profil Inovasi' }).waitFor();
  await page.getByRole('link', { name: 'Laboratorium Inovasi' }).click();
  await page.getByRole('heading', { name: 'Laboratorium Inovasi (LAN)' }).waitFor();

  // Moving to Design opens its block; the pakta integritas is required there and still missing.
  const stage = page.getByLabel('Tahap Labinov saat ini');
  assert.equal(await stage.inputValue(), '');
  await stage.selectOption({ label: 'Design (rencana aksi)' });
  const design = page.locator('#labinov-design');
  await design.getByText('3. Design (rencana aksi) (tahap saat ini)').waitFor();
  const started = design.getByLabel('Tanggal mulai');
  assert.match(await started.inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'the start date is today');
  const missing = 'Pakta integritas belum dilampirkan (wajib pada tahap Design (rencana aksi)).';
  await page.locator('#labinov-issues').getByText(missing).waitFor();
  const commitment = design.getByRole('group', { name: 'Pakta integritas (wajib ditandatangani)' });
  await commitment.getByText('Belum ada berkas.').waitFor();
  await design.getByRole('group', { name: 'Rencana aksi' }).waitFor();

  // The end date cannot precede the start: said next to the section, nothing refused.
  await design.getByLabel('Tanggal selesai').fill('2020-01-01');
  await page.locator('#labinov-issues').getByText('Tanggal selesai Design (rencana aksi) lebih awal dari tanggal mulai.').waitFor();
  await design.getByLabel('Tanggal selesai').fill('');
  await page.locator('#labinov-issues').getByText(/lebih awal/).waitFor({ state: 'detached' });

  const pakta = pdfBuffer('Pakta Integritas Kepala Dinas Kesehatan dengan Wali Kota');
  await design.locator('#labinov-design-commitment-file')
    .setInputFiles({ name: 'Pakta Integritas Dinkes.pdf', mimeType: 'application/pdf', buffer: pakta });
  await page.getByText('Berkas dilampirkan: Pakta Integritas Dinkes.pdf').waitFor();
  await commitment.locator('.file-name', { hasText: 'Pakta Integritas Dinkes.pdf' }).waitFor();
  await page.locator('#labinov-issues').getByText(missing).waitFor({ state: 'detached' });
  await ui.waitSaved();
  await ui.assertNoHorizontalScroll('editor with the Labinov section');
  await assertNoSeriousA11yViolations(page, 'editor with the Labinov section');

  // The track is saved with the record; the file is stored once, by its SHA-256.
  await page.reload();
  await page.getByLabel('Tahap Labinov saat ini').waitFor();
  assert.equal(await page.getByLabel('Tahap Labinov saat ini').inputValue(), 'design');
  await commitment.locator('.file-name', { hasText: 'Pakta Integritas Dinkes.pdf' }).waitFor();

  // Ajukan, then export: the default choice is what was submitted this year.
  await page.getByRole('button', { name: 'Ajukan' }).click();
  await page.getByText('Inovasi diajukan. Isian kini hanya bisa dibaca.').waitFor();
  assert.equal(await page.getByLabel('Tahap Labinov saat ini').isDisabled(), true);
  await ui.backToList();
  const dinkesBundle = await ui.exportBundle();

  // Dinas Pendidikan reached Design without signing; it sends its draft too.
  const other = innovationRecord({
    agency: 'Dinas Pendidikan',
    region: REGION,
    name: 'Ada Guru',
    labinov: { stage: 'design', stages: [{ stage: 'design', started: '2026-03-02', finished: null, artefacts: [] }] },
  });
  const disdik = await agencyDevice('Dinas Pendidikan', [other]);
  const disdikBundle = await disdik.ui.exportBundle({ tick: ['Ada Guru'] });

  // The secretariat imports both bundles.
  const secretariatContext = await app.newContext();
  const secretariat = await secretariatContext.newPage();
  await secretariat.goto(app.url);
  await new AppPage(secretariat).startAsSecretariat('Bagian Organisasi Kota Probolinggo', REGION, '2026');
  const sec = new AppPage(secretariat);
  const asFile = async (download) => ({
    name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync(await download.path()),
  });
  await sec.chooseBundles([await asFile(dinkesBundle), await asFile(disdikBundle)]);
  await secretariat.getByRole('button', { name: 'Impor', exact: true }).click();
  await secretariat.getByText(/Impor selesai: 2 baru/).waitFor();

  // The board: Si Sehat under Design with the pakta signed, Ada Guru there without it.
  await secretariat.getByRole('link', { name: '← Daftar inovasi' }).click();
  await secretariat.getByRole('link', { name: 'Papan Labinov' }).click();
  await secretariat.getByRole('heading', { name: 'Papan Laboratorium Inovasi 2026' }).waitFor();
  const designColumn = secretariat.getByRole('region', { name: '3. Design (rencana aksi)' });
  const siSehat = designColumn.locator('li.lab-card', { hasText: 'Si Sehat' });
  await siSehat.getByText('Dinas Kesehatan').waitFor();
  await siSehat.getByText('Pakta integritas: sudah ditandatangani').waitFor();
  const adaGuru = designColumn.locator('li.lab-card', { hasText: 'Ada Guru' });
  await adaGuru.getByText('Pakta integritas: belum ditandatangani').waitFor();
  assert.equal(await adaGuru.getByRole('button').count(), 0, 'nothing to open without a file');
  await secretariat.getByRole('region', { name: '2. Diagnose (ide inovasi)' }).getByText('Belum ada inovasi pada tahap ini.').waitFor();

  const unsigned = secretariat.getByRole('region', { name: 'Instansi yang belum menandatangani komitmen' });
  await unsigned.getByText('Dinas Pendidikan', { exact: true }).waitFor();
  await unsigned.getByText('Pakta integritas untuk Ada Guru (tahap Design (rencana aksi))').waitFor();
  assert.equal(await unsigned.getByText('Dinas Kesehatan').count(), 0, 'Dinas Kesehatan signed');

  // The commitment file opens byte-identical to what the agency attached.
  const [opened] = await Promise.all([
    secretariat.waitForEvent('download'),
    siSehat.getByRole('button', { name: 'Buka Pakta integritas' }).click(),
  ]);
  assert.equal(opened.suggestedFilename(), 'Pakta Integritas Dinkes.pdf');
  assert.equal(sha256(readFileSync(await opened.path())), sha256(pakta));
  await sec.assertNoHorizontalScroll('Labinov board');
  await assertNoSeriousA11yViolations(secretariat, 'Labinov board');

  // The secretariat also asks a commitment declaration at drum-up: both now owe it.
  await secretariat.getByLabel('Dokumen komitmen: Drum-up (kemauan berinovasi)').fill('Deklarasi komitmen');
  await secretariat.getByRole('button', { name: 'Simpan dokumen komitmen' }).click();
  await secretariat.getByText('Dokumen komitmen disimpan.').waitFor();
  await unsigned.getByText('Dinas Kesehatan', { exact: true }).waitFor();
  await unsigned.getByText('Deklarasi komitmen untuk Si Sehat (Sistem Informasi Sehat) (tahap Drum-up (kemauan berinovasi))').waitFor();
  assert.equal(await secretariat.getByLabel('Dokumen komitmen: Design (rencana aksi)').inputValue(), 'Pakta integritas');

  // The same board in English.
  await secretariat.getByRole('button', { name: 'English' }).click();
  await secretariat.getByRole('heading', { name: 'Innovation Lab board 2026' }).waitFor();
  await secretariat.getByRole('region', { name: '3. Design (action plan)' }).getByText('Pakta integritas: signed').waitFor();

  await dinkes.context.close();
  await disdik.context.close();
  await secretariatContext.close();
});
