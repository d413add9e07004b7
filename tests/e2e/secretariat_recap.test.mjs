// Story: the secretariat, with the demo region loaded and its SPD answers stored, downloads the
// recap of its assessment year from the dashboard: the four CSV files for Indonesian Excel and
// the XLSX workbook, which Python's openpyxl opens with real numbers. Later, with no network,
// the XLSX still comes out (the workbook writer is a worker the service worker keeps).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp, waitForServiceWorker } from './support/harness.mjs';
import { openWithOpenpyxl } from './support/xlsx.mjs';

let app;
/** Where the downloads are saved under their own names. */
const saved = mkdtempSync(join(tmpdir(), 'inovda-recap-'));
before(async () => { app = await startApp(); });
after(async () => {
  await app?.close();
  rmSync(saved, { recursive: true, force: true });
});

const SHEETS = ['Rekap Instansi', 'Inovasi', 'Indikator', 'Proyeksi IID'];
const WORKER_FILES = ['inovda-xlsx-worker_loader.js', 'inovda-xlsx-worker.js', 'inovda-xlsx-worker_bg.wasm'];

/** SPD answers as the Proyeksi IID page stores them (`meta` `spd:<year>`, core's JSON as text): rows 1 (level 3) and 2a (level 2). */
async function storeSpdAnswers(page) {
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put(JSON.stringify({
        schema_version: 1, year: 2026,
        rows: [{ row: '1', level: 3, note: '' }, { row: '2a', level: 2, note: 'APBD tepat waktu 2 tahun' }],
      }), 'spd:2026');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** Presses a button and returns the downloaded file's name and bytes. */
async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  // Saved under its own name: openpyxl goes by the file's extension.
  const path = join(mkdtempSync(join(saved, 'download-')), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path), path };
}

/** A CSV made for Indonesian Excel, as rows of fields (no field of the recap holds `;` or quotes). */
function readCsv(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.endsWith('\r\n'), 'CRLF line ends');
  return text.slice(0, -2).split('\r\n').map((line) => line.split(';'));
}

/** "65,01" → 65.01 */
const commaNumber = (text) => Number(text.replace(',', '.'));

test('the built app keeps rust_xlsxwriter in the worker only, and the service worker precaches the worker', () => {
  const files = readdirSync(app.root);
  for (const name of WORKER_FILES) assert.ok(files.includes(name), `${name} is built`);
  const main = files.find((name) => /^inovda-web-[0-9a-f]{16}_bg\.wasm$/.test(name));
  assert.ok(main, 'the main wasm is built');
  // The part names every workbook holds: written only by rust_xlsxwriter.
  const marker = 'xl/worksheets/_rels/';
  assert.ok(readFileSync(`${app.root}/inovda-xlsx-worker_bg.wasm`).includes(marker), 'the worker writes workbooks');
  assert.ok(!readFileSync(`${app.root}/${main}`).includes(marker), 'the main wasm has no workbook writer');
  const sw = readFileSync(`${app.root}/sw.js`, 'utf8');
  for (const name of WORKER_FILES) assert.ok(sw.includes(`"/${name}"`), `sw.js precaches ${name}`);
  const index = readFileSync(`${app.root}/index.html`, 'utf8');
  assert.ok(!index.includes('inovda-xlsx-worker'), 'index.html does not load the worker');
});

test('the secretariat downloads the four CSV files and the XLSX recap, also offline', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await new AppPage(page).startAsSecretariat('Bappeda Litbang', 'Kabupaten Contoh', '2026');
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  await page.getByRole('button', { name: 'Muat data contoh' }).click();
  await page.getByText('Data contoh dimuat: 30 instansi, 24 inovasi.').waitFor();
  await storeSpdAnswers(page);

  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await page.getByRole('heading', { name: 'Dasbor kepatuhan 2026' }).waitFor();
  await page.getByTestId('per-agency').waitFor();
  await page.getByRole('heading', { name: 'Unduh rekap' }).waitFor();
  const units = (await page.getByTestId('per-agency').locator('tbody th').allTextContents()).map((s) => s.trim());
  assert.equal(units.length, 30);
  await assertNoSeriousA11yViolations(page, 'Dasbor with Unduh rekap');
  await ui.assertNoHorizontalScroll('Dasbor with Unduh rekap');

  // Rekap Instansi: one row per unit, the dashboard's names, decimal commas.
  const agencies = await download(page, 'Unduh CSV Rekap Instansi');
  assert.equal(agencies.name, 'rekap-instansi.csv');
  await page.getByText('Diunduh: rekap-instansi.csv').waitFor();
  const agencyRows = readCsv(agencies.bytes);
  assert.deepEqual(agencyRows[0].slice(0, 4), ['Instansi', 'Jenis', 'Aktif', 'Jumlah inovasi']);
  assert.equal(agencyRows.length, 31);
  assert.deepEqual(agencyRows.slice(1).map((row) => row[0]).sort(), [...units].sort());
  assert.equal(agencyRows.slice(1).reduce((sum, row) => sum + Number(row[3]), 0), 24);
  const claimed = agencyRows[0].indexOf('Kematangan klaim');
  const averages = agencyRows.slice(1).map((row) => row[claimed]).filter((value) => value !== '');
  assert.ok(averages.length > 0);
  for (const value of averages) assert.match(value, /^\d+,\d{2}$/);

  // Inovasi and Indikator: the year's 24 innovations, 20 indicators each.
  const innovations = readCsv((await download(page, 'Unduh CSV Inovasi')).bytes);
  assert.deepEqual(innovations[0].slice(0, 3), ['Nama Inovasi', 'Instansi', 'Tahapan']);
  assert.equal(innovations.length, 1 + 24);
  for (const row of innovations.slice(1)) {
    assert.ok(units.includes(row[1]), `${row[1]} is a unit of the region`);
    assert.match(row[innovations[0].indexOf('Kematangan Klaim')], /^\d+,\d{2}$/);
  }
  const indicators = await download(page, 'Unduh CSV Indikator');
  assert.equal(indicators.name, 'indikator.csv');
  assert.equal(readCsv(indicators.bytes).length, 1 + 24 * 20);

  // Proyeksi IID: the stored SPD answers count (3 × 1 + 2 × 1 points).
  const projection = await download(page, 'Unduh CSV Proyeksi IID');
  assert.equal(projection.name, 'proyeksi-iid.csv');
  const projectionRows = readCsv(projection.bytes);
  assert.deepEqual(projectionRows[0], ['Komponen', 'Klaim', 'Terverifikasi']);
  const line = (label) => projectionRows.find((row) => row[0] === label);
  assert.deepEqual(line('SPD'), ['SPD', '5,00', '5,00']);
  assert.deepEqual(line('Pembagi MAX(k, n)'), ['Pembagi MAX(k, n)', '24', '24']);
  assert.match(line('IID')[1], /^\d+,\d{2}$/);

  // The workbook: four sheets, the CSV headers, real numbers.
  const started = Date.now();
  const workbook = await download(page, 'Unduh rekap XLSX');
  console.log(`# XLSX (worker start + write) took ${Date.now() - started} ms`);
  assert.equal(workbook.name, 'rekap-2026.xlsx');
  await page.getByText('Diunduh: rekap-2026.xlsx').waitFor();
  assert.equal(workbook.bytes.subarray(0, 2).toString('latin1'), 'PK');
  const book = openWithOpenpyxl(workbook.path);
  assert.deepEqual(book.sheets, SHEETS);
  assert.deepEqual(book.rows['Rekap Instansi'][0], agencyRows[0]);
  assert.deepEqual(book.rows['Inovasi'][0], innovations[0]);
  assert.deepEqual(book.rows['Proyeksi IID'][0], projectionRows[0]);
  const sheetUnits = book.rows['Rekap Instansi'].slice(1);
  assert.deepEqual(sheetUnits.map((row) => row[0]).sort(), [...units].sort());
  for (const row of sheetUnits) assert.equal(typeof row[3], 'number', `Jumlah Inovasi of ${row[0]} is a number`);
  assert.equal(sheetUnits.reduce((sum, row) => sum + row[3], 0), 24);
  const decimals = sheetUnits.map((row) => row[claimed]).filter((value) => value !== null);
  assert.equal(decimals.length, averages.length);
  for (const value of decimals) assert.equal(typeof value, 'number');
  assert.deepEqual(decimals.sort(), averages.map(commaNumber).sort());
  const formats = book.formats['Rekap Instansi'].slice(1).map((row) => row[claimed]);
  assert.ok(formats.includes('0.00'), 'averages show two decimals');
  assert.equal(book.rows['Indikator'].length, 1 + 24 * 20);
  const sheetLine = (label) => book.rows['Proyeksi IID'].find((row) => row[0] === label);
  assert.deepEqual(sheetLine('SPD'), ['SPD', 5, 5]);
  assert.deepEqual(sheetLine('Pembagi MAX(k, n)'), ['Pembagi MAX(k, n)', 24, 24]);
  assert.equal(sheetLine('IID')[1], commaNumber(line('IID')[1]));

  // Offline: after the service worker is installed, a reload and the workbook need no network.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Unduh rekap' }).waitFor();
  const offline = await download(page, 'Unduh rekap XLSX');
  assert.equal(offline.name, 'rekap-2026.xlsx');
  const offlineBook = openWithOpenpyxl(offline.path);
  assert.deepEqual(offlineBook.sheets, SHEETS);
  assert.deepEqual(offlineBook.rows, book.rows);
  await context.setOffline(false);

  // In English, the buttons say what they download.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Download the recap' }).waitFor();
  await page.getByRole('button', { name: 'Download CSV Rekap Instansi' }).waitFor();
  await page.getByRole('button', { name: 'Download the XLSX recap' }).waitFor();
  await context.close();
});
