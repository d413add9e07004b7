// Story: the Bappeda of a small region (three units, seven innovations of 2026, two of them
// already reviewed) fills in its SPD rows on a phone and reads the IID projection, klaim and
// terverifikasi; the answers survive a reload, the English UI shows the same figures, and the
// printable recap carries the headline, the projection, the charts and the agency table.
//
// Expected figures, worked out by hand from the 2026 catalog (the IID formulas in core/src/rules/scoring.rs; k = 12,
// jumlah = MIN(n, 200) × 0.38 only with ≥ 5 of the 6 yandas urusan, IID = total / 250 × 100):
//   SPD rows entered: 1 → 3 (w 1), 2a → 2 (w 1), 5a → 2 (w 0.75), 6 → 3 (w 1.5), 8 → 0, 12 → 1 (w 2)
//     SPD = 3 + 2 + 1.5 + 4.5 + 0 + 2 = 13.00
//   Reported (drafts do not count): n = 6, divisor MAX(12, 6) = 12, 6 empty seats.
//   Kematangan klaim: 111 + 42 + 74 + 37 + 111 + 28 = 403 → 403 / 12 = 33.58
//     yandas 1–5 covered (urusan 7 is not yandas; 6 only in the draft) → jumlah 6 × 0.38 = 2.28
//     SID 35.8633, total 48.8633, IID 19.545 → 19.55, Kurang Inovatif
//     one more of kematangan 80: (80 / 12 + 0.38) / 2.5 = +2.82 (with urusan 6 too: still +2.82)
//   Terverifikasi: innovation 1 verified 31 → 0, 35 → 1: 111 − 9 − 8 = 94; innovation 5 ditolak → 0
//     94 + 42 + 74 + 37 + 0 + 28 = 275 → 275 / 12 = 22.92; yandas 1–4 only → jumlah 0
//     total 35.9167, IID 14.3667 → 14.37, Kurang Inovatif; 4 reported innovations unreviewed
//     one more of 80: 80 / 12 / 2.5 = +2.67; with urusan 5 (yandas back to 5): (80/12 + 7 × 0.38) / 2.5 = +3.73
//   Before any SPD row: klaim IID = 35.8633 / 2.5 = 14.35.
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed, seedVerdicts } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const ALL_SID = Array.from({ length: 20 }, (_, i) => 16 + i);
const MANDATORY = [16, 17, 32, 33, 35];

/** A 2026 innovation of `agency` with urusan utama `affair` and the claimed `levels` ({number: level}). */
function innovation(name, agency, affair, levels, status = 'diajukan') {
  return innovationRecord({
    id: randomUUID(),
    name,
    agency,
    region: 'Kabupaten Sukamaju',
    year: 2026,
    stage: 'penerapan',
    main_affair: affair,
    status,
    indicators: Object.entries(levels).map(([number, claimed]) => ({ number: Number(number), claimed })),
  });
}

const every = (level) => Object.fromEntries(ALL_SID.map((n) => [n, level]));
const mandatory = (level) => Object.fromEntries(MANDATORY.map((n) => [n, level]));

/** The secretariat's verdict on revision 0 of `record`, as the review stores it. */
function verdict(record, status, verified = []) {
  return {
    schema_version: 1,
    innovation_id: record.id,
    revision: 0,
    revision_hash: createHash('sha256').update(record.id).digest('hex'),
    status,
    verified: verified.map(([number, level]) => ({ number, level, note: '' })),
    notes: '',
    decided_at: '2026-07-01T09:00:00+07:00',
  };
}

/** Chooses the level of SPD row `id` (its fieldset is named "<id>. <name>"). */
async function answer(page, id, optionLabel) {
  const row = page.getByRole('group', { name: new RegExp(`^${id}\\. `) });
  await row.getByLabel('Level').selectOption({ label: optionLabel });
}

const text = async (page, id) => (await page.getByTestId(id).textContent()).trim();

test('SPD rows entered on a phone give the exact IID projection, klaim and terverifikasi, and the recap prints it', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await new AppPage(page).startAsSecretariat('Bappeda Sukamaju', 'Kabupaten Sukamaju', '2026');

  // The region's units, entered on Daftar instansi.
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  for (const [name, kind] of [['Dinas Pendidikan', 'Dinas'], ['Dinas Kesehatan', 'Dinas'], ['Badan Pendapatan Daerah', 'Badan']]) {
    await page.getByLabel('Nama instansi', { exact: true }).fill(name);
    await page.getByLabel('Jenis instansi').selectOption({ label: kind });
    await page.getByRole('button', { name: 'Tambah instansi' }).click();
    await page.locator('li.agency .name', { hasText: name }).waitFor();
  }

  // Seven innovations of 2026 arrived (one still a draft); two were reviewed.
  const records = [
    innovation('Sekolah Ramah Data', 'Dinas Pendidikan', 1, every(3)),
    innovation('Puskesmas Keliling Digital', 'Dinas Pendidikan', 2, mandatory(3)),
    innovation('Jalan Mulus Lapor', 'Dinas Pendidikan', 3, every(2)),
    innovation('Rumah Layak Huni Cepat', 'Dinas Kesehatan', 4, every(1)),
    innovation('Ronda Pintar', 'Dinas Kesehatan', 5, every(3)),
    innovation('Bursa Kerja Desa', 'Dinas Kesehatan', 7, mandatory(2)),
    innovation('Bansos Tepat', 'Dinas Kesehatan', 6, every(3), 'draf'),
  ];
  await seed(page, records);
  await seedVerdicts(page, [
    verdict(records[0], 'diverifikasi', [[31, 0], [35, 1]]),
    verdict(records[4], 'ditolak'),
  ]);

  // From the list to the projection through the secretariat's navigation.
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Proyeksi IID' }).click();
  await page.getByRole('heading', { name: 'Proyeksi IID 2026' }).waitFor();
  await page.getByTestId('klaim-iid').waitFor();
  assert.equal(await text(page, 'spd-score'), '0 dari 20 baris SPD diisi · Skor SPD 0,00 dari 63,00');
  assert.equal(await text(page, 'klaim-iid'), '14,35');
  await page.getByTestId('spd-unanswered').getByText('20 baris belum diisi (dihitung 0)').waitFor();

  // The SPD rows the Bappeda has data for.
  await answer(page, '1', '3 – Visi dan misi memuat inovasi');
  await page.getByRole('group', { name: /^1\. / }).getByLabel('Catatan / sumber data').fill('RPJMD 2025–2029');
  await answer(page, '2a', '2 – Tepat waktu 2 tahun');
  await answer(page, '5a', '2 – 0,01 s.d. 0,36');
  await answer(page, '6', '3 – ≥ 94,76%');
  await answer(page, '8', '0 – Tidak ada / tidak sesuai');
  await answer(page, '12', '1 – Piagam');
  await page.getByTestId('spd-save-status').getByText('Isian SPD tersimpan.').waitFor();
  assert.equal(await text(page, 'spd-score'), '6 dari 20 baris SPD diisi · Skor SPD 13,00 dari 63,00');
  await page.getByTestId('spd-unanswered').getByText('14 baris belum diisi (dihitung 0)').waitFor();
  assert.equal(await page.getByRole('group', { name: /^6\. / }).locator('.points').textContent(), 'Skor baris: 4,50');

  const expectedKlaim = {
    'klaim-spd': '13,00 / 63,00',
    'klaim-n': '6',
    'klaim-average': '403,00 : MAX(12; 6) = 403,00 : 12 = 33,58',
    'klaim-seats': '6 kursi kosong: sampai ada 12 inovasi, setiap inovasi baru menambah jumlah kematangan tanpa menambah pembagi.',
    'klaim-count': 'MIN(6; 200) × 0,38 = 2,28',
    'klaim-yandas-covered': '1. Pendidikan; 2. Kesehatan; 3. Pekerjaan Umum dan Penataan Ruang; 4. Perumahan Rakyat dan Kawasan Permukiman; 5. Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat',
    'klaim-yandas-missing': '6. Sosial',
    'klaim-sid': '35,86',
    'klaim-total': '48,86 / 250,00',
    'klaim-iid': '19,55',
    'klaim-predicate': 'Kurang Inovatif',
    'klaim-what-if': '+2,82 IID untuk satu inovasi lagi dengan kematangan 80,00',
  };
  const expectedVerified = {
    'terverifikasi-spd': '13,00 / 63,00',
    'terverifikasi-n': '6',
    'terverifikasi-average': '275,00 : MAX(12; 6) = 275,00 : 12 = 22,92',
    'terverifikasi-count': '0,00: urusan yandas tercakup 4 dari 6, perlu paling sedikit 5',
    'terverifikasi-yandas-covered': '1. Pendidikan; 2. Kesehatan; 3. Pekerjaan Umum dan Penataan Ruang; 4. Perumahan Rakyat dan Kawasan Permukiman',
    'terverifikasi-yandas-missing': '5. Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat; 6. Sosial',
    'terverifikasi-sid': '22,92',
    'terverifikasi-total': '35,92 / 250,00',
    'terverifikasi-iid': '14,37',
    'terverifikasi-predicate': 'Kurang Inovatif',
    'terverifikasi-what-if': '+2,67 IID untuk satu inovasi lagi dengan kematangan 80,00',
    'terverifikasi-what-if-yandas': '+3,73 IID untuk satu inovasi lagi dengan kematangan 80,00 bila urusan utamanya 5. Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat',
  };
  for (const [id, value] of Object.entries({ ...expectedKlaim, ...expectedVerified })) {
    assert.equal(await text(page, id), value, id);
  }
  // Covering 6. Sosial gives the same +2,82 as any urusan: no line suggests it matters.
  assert.equal(await page.getByTestId('klaim-what-if-yandas').count(), 0);
  await page.getByTestId('terverifikasi').getByText('4 inovasi yang belum diverifikasi dihitung dengan klaimnya').waitFor();

  // A bigger innovation in the what-if: (111 / 12 + 0.38) / 2.5 = +3.85.
  await page.getByLabel('Kematangan satu inovasi tambahan').selectOption('111');
  assert.equal(await text(page, 'klaim-what-if'), '+3,85 IID untuk satu inovasi lagi dengan kematangan 111,00');

  // On a phone the two views are stacked, and nothing makes the page scroll sideways.
  const klaimBox = await page.getByTestId('klaim').boundingBox();
  const verifiedBox = await page.getByTestId('terverifikasi').boundingBox();
  assert.ok(verifiedBox.y >= klaimBox.y + klaimBox.height, 'terverifikasi below klaim on a phone');
  await ui.assertNoHorizontalScroll('Proyeksi IID');
  await assertNoSeriousA11yViolations(page, 'Proyeksi IID');

  // A reload keeps the answers (stored under meta "spd:2026").
  await page.reload();
  await page.getByTestId('klaim-iid').waitFor();
  assert.equal(await text(page, 'spd-score'), '6 dari 20 baris SPD diisi · Skor SPD 13,00 dari 63,00');
  const row1 = page.getByRole('group', { name: /^1\. / });
  assert.equal(await row1.getByLabel('Level').inputValue(), '3');
  assert.equal(await row1.getByLabel('Catatan / sumber data').inputValue(), 'RPJMD 2025–2029');
  assert.equal(await page.getByRole('group', { name: /^8\. / }).getByLabel('Level').inputValue(), '0');
  assert.equal(await page.getByRole('group', { name: /^3\. / }).getByLabel('Level').inputValue(), '');
  assert.equal(await text(page, 'klaim-iid'), '19,55');
  const stored = await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const value = await new Promise((resolve, reject) => {
      const request = db.transaction('meta').objectStore('meta').get('spd:2026');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    // Values are stored as JSON text (layout 5).
    const plain = (v) => (typeof v === 'string' ? JSON.parse(v) : v && typeof v.json === 'string' ? JSON.parse(v.json) : v);
    return plain(value);
  });
  const spd = JSON.parse(stored);
  assert.equal(spd.schema_version, 1);
  assert.equal(spd.year, 2026);
  assert.deepEqual(spd.rows.find((row) => row.row === '1'), { row: '1', level: 3, note: 'RPJMD 2025–2029' });

  // In English: the same figures, with English labels and decimal points.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'IID projection 2026' }).waitFor();
  assert.equal(await text(page, 'spd-score'), '6 of 20 SPD rows answered · SPD score 13.00 of 63.00');
  assert.equal(await text(page, 'klaim-average'), '403.00 / MAX(12, 6) = 403.00 / 12 = 33.58');
  assert.equal(await text(page, 'klaim-count'), 'MIN(6, 200) × 0.38 = 2.28');
  assert.equal(await text(page, 'klaim-iid'), '19.55');
  assert.equal(await text(page, 'klaim-predicate'), 'Less innovative (Kurang Inovatif)');
  assert.equal(await text(page, 'terverifikasi-count'), '0.00: 4 of 6 yandas affairs covered, at least 5 needed');
  assert.equal(await text(page, 'terverifikasi-iid'), '14.37');
  assert.equal(await text(page, 'terverifikasi-what-if'), '+2.67 IID for one more innovation of maturity 80.00');
  await page.getByRole('heading', { name: 'Claimed (klaim)' }).waitFor();
  await page.getByRole('heading', { name: 'Verified (terverifikasi)' }).waitFor();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();

  // The printable recap, from the dashboard.
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await page.getByRole('heading', { name: 'Dasbor kepatuhan 2026' }).waitFor();
  await page.getByRole('link', { name: 'Rekap untuk dicetak' }).click();
  await page.getByRole('heading', { name: 'Rekap inovasi daerah 2026' }).waitFor();
  await page.getByTestId('recap-projection').waitFor();
  assert.equal(await text(page, 'headline'), '2 dari 3 instansi sudah punya inovasi');
  assert.equal(await text(page, 'compliant-share'), 'Patuh (paling sedikit 1 inovasi dilaporkan): 2 dari 3 instansi (66,67 %).');
  const cells = async (id) => page.getByTestId(id).locator('td').allTextContents();
  assert.deepEqual(await cells('recap-spd'), ['13,00', '13,00']);
  assert.deepEqual(await cells('recap-average'), ['33,58', '22,92']);
  assert.deepEqual(await cells('recap-count'), ['2,28', '0,00']);
  assert.deepEqual(await cells('recap-iid'), ['19,55', '14,37']);
  assert.deepEqual(await cells('recap-predicate'), ['Kurang Inovatif', 'Kurang Inovatif']);
  const kindChart = page.getByTestId('kind-chart');
  assert.equal(await kindChart.getAttribute('role'), 'img');
  assert.ok((await kindChart.locator('text').allTextContents()).includes('Badan'));
  assert.ok((await page.getByTestId('stage-chart').locator('text').allTextContents()).includes('Penerapan'));
  const table = page.getByTestId('per-agency');
  assert.equal(await table.locator('tbody tr').count(), 3);
  const education = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Dinas Pendidikan', exact: true }) });
  assert.deepEqual((await education.locator('td').allTextContents()).slice(0, 4), ['Dinas', '3', '3', 'Ya']);
  await ui.assertNoHorizontalScroll('Rekap untuk dicetak');
  await assertNoSeriousA11yViolations(page, 'Rekap untuk dicetak');

  // On paper: no buttons or links to press, the charts and the table stay.
  const printButton = page.getByRole('button', { name: 'Cetak' });
  assert.equal(await printButton.isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await printButton.isVisible(), false);
  assert.equal(await page.getByRole('link', { name: '← Dasbor' }).isVisible(), false);
  assert.equal(await kindChart.isVisible(), true);
  assert.equal(await table.isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});
