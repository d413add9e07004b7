// Story: the paperwork the secretariat signs. After reviewing an innovation, the secretariat opens
// its berita acara, corrects the kop and names its verifier (a short NIP is refused by name),
// types the letter number, prints it (the page's QR code decodes to the reviewed revision's hash)
// and downloads the DOCX to adapt the wording (python-docx reads the same text, table and QR).
// The day's verifications make a session berita acara; the Dasbor leads to the annex of the
// decree designating the year's innovations, verified only or everything submitted, as DOCX too.
// On a phone the letter fits the screen; in English the desk and the findings read in English.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage, brokenWords } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { decodeQr, openWithPythonDocx } from './support/docx.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed, seedVerdicts } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kota Probolinggo';
const LAPTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const PDF = { sha256: 'cd'.repeat(32), file_name: 'bukti.pdf', media_type: 'application/pdf', size: 500_000 };

/** A complete submitted innovation of 2026 of `agency`. */
function submitted(name, agency) {
  return innovationRecord({
    name, agency, region: REGION, year: 2026, revision: 1, status: 'diajukan',
    stage: 'penerapan', initiator: 'opd', initiator_name: agency, kind: 'digital', form: 'pelayanan_publik',
    theme: 'Digitalisasi Layanan Pemerintahan', main_affair: 2, trial_date: '2024-01-10', implementation_date: '2024-06-01',
    design: 'kata '.repeat(300).trim(), goal: 'Mempercepat layanan.', benefit: 'Warga terbantu.', outcome: 'Layanan lebih cepat.',
    indicators: Array.from({ length: 20 }, (_, i) => ({ number: 16 + i, claimed: 3, evidence: [PDF] })),
  });
}

/** Every stored verdict, as the app keeps it. */
async function storedVerdicts(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise((resolve, reject) => {
      const request = db.transaction('verdicts').objectStore('verdicts').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    // Values are stored as JSON text (layout 5).
    const plain = (v) => (typeof v === 'string' ? JSON.parse(v) : v && typeof v.json === 'string' ? JSON.parse(v.json) : v);
    return all.map(plain);
  });
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

test('berita acara with its QR, the session berita acara and the decree annex, printed and as DOCX', async () => {
  const context = await app.newContext(LAPTOP);
  const page = await context.newPage();
  const ui = new AppPage(page);
  await page.goto(app.url);
  await ui.startAsSecretariat('Bappeda Kota Probolinggo', REGION, '2026');
  const antar = submitted('Antar Obat Keliling', 'Dinas Kesehatan');
  const pajak = submitted('Pajak Keliling', 'Bapenda');
  const sekolah = submitted('Sekolah Ramah', 'Dinas Pendidikan');
  await seed(page, [antar, pajak, sekolah]);
  // An earlier session, in August: Pajak Keliling was verified then.
  await seedVerdicts(page, [{
    schema_version: 1, innovation_id: pajak.id, revision: 1, revision_hash: 'ab'.repeat(32), status: 'diverifikasi',
    verified: Array.from({ length: 20 }, (_, i) => ({ number: 16 + i, level: 2, note: '' })),
    notes: '', decided_at: '2026-08-03T10:00:00+07:00',
  }]);

  // The review: indicator 17 lowered with a note, verified.
  await page.goto(`${app.url}verifikasi/${antar.id}`);
  await page.locator('section.review-indicator').nth(19).waitFor();
  const sk = page.getByRole('region', { name: /^17\. / });
  await sk.getByLabel('Level terverifikasi').selectOption('2');
  await sk.getByLabel('Catatan verifikasi').fill('SK belum ditandatangani kepala dinas.');
  await page.getByLabel('Status verifikasi').selectOption({ label: 'Diverifikasi' });
  await page.getByRole('button', { name: 'Simpan hasil verifikasi' }).click();
  await page.getByRole('link', { name: 'Berita acara verifikasi' }).click();

  // The berita acara: the kop suggested from the region, to be checked and saved.
  await page.getByRole('heading', { name: 'Berita acara hasil verifikasi' }).waitFor();
  const letter = page.getByTestId('official-doc');
  await letter.getByText('PEMERINTAH KOTA PROBOLINGGO', { exact: true }).waitFor();
  await letter.getByText('BAPPEDA KOTA PROBOLINGGO', { exact: true }).waitFor();
  await page.getByTestId('settings-unsaved').waitFor();
  await page.getByLabel('Alamat di bawah kop').fill('Jl. Panglima Sudirman 19, Probolinggo');
  await page.getByLabel('Nama verifikator').fill('Sari Dewi, S.T.');
  await page.getByLabel('NIP verifikator').fill('1234');
  await page.getByRole('button', { name: 'Simpan kop & penanda tangan' }).click();
  await page.getByText('NIP verifikator: NIP terdiri dari 18 angka (spasi boleh), atau kosongkan.').waitFor();
  assert.equal(await page.getByLabel('NIP verifikator').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('NIP verifikator').fill('19800101 200501 2 001');
  await page.getByLabel('Nama kepala', { exact: true }).fill('Ir. Budi Santoso');
  await page.getByRole('button', { name: 'Simpan kop & penanda tangan' }).click();
  await page.getByText('Kop dan penanda tangan tersimpan.').waitFor();
  await page.getByLabel('Nomor surat').fill('050/123/BA/2026');
  await page.getByLabel('Nomor surat').blur();
  await page.getByText('Nomor dan tanggal tersimpan di perangkat ini.').waitFor();

  const text = await letter.innerText();
  for (const expected of [
    'BERITA ACARA', 'HASIL VERIFIKASI INOVASI DAERAH', 'Nomor: 050/123/BA/2026', 'Jl. Panglima Sudirman 19, Probolinggo',
    'Antar Obat Keliling', 'Dinas Kesehatan', 'SK belum ditandatangani kepala dinas.', 'Diverifikasi',
    'Sari Dewi, S.T.', 'NIP. 198001012005012001', 'Ir. Budi Santoso', 'Mengetahui,', 'Probolinggo, ',
  ]) assert.ok(text.includes(expected), `the letter lacks «${expected}»`);
  const row17 = letter.locator('.doc-table tr', { has: page.locator('td', { hasText: /^17$/ }) });
  assert.deepEqual((await row17.locator('td').allInnerTexts()).slice(2), ['3', '2', 'SK belum ditandatangani kepala dinas.']);
  assert.deepEqual(await brokenWords(page, '.official-doc .doc-title, .official-doc .doc-facts, .official-doc .doc-table'), []);
  await assertNoSeriousA11yViolations(page, 'berita acara');

  // Printed: only the letter; its QR code decodes to the reviewed revision's hash.
  const [stored] = (await storedVerdicts(page)).filter((v) => v.innovation_id === antar.id);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.doc-desk').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Cetak' }).isVisible(), false);
  const qr = decodeQr(await page.getByTestId('doc-qr').screenshot());
  assert.equal(qr, stored.revision_hash);
  assert.match(qr, /^[0-9a-f]{64}$/);
  assert.ok(text.includes(stored.revision_hash), 'the caption names the hash too');
  await page.emulateMedia({ media: 'screen' });

  // The DOCX: the same letter, editable; its QR picture decodes to the same hash.
  const report = await download(page, page.getByRole('button', { name: 'Unduh DOCX (bisa diubah di Word)' }));
  assert.equal(report.name, 'berita-acara-verifikasi-antar-obat-keliling-r1.docx');
  await page.getByText(`Berkas ${report.name} diunduh.`).waitFor();
  const word = openWithPythonDocx(report.path);
  const words = [...word.paragraphs, ...word.tables.flat(2)].join('\n');
  for (const expected of ['PEMERINTAH KOTA PROBOLINGGO', 'Nomor: 050/123/BA/2026', 'Sari Dewi, S.T.', 'SK belum ditandatangani kepala dinas.']) {
    assert.ok(words.includes(expected), `the DOCX lacks «${expected}»`);
  }
  const indicators = word.tables.find((t) => t[0][1] === 'Indikator');
  assert.equal(indicators.length, 21, 'a header and the 20 indicators');
  assert.deepEqual(indicators.find((r) => r[0] === '17').slice(2), ['3', '2', 'SK belum ditandatangani kepala dinas.']);
  assert.equal(word.landscape, false);
  assert.equal(decodeQr(Buffer.from(word.pictures[0], 'base64')), stored.revision_hash);

  // Kept: after a reload the number and the saved kop are still there.
  await page.reload();
  await page.getByTestId('official-doc').getByText('Nomor: 050/123/BA/2026').waitFor();
  assert.equal(await page.getByTestId('settings-unsaved').count(), 0);

  // The session berita acara: today's session lists the review; August's lists Pajak Keliling.
  await page.goto(`${app.url}verifikasi`);
  await page.getByRole('link', { name: 'Berita acara sesi verifikasi' }).click();
  await page.getByRole('heading', { name: 'Berita acara sesi verifikasi' }).waitFor();
  const session = page.getByLabel('Sesi verifikasi (tanggal)');
  // The days come with the loaded verdicts: wait for the second before counting.
  await session.locator('option').nth(1).waitFor({ state: 'attached' });
  const options = await session.locator('option').allInnerTexts();
  assert.equal(options.length, 2);
  assert.match(options[0], / · 1 inovasi$/);
  assert.equal(options[1], '3 Agustus 2026 · 1 inovasi');
  await page.getByTestId('official-doc').locator('.doc-table td', { hasText: 'Antar Obat Keliling' }).waitFor();
  await session.selectOption({ label: '3 Agustus 2026 · 1 inovasi' });
  await page.getByTestId('official-doc').locator('.doc-table td', { hasText: 'Pajak Keliling' }).waitFor();
  assert.match(await page.getByTestId('official-doc').innerText(), /Pada hari ini Senin tanggal 3 Agustus 2026/);
  assert.match(await page.getByTestId('official-doc').innerText(), /diverifikasi 1, perlu revisi 0, ditolak 0/);

  // The decree annex from the Dasbor: verified only (2), then everything submitted (3).
  await page.goto(`${app.url}dasbor`);
  await page.getByRole('link', { name: 'Lampiran SK penetapan inovasi' }).click();
  await page.getByTestId('annex-count').getByText('Lampiran memuat 2 inovasi.').waitFor();
  await page.getByLabel('Isi lampiran').selectOption({ label: 'Semua yang diajukan (kecuali ditolak)' });
  await page.getByTestId('annex-count').getByText('Lampiran memuat 3 inovasi.').waitFor();
  await page.getByLabel('Nomor surat').fill('188.45/77/425.012/2026');
  await page.getByLabel('Nomor surat').blur();
  assert.deepEqual(await brokenWords(page, '.official-doc .doc-table, .official-doc .doc-annex-note'), [], 'no word broken in the annex on a laptop');
  const annexText = await page.getByTestId('official-doc').innerText();
  assert.match(annexText, /KEPUTUSAN WALI KOTA PROBOLINGGO/);
  assert.match(annexText, /NOMOR 188\.45\/77\/425\.012\/2026/);
  const annex = await download(page, page.getByRole('button', { name: 'Unduh DOCX (bisa diubah di Word)' }));
  assert.equal(annex.name, 'lampiran-sk-penetapan-inovasi-2026.docx');
  const annexWord = openWithPythonDocx(annex.path);
  assert.equal(annexWord.landscape, true);
  const list = annexWord.tables.find((t) => t[0][1] === 'Nama inovasi');
  assert.deepEqual(list[0], ['No', 'Nama inovasi', 'Perangkat daerah / unit', 'Tahapan', 'Urusan pemerintahan', 'Jenis', 'Waktu penerapan']);
  assert.deepEqual(list.slice(1).map((r) => [r[1], r[2], r[3], r[5], r[6]]), [
    ['Pajak Keliling', 'Bapenda', 'Penerapan', 'Digital', '1 Juni 2024'],
    ['Antar Obat Keliling', 'Dinas Kesehatan', 'Penerapan', 'Digital', '1 Juni 2024'],
    ['Sekolah Ramah', 'Dinas Pendidikan', 'Penerapan', 'Digital', '1 Juni 2024'],
  ]);
  assert.ok(annexWord.tables.flat(2).some((cell) => cell.includes('WALI KOTA PROBOLINGGO,')));
  await context.close();

  // On a phone: the berita acara fits the screen, no word broken; in English the desk and the findings.
  const phoneContext = await app.newContext(PHONE);
  const phone = await phoneContext.newPage();
  await phone.goto(app.url);
  await new AppPage(phone).startAsSecretariat('Bappeda Kota Probolinggo', REGION, '2026');
  await seed(phone, [antar]);
  await seedVerdicts(phone, [stored]);
  await phone.goto(`${app.url}dokumen/berita-acara/${antar.id}`);
  await phone.getByTestId('official-doc').getByText('Antar Obat Keliling').first().waitFor();
  await new AppPage(phone).assertNoHorizontalScroll('berita acara on a phone');
  assert.deepEqual(await brokenWords(phone, '.official-doc .doc-title, .official-doc .doc-facts, .official-doc .doc-table tbody, .doc-desk'), []);
  await phone.evaluate(() => localStorage.setItem('inovda.lang', JSON.stringify('en')));
  await phone.reload();
  await phone.getByRole('heading', { name: 'Verification report (berita acara)' }).waitFor();
  // Nothing saved on this phone yet: the form starts open, suggested from the region.
  await phone.getByTestId('settings-unsaved').waitFor();
  await phone.getByLabel("Head's NIP", { exact: true }).fill('abc');
  await phone.getByRole('button', { name: 'Save letterhead & signatories' }).click();
  await phone.getByText("Head's NIP: a NIP has 18 digits (spaces allowed), or leave it empty.").waitFor();
  await phone.getByTestId('official-doc').getByText('OFFICIAL REPORT').waitFor();
  await assertNoSeriousA11yViolations(phone, 'berita acara on a phone, in English');
  await phoneContext.close();
});
