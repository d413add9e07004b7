// Story: the secretariat loads the demo region, adds a unit of its own that has no innovation yet,
// and reads the compliance dashboard of its assessment year on a phone and on paper.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { PHONE, startApp } from './support/harness.mjs';
import { innovationRecord, seed } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const RECEIVED_AT = '2026-06-15T03:30:00.000Z';

/** A bundle received from `agency`, as the import page logs it. */
async function logImport(page, agency) {
  await page.evaluate(async ({ agency, at }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('imports', 'readwrite');
      tx.objectStore('imports').put({
        schema_version: 1, received_at: at, file_name: 'inovda-dinas.zip', kind: 'submission',
        region: 'Kabupaten Contoh (DATA CONTOH)', agency, created_at: at, new: 1, updated: 0, conflicts: 0,
      }, 'test-import');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { agency, at: RECEIVED_AT });
}

test('the dashboard shows "x dari y", units without innovations, the table, the mixes and two charts', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await new AppPage(page).startAsSecretariat('Bappeda Litbang', 'Kabupaten Contoh', '2026');
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  await page.getByRole('button', { name: 'Muat data contoh' }).click();
  await page.getByText('Data contoh dimuat: 30 instansi, 24 inovasi.').waitFor();
  await page.getByLabel('Nama instansi', { exact: true }).fill('Dinas Perpustakaan dan Kearsipan');
  await page.getByLabel('Jenis instansi').selectOption({ label: 'Dinas' });
  await page.getByRole('button', { name: 'Tambah instansi' }).click();
  await page.getByText('Instansi ditambahkan.').waitFor();
  const firstUnit = (await page.locator('li.agency .name').first().textContent()).trim();
  await logImport(page, firstUnit);

  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await page.getByRole('heading', { name: 'Dasbor kepatuhan 2026' }).waitFor();

  // Headline and compliant share, consistent with the table.
  const headline = await page.getByTestId('headline').textContent();
  const match = headline.match(/^(\d+) dari 31 instansi sudah punya inovasi$/);
  assert.ok(match, `headline: ${headline}`);
  const withInnovation = Number(match[1]);
  assert.ok(withInnovation > 0 && withInnovation < 31);
  await page.getByTestId('compliant-share').getByText(/^Patuh \(paling sedikit 1 inovasi dilaporkan\): \d+ dari 31 instansi \(\d+(,\d+)? %\)\.$/).waitFor();
  const table = page.getByTestId('per-agency');
  const totals = await table.locator('tbody tr td:nth-child(3)').allTextContents();
  assert.equal(totals.length, 31);
  assert.equal(totals.filter((n) => Number(n) > 0).length, withInnovation);
  assert.equal(totals.reduce((sum, n) => sum + Number(n), 0), 24);

  // The unit of its own is listed among those without an innovation, under its kind.
  await page.locator('dl.without').getByText('Dinas Perpustakaan dan Kearsipan').waitFor();
  // The last bundle received from a unit, from the import log.
  const firstRow = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: firstUnit, exact: true }) });
  await firstRow.getByText(/Juni 2026/).waitFor();

  // Mixes add up to the year's innovations.
  const sum = async (id) => (await page.getByTestId(id).locator('li').allTextContents())
    .map((text) => Number(text.split(': ').pop()))
    .reduce((a, b) => a + b, 0);
  assert.equal(await sum('digital-mix'), 24);
  assert.equal(await sum('stage-mix'), 24);
  const yandas = (await page.getByTestId('yandas-covered').locator('li').count())
    + (await page.getByTestId('yandas-missing').locator('li').count());
  assert.equal(yandas, 6);
  assert.equal(await page.locator('table.evidence tbody tr').count() > 0, true);

  // Two SVG charts with an accessible title and readable text labels.
  const kindChart = page.getByTestId('kind-chart');
  assert.equal(await kindChart.getAttribute('role'), 'img');
  assert.equal(await kindChart.locator('title').first().textContent(), 'Instansi per jenis: sudah dan belum punya inovasi');
  assert.ok((await kindChart.locator('text').allTextContents()).includes('Dinas'));
  const stageTexts = await page.getByTestId('stage-chart').locator('text').allTextContents();
  for (const label of ['Inisiatif', 'Uji Coba', 'Penerapan']) assert.ok(stageTexts.includes(label), label);
  for (const id of ['kind-chart', 'stage-chart']) {
    const box = await page.getByTestId(id).boundingBox();
    assert.ok(box.width <= 360 && box.width > 250, `${id} is ${box.width}px wide`);
  }
  await ui.assertNoHorizontalScroll('Dasbor');
  await assertNoSeriousA11yViolations(page, 'Dasbor');

  // On paper: the charts stay inside the page.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.getByTestId('kind-chart').boundingBox();
  assert.ok(printed.width > 0 && printed.width <= 360);
  await page.emulateMedia({ media: 'screen' });

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Compliance dashboard 2026' }).waitFor();
  await page.getByTestId('headline').getByText(`${withInnovation} of 31 units have an innovation`).waitFor();
  await page.getByTestId('stage-chart').locator('text', { hasText: 'Implementation' }).first().waitFor();
  await context.close();
});

test('Verifikasi over 120 reported innovations draws 50 at a time, grouped by unit', async () => {
  const context = await app.newContext(PHONE);
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAsSecretariat('Bappeda Kota Probolinggo', 'Kota Probolinggo', '2026');
  // Three units of 40 reported innovations each, received from their bundles; one draft that
  // is not for verification.
  const units = ['Dinas Kesehatan', 'Dinas Pendidikan', 'Kecamatan Mayangan'];
  const records = units.flatMap((agency) => Array.from({ length: 40 }, (_, i) => innovationRecord({
    agency, year: 2026, status: 'diajukan', name: `${agency} inovasi ${String(i + 1).padStart(2, '0')}`,
  })));
  records.push(innovationRecord({ agency: 'Dinas Kesehatan', year: 2026, name: 'Masih draf' }));
  await seed(page, records);
  await page.reload();
  await page.getByRole('link', { name: 'Verifikasi', exact: true }).click();
  await page.getByRole('heading', { name: 'Verifikasi inovasi tahun 2026' }).waitFor();

  await page.getByTestId('list-count').getByText('Menampilkan 50 dari 120 inovasi.').waitFor();
  const groups = page.locator('section.agency-queue');
  assert.equal(await groups.count(), 2, 'the first unit whole and ten of the second');
  assert.equal(await page.locator('li.review-item').count(), 50);
  assert.equal(await groups.nth(1).locator('li.review-item').count(), 10);
  await groups.nth(1).getByTestId('unit-rest').getByText('30 inovasi lain dari instansi ini belum ditampilkan.').waitFor();
  assert.equal(await groups.nth(0).getByTestId('unit-rest').count(), 0);
  await ui.assertNoHorizontalScroll('Verifikasi, paged');

  // A drawn unit keeps what it said when more are drawn.
  await groups.nth(0).getByRole('button', { name: /Unduh bundel umpan balik/ }).click();
  await groups.nth(0).getByText('Belum ada hasil verifikasi untuk instansi ini').waitFor();
  await page.getByRole('button', { name: 'Tampilkan 50 lagi' }).click();
  await page.getByTestId('list-count').getByText('Menampilkan 100 dari 120 inovasi.').waitFor();
  assert.equal(await groups.count(), 3);
  assert.equal(await groups.nth(1).locator('li.review-item').count(), 40);
  assert.equal(await groups.nth(2).locator('li.review-item').count(), 20);
  assert.equal(await groups.nth(1).getByTestId('unit-rest').count(), 0, 'the second unit is whole now');
  await groups.nth(2).getByTestId('unit-rest').getByText('20 inovasi lain dari instansi ini belum ditampilkan.').waitFor();
  await groups.nth(0).getByText('Belum ada hasil verifikasi untuk instansi ini').waitFor();

  // The last page: every innovation drawn, no count and no button left.
  await page.getByRole('button', { name: 'Tampilkan 20 lagi' }).click();
  await page.locator('li.review-item').nth(119).waitFor();
  assert.equal(await page.locator('li.review-item').count(), 120);
  assert.equal(await page.getByTestId('list-count').count(), 0);
  assert.equal(await page.getByText('Masih draf').count(), 0);
  await context.close();
});
