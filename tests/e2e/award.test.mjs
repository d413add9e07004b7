// Story: the secretariat runs a local innovation award. It creates a round, takes the verified
// innovations as entries, sends each of two jurors a signed award bundle; each juror scores on
// their own device and sends a signed jury bundle back. With one sheet the missing juror is
// listed; with both, the ranking follows the weights, the printed results show the winners and
// the winners list downloads as CSV for Indonesian Excel.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { asFile } from './support/agency.mjs';
import { pdfBuffer } from './support/fixtures.mjs';
import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const YEAR = 2026;

/** A submitted innovation of `agency` with every indicator claimed at level 3. */
function submitted(name, agency) {
  return innovationRecord({
    name,
    agency,
    region: 'Kota Probolinggo',
    year: YEAR,
    revision: 1,
    status: 'diajukan',
    indicators: Array.from({ length: 20 }, (_, i) => ({ number: 16 + i, claimed: 3 })),
  });
}

/** The secretariat's verdict on an innovation: `status`, every indicator verified at `level`. */
function verdict(record, status, level) {
  return {
    schema_version: 1,
    innovation_id: record.id,
    revision: record.revision,
    revision_hash: 'ab'.repeat(32),
    status,
    verified: Array.from({ length: 20 }, (_, i) => ({ number: 16 + i, level, note: '' })),
    notes: '',
    decided_at: '2026-08-01T09:00:00+07:00',
  };
}

/** Writes innovations and verdicts into the app's database (as verification would have). */
async function seedVerified(page, pairs) {
  await page.evaluate(async (pairs) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['innovations', 'verdicts'], 'readwrite');
      for (const [record, verdict] of pairs) {
        tx.objectStore('innovations').put(record);
        if (verdict) tx.objectStore('verdicts').put(verdict, `${verdict.innovation_id}-r${verdict.revision}`);
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, pairs);
}

/** The evidence of Antre Online that the jurors read: a real PDF, stored on the secretariat's device. */
const EVIDENCE = pdfBuffer('SK Antre Online');
const EVIDENCE_SHA = createHash('sha256').update(EVIDENCE).digest('hex');
const DESIGN = 'Antrean puskesmas lewat aplikasi: warga mengambil nomor dari rumah dan datang saat dipanggil.';
const KIPP_TEXT = 'Ringkasan untuk juri: antrean daring memangkas waktu tunggu dari dua jam menjadi dua puluh menit.';

/** Stores the evidence Blob and a KIPP proposal for `record` on the secretariat's device. */
async function seedDossier(page, record) {
  await page.evaluate(async ({ bytes, sha, id, text }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['blobs', 'meta'], 'readwrite');
      tx.objectStore('blobs').put(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), sha);
      tx.objectStore('meta').put({
        schema_version: 1, innovation_id: id, template_year: 2023, texts: { ringkasan: text }, attachments: [], updated_at: '2026-08-01T09:00:00+07:00',
      }, `kipp:${id}`);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { bytes: [...EVIDENCE], sha: EVIDENCE_SHA, id: record.id, text: KIPP_TEXT });
}

/**
 * A juror on their own device: imports the award bundle, scores `scores` (entry name → five
 * scores in criterion order) and sends the sheet; returns the jury bundle download.
 */
async function juror(file, name, scores, { checkInput = false, mainButton = false, readDossier = false } = {}) {
  const context = await app.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}impor`);
  await page.getByLabel('Berkas bundel (.zip)').setInputFiles(file);
  await page.getByText(`Penilaian «Anugerah Inovasi ${YEAR}» dari Bappeda Kota Probolinggo untuk juri ${name}: 3 inovasi.`).waitFor();
  // What the package holds, with its size, before anything is kept.
  assert.match(await page.getByTestId('award-package-contents').textContent(),
    /^Isi paket: profil 3 inovasi, 1 proposal KIPP, 1 berkas bukti · \d+(,\d+)? (KB|MB)\.$/);
  if (mainButton) {
    // The page's main Impor keeps the package too, and says so in one summary.
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('Impor selesai.', { exact: true }).waitFor();
  } else {
    await page.getByRole('button', { name: 'Simpan untuk penilaian' }).click();
  }
  await page.getByText('Bundel penilaian disimpan.').waitFor();
  await page.getByRole('link', { name: 'Buka penilaian juri' }).click();
  await page.getByRole('heading', { name: 'Penilaian juri' }).waitFor();
  await page.getByText(`0 dari 15 nilai terisi`).waitFor();
  if (readDossier) {
    // Offline, next to the score boxes: the profile, the evidence and the KIPP proposal.
    await context.setOffline(true);
    const antre = page.getByRole('group', { name: /Antre Online/ });
    await antre.getByText('Baca profil, proposal KIPP dan bukti').click();
    await antre.getByText(DESIGN).waitFor();
    await antre.getByText(KIPP_TEXT).waitFor();
    const [evidence] = await Promise.all([
      page.waitForEvent('download'),
      antre.getByRole('button', { name: 'Unduh bukti.pdf' }).click(),
    ]);
    assert.deepEqual(readFileSync(await evidence.path()), EVIDENCE);
    await assertNoSeriousA11yViolations(page, 'Penilaian juri with a dossier open');
    await context.setOffline(false);
  }

  const criteria = ['Kebaruan (30%)', 'Kemanfaatan (25%)', 'Kewenangan daerah & kolaborasi (15%)',
    'Replikasi & aplikatif (20%)', 'Penguasaan materi & kualitas penyajian (10%)'];
  const entries = Object.entries(scores);
  if (checkInput) {
    // A score above 100 is named at once; a missing one blocks sending.
    const first = page.getByRole('group', { name: new RegExp(entries[0][0]) }).getByLabel(criteria[0]);
    await first.fill('150');
    await page.getByText('Nilai 150 di atas 100 (nilai 0–100).').waitFor();
    await page.getByRole('button', { name: 'Kirim lembar nilai' }).click();
    await page.getByText('Lembar nilai belum bisa dikirim:').waitFor();
    await page.getByText(`«${entries[0][0]}» — Kebaruan: Nilai 150 di atas 100 (nilai 0–100).`).waitFor();
    await page.getByText(`«${entries[1][0]}» — Kemanfaatan: Nilai belum diisi.`).waitFor();
    await assertNoSeriousA11yViolations(page, 'Penilaian juri with problems');
  }
  for (const [index, [entry, values]] of entries.entries()) {
    const group = page.getByRole('group', { name: new RegExp(entry) });
    for (const [i, label] of criteria.entries()) await group.getByLabel(label).fill(String(values[i]));
    if (index === 0) {
      // Saved on this device as typed: a reload keeps the scores.
      await page.getByText('5 dari 15 nilai terisi · Tersimpan').waitFor();
      await page.reload();
      await page.getByText('5 dari 15 nilai terisi').waitFor();
      assert.equal(await page.getByRole('group', { name: new RegExp(entry) }).getByLabel(criteria[0]).inputValue(), String(values[0]));
    }
  }
  await page.getByText('15 dari 15 nilai terisi').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Kirim lembar nilai' }).click(),
  ]);
  await page.getByText(`Lembar nilai diunduh; kirim berkas ini ke sekretariat: ${download.suggestedFilename()}`).waitFor();
  const sheet = await asFile(download);
  await context.close();
  return sheet;
}

test('a local award with two jurors on their own devices: sheets, missing juror, ranking, print, CSV', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await new AppPage(page).startAsSecretariat('Bappeda Kota Probolinggo', 'Kota Probolinggo', String(YEAR));

  // Two units and their verified innovations; one is not verified, one is below the minimum.
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  for (const [name, kind] of [['Dinas Kesehatan', 'Dinas'], ['Puskesmas Kademangan', 'Puskesmas']]) {
    await page.getByLabel('Nama instansi', { exact: true }).fill(name);
    await page.getByLabel('Jenis instansi').selectOption({ label: kind });
    await page.getByRole('button', { name: 'Tambah instansi' }).click();
    await page.locator('li.agency .name', { hasText: name }).waitFor();
  }
  const sehat = submitted('Sehat Keliling', 'Dinas Kesehatan');
  const antre = submitted('Antre Online', 'Dinas Kesehatan');
  antre.design = DESIGN;
  antre.indicators[0].evidence = [{ sha256: EVIDENCE_SHA, file_name: 'bukti.pdf', media_type: 'application/pdf', size: EVIDENCE.length }];
  const posyandu = submitted('Posyandu Digital', 'Puskesmas Kademangan');
  const revise = submitted('Perlu Diperbaiki', 'Dinas Kesehatan');
  const low = submitted('Belum Matang', 'Puskesmas Kademangan');
  await seedVerified(page, [
    [sehat, verdict(sehat, 'diverifikasi', 3)],
    [antre, verdict(antre, 'diverifikasi', 3)],
    [posyandu, verdict(posyandu, 'diverifikasi', 2)],
    [revise, verdict(revise, 'perlu_revisi', 3)],
    [low, verdict(low, 'diverifikasi', 1)],
  ]);

  await seedDossier(page, antre);

  // The round.
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: 'Penghargaan inovasi' }).click();
  await page.getByRole('heading', { name: 'Penghargaan inovasi daerah' }).waitFor();
  await page.getByRole('button', { name: 'Buat penghargaan' }).click();
  await page.getByText('Nama penghargaan wajib diisi.').waitFor();
  await assertNoSeriousA11yViolations(page, 'Penghargaan list');
  await page.getByLabel('Nama penghargaan').fill(`Anugerah Inovasi ${YEAR}`);
  await page.getByRole('button', { name: 'Buat penghargaan' }).click();
  await page.getByRole('heading', { name: `Anugerah Inovasi ${YEAR}` }).waitFor();

  // Weights: the live sum, and a wrong sum is refused with the reason.
  await page.getByText('Jumlah bobot: 100 dari 100').waitFor();
  await page.getByLabel('Bobot Kebaruan').fill('35');
  await page.getByText('Jumlah bobot: 105 dari 100').waitFor();
  await page.getByRole('button', { name: 'Simpan penghargaan' }).click();
  await page.getByText('Jumlah bobot kriteria harus 100, sekarang 105.').waitFor();
  await page.getByText('Dewan juri: isi paling sedikit satu.').waitFor();
  await page.getByLabel('Bobot Kebaruan').fill('30');
  await page.getByText('Jumlah bobot: 100 dari 100').waitFor();
  await page.getByLabel('Jumlah pemenang Perangkat Daerah').fill('1');

  // The region's own programme: a stage of its own with its date, a category of its own; a
  // criterion added starts at weight 0 (the sum still holds) and is removed again.
  await page.getByLabel('Tahap baru').fill('Nominasi');
  await page.getByRole('button', { name: 'Tambah tahap' }).click();
  await page.getByLabel('Tanggal Nominasi').fill(`${YEAR}-09-15`);
  await page.getByLabel('Tahap saat ini').selectOption({ label: 'Nominasi' });
  await page.getByLabel('Kategori baru').fill('Inovasi Desa');
  await page.getByRole('button', { name: 'Tambah kategori' }).click();
  await page.getByLabel('Jumlah pemenang Inovasi Desa').fill('2');
  await page.getByLabel('Kriteria baru (bobot mulai 0)').fill('Dampak');
  await page.getByRole('button', { name: 'Tambah kriteria' }).click();
  assert.equal(await page.getByLabel('Bobot Dampak').inputValue(), '0');
  await page.getByText('Jumlah bobot: 100 dari 100').waitFor();
  await page.getByRole('button', { name: 'Hapus Dampak' }).click();
  assert.equal(await page.getByLabel('Bobot Dampak').count(), 0);
  for (const name of ['Dr. Sari Wulandari', 'Ir. Budi Santoso']) {
    await page.getByLabel('Nama juri', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Tambah juri' }).click();
    await page.locator('.award-jurors .name', { hasText: name }).waitFor();
  }

  // Entries: verified innovations with kematangan ≥ 60, category from the unit's kind.
  await page.getByRole('button', { name: 'Ambil entri dari inovasi terverifikasi' }).click();
  await page.getByText('3 entri diambil. Tekan Simpan untuk menyimpan.').waitFor();
  // The two left out, counted and named with their reason.
  const leftOut = page.getByTestId('award-left-out');
  await leftOut.getByText('2 inovasi tahun ini tidak diambil: 1 di bawah kematangan minimal 60, 1 berstatus perlu revisi atau ditolak.').waitFor();
  assert.deepEqual(await leftOut.locator('li').allTextContents(), [
    '«Belum Matang»: kematangan terverifikasi 37,00 di bawah minimal 60.',
    '«Perlu Diperbaiki»: status Perlu revisi, bukan diverifikasi.',
  ]);
  const names = await page.locator('.award-entry .name').allTextContents();
  assert.deepEqual(names, ['Antre Online', 'Posyandu Digital', 'Sehat Keliling']);
  assert.equal(await page.getByLabel('Kategori', { exact: true }).nth(1).inputValue(), 'puskesmas');
  await page.getByLabel('Catatan tinjau lapangan', { exact: true }).nth(0).fill('Antrean tertib; warga terbantu');
  await page.getByRole('button', { name: 'Simpan penghargaan' }).click();
  await page.getByText('Tersimpan', { exact: true }).waitFor();
  await assertNoSeriousA11yViolations(page, 'Penghargaan round');
  await page.reload();
  assert.equal(await page.getByLabel('Tanggal Nominasi').inputValue(), `${YEAR}-09-15`);
  assert.equal(await page.getByLabel('Jumlah pemenang Inovasi Desa').inputValue(), '2');
  assert.equal(await page.locator('#award-stage option:checked').textContent(), 'Nominasi');

  // The package's size before any download; leaving evidence out drops the file, then back in.
  const size = page.getByTestId('award-package-size');
  await size.getByText(/^Paket tiap juri: .* — profil 3 inovasi, 1 berkas bukti\.$/).waitFor();
  await page.getByLabel('Sertakan bukti dukung di paket juri (profil dan proposal KIPP selalu ikut)').uncheck();
  await size.getByText(/— profil 3 inovasi, 0 berkas bukti\.$/).waitFor();
  await page.getByLabel('Sertakan bukti dukung di paket juri (profil dan proposal KIPP selalu ikut)').check();
  await size.getByText(/— profil 3 inovasi, 1 berkas bukti\.$/).waitFor();

  // One signed award bundle per juror.
  const bundles = {};
  for (const name of ['Dr. Sari Wulandari', 'Ir. Budi Santoso']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.award-juror-bundles li', { hasText: name }).getByRole('button', { name: 'Unduh bundel juri' }).click(),
    ]);
    bundles[name] = await asFile(download);
  }
  await page.locator('.award-missing', { hasText: 'Belum mengirim lembar nilai: Dr. Sari Wulandari, Ir. Budi Santoso' }).waitFor();

  // Weighted means (30/25/15/20/10):
  // Sari: Sehat 80 → 80; Antre 90,70,70,70,70 → 76; Posyandu 75 → 75.
  // Budi: Sehat 70 → 70; Antre 90,80,80,80,80 → 83; Posyandu 85 → 85.
  // Final: Antre 79,50 > Sehat 75,00 (Perangkat Daerah, 1 winner); Posyandu 80,00.
  const sari = await juror(bundles['Dr. Sari Wulandari'], 'Dr. Sari Wulandari', {
    'Antre Online': [90, 70, 70, 70, 70], 'Posyandu Digital': [75, 75, 75, 75, 75], 'Sehat Keliling': [80, 80, 80, 80, 80],
  }, { checkInput: true, readDossier: true });
  const budi = await juror(bundles['Ir. Budi Santoso'], 'Ir. Budi Santoso', {
    'Antre Online': [90, 80, 80, 80, 80], 'Posyandu Digital': [85, 85, 85, 85, 85], 'Sehat Keliling': [70, 70, 70, 70, 70],
  }, { mainButton: true });

  // The first sheet arrives: merged, the missing juror listed, the ranking from one sheet.
  const importSheet = async (file, name, { mainButton = false } = {}) => {
    await page.goto(`${app.url}impor`);
    await page.getByLabel('Berkas bundel (.zip)').setInputFiles(file);
    await page.getByText(`Lembar nilai dari juri ${name}.`).waitFor();
    if (mainButton) {
      await page.getByRole('button', { name: 'Impor', exact: true }).click();
      await page.getByText('Impor selesai.', { exact: true }).waitFor();
    } else {
      await page.getByRole('button', { name: 'Simpan lembar nilai' }).click();
    }
    await page.getByText(`Lembar nilai disimpan untuk «Anugerah Inovasi ${YEAR}».`).waitFor();
    await page.getByRole('link', { name: 'Buka penghargaan' }).click();
    await page.getByRole('heading', { name: `Anugerah Inovasi ${YEAR}` }).waitFor();
  };
  await importSheet(sari, 'Dr. Sari Wulandari');
  await page.locator('.award-missing', { hasText: 'Belum mengirim lembar nilai: Ir. Budi Santoso' }).waitFor();
  await page.getByText('Lembar nilai diterima dari: Dr. Sari Wulandari').waitFor();
  const firstOrder = await page.locator('.award-ranking').first().locator('tbody .name').allTextContents();
  assert.deepEqual(firstOrder, ['Sehat Keliling', 'Antre Online']);

  // The second sheet: nobody is missing; the ranking follows the weights.
  await importSheet(budi, 'Ir. Budi Santoso', { mainButton: true });
  await page.getByText('Lembar nilai diterima dari: Dr. Sari Wulandari, Ir. Budi Santoso').waitFor();
  assert.equal(await page.locator('.award-missing').count(), 0);
  const rows = async (table) => page.locator('.award-ranking').nth(table).locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent.trim())));
  assert.deepEqual(await rows(0), [
    ['1', 'Antre Online Pemenang', 'Dinas Kesehatan', '79,50', '2'],
    ['2', 'Sehat Keliling', 'Dinas Kesehatan', '75,00', '2'],
  ]);
  assert.deepEqual(await rows(1), [['1', 'Posyandu Digital Pemenang', 'Puskesmas Kademangan', '80,00', '2']]);
  await assertNoSeriousA11yViolations(page, 'Penghargaan round with the ranking');

  // The winners list for Excel.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh daftar pemenang (CSV)' }).click(),
  ]);
  assert.match(csvDownload.suggestedFilename(), /^inovda-pemenang-anugerah-inovasi-2026-\d{8}-\d{4}-(WIB|WITA|WIT)\.csv$/);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  assert.equal(csv,
    '\uFEFFKategori;Peringkat;Nama Inovasi;Instansi;Nilai akhir;Kematangan terverifikasi;Juri yang menilai;Catatan tinjau lapangan\r\n'
    + 'Perangkat Daerah;1;Antre Online;Dinas Kesehatan;79,50;111,00;2;"Antrean tertib; warga terbantu"\r\n'
    + 'Puskesmas;1;Posyandu Digital;Puskesmas Kademangan;80,00;74,00;2;\r\n');

  // The printable results show the winners, without buttons.
  await page.getByRole('link', { name: 'Cetak hasil' }).click();
  await page.getByRole('heading', { name: 'Hasil penilaian' }).waitFor();
  await assertNoSeriousA11yViolations(page, 'Penghargaan print page');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Cetak' }).isVisible(), false);
  const winners = await page.locator('tr.winner .name').allTextContents();
  assert.deepEqual(winners, ['Antre Online', 'Posyandu Digital']);
  assert.ok(await page.getByText('Antrean tertib; warga terbantu').isVisible());
  await context.close();
});
