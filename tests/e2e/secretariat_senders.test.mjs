// Story: a secretariat imports its agencies' bundles before it lists its units. The Dasbor says so
// honestly (no "0 dari 0", no "all units have an innovation"), counts the senders, and adds them
// to the Daftar instansi after a preview. Then the dashboard of a full region on a 1280 × 800
// laptop: the per-unit table fits whole; on a 360 px phone the page does not scroll sideways.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';

import { AppPage, brokenWords } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kabupaten Sukamaju';
const SENDERS = [['Dinas Sosial', 'Dinas'], ['Desa Wonorejo', 'Desa'], ['Puskesmas Kenanga', 'Puskesmas']];

/** A submitted 2026 innovation of `agency`, as an imported bundle stores it. */
function innovation(name, agency) {
  return innovationRecord({
    id: randomUUID(), name, agency, region: REGION, year: 2026, stage: 'uji_coba', main_affair: 1,
    status: 'diajukan', indicators: [{ number: 16, claimed: 2 }],
  });
}

/** The import log of one received bundle per sender (what the import page writes). */
async function logImports(page, agencies) {
  await page.evaluate(async ({ agencies, region }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('imports', 'readwrite');
      agencies.forEach((agency, n) => {
        const at = '2026-06-14T23:30:00.000Z';
        tx.objectStore('imports').put({
          schema_version: 1, received_at: at, file_name: `inovda-${n}.zip`, kind: 'submission',
          region, agency, created_at: at, new: 1, updated: 0, conflicts: 0,
        }, `import-${n}`);
      });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { agencies, region: REGION });
}

test('bundles into an empty registry: an honest headline, the senders counted, then added after a preview', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAsSecretariat('Bappeda Sukamaju', REGION, '2026');
  await seed(page, [
    innovation('Bansos Cepat', 'Dinas Sosial'),
    innovation('Lansia Sehat', 'Dinas Sosial'),
    innovation('Desa Digital', 'Desa Wonorejo'),
    innovation('Antar Obat', 'Puskesmas Kenanga'),
  ]);
  await logImports(page, SENDERS.map(([name]) => name));

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await page.getByRole('heading', { name: 'Dasbor kepatuhan 2026' }).waitFor();
  const headline = page.getByTestId('headline');
  await headline.getByText('Daftar instansi masih kosong: 3 instansi pengirim sudah punya inovasi tetapi belum ada di daftar.').waitFor();
  const body = await page.locator('main').textContent();
  assert.ok(!body.includes('0 dari 0'), 'no "0 dari 0"');
  assert.ok(!body.includes('Semua instansi aktif sudah punya inovasi'), 'nothing said of an empty list');
  await page.getByText('Daftar instansi belum berisi instansi aktif.').waitFor();
  await page.getByTestId('unlisted-senders').getByText(/^3 instansi pengirim belum ada di Daftar instansi/).waitFor();
  const totals = await page.getByTestId('per-agency').locator('tbody tr td:nth-child(3)').allTextContents();
  assert.deepEqual(totals.sort(), ['1', '1', '2'], 'the senders are counted meanwhile');
  // Nobody answered indicator 17: not "Lengkap 100,00 %".
  const row17 = page.locator('table.evidence tbody tr').filter({ hasText: /^17/ }).first();
  assert.equal((await row17.locator('td').last().textContent()).trim(), 'belum dijawab');
  await assertNoSeriousA11yViolations(page, 'Dasbor, empty registry');

  // The preview names each sender once, with the kind read from its name; nothing is added yet.
  await page.getByRole('button', { name: 'Tinjau penambahan ke Daftar instansi' }).click();
  const preview = page.getByTestId('senders-preview');
  await preview.waitFor();
  const items = (await preview.locator('li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
  assert.deepEqual(items.sort(), SENDERS.map(([name, kind]) => `${name} — ${kind}`).sort());
  await page.getByRole('button', { name: 'Tambahkan 3 instansi ke Daftar instansi' }).click();
  await page.getByTestId('senders-added').getByText('3 instansi ditambahkan ke Daftar instansi.').waitFor();

  // Now counted as units: "3 dari 3", the chart per kind, no sender left unlisted.
  await headline.getByText('3 dari 3 instansi sudah punya inovasi').waitFor();
  await page.getByText('Semua instansi aktif sudah punya inovasi.').waitFor();
  await page.getByTestId('kind-chart').waitFor();
  assert.equal(await page.getByTestId('unlisted-senders').count(), 0);
  const kinds = await page.getByTestId('per-agency').locator('tbody tr td:nth-child(2)').allTextContents();
  assert.deepEqual(kinds.sort(), SENDERS.map(([, kind]) => kind).sort());
  await ui.assertNoHorizontalScroll('Dasbor after adding the senders');

  // The Daftar instansi holds them.
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  for (const [name] of SENDERS) await page.locator('li.agency .name', { hasText: name }).waitFor();
  await context.close();
});

test('on a 1280 × 800 laptop the per-unit table fits whole; on a phone the page does not scroll sideways', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAsSecretariat('Bappeda Litbang', 'Kabupaten Contoh', '2026');
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  await page.getByRole('button', { name: 'Muat data contoh' }).click();
  await page.getByText('Data contoh dimuat: 30 instansi, 24 inovasi.').waitFor();
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await page.getByTestId('per-agency').waitFor();
  await ui.assertNoHorizontalScroll('Dasbor at 360 px');
  assert.deepEqual(await brokenWords(page, 'main table'), [], 'no word broken inside a word at 360 px');
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/dasbor-360.png`, fullPage: true });

  await page.setViewportSize({ width: 1280, height: 800 });
  const region = page.locator('.table-scroll', { has: page.getByTestId('per-agency') });
  const widths = await region.evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
  assert.ok(widths.scroll <= widths.client, `per-unit table is ${widths.scroll}px in a ${widths.client}px box`);
  await ui.assertNoHorizontalScroll('Dasbor at 1280 px');
  assert.deepEqual(await brokenWords(page, 'main'), [], 'no word broken inside a word at 1280 px');
  // The page uses the width: the table is wider than the phone column was.
  assert.ok(widths.client > 900, `the table's box is ${widths.client}px wide`);
  const chart = await page.getByTestId('kind-chart').boundingBox();
  assert.ok(chart.width >= 400, `the chart is ${chart.width}px wide`);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/dasbor-1280.png`, fullPage: true });
  await context.close();
});
