// Story: an officer with several innovations finds one by name, year, stage and status; each row
// shows stage, status, kematangan and how many items are still missing, in Indonesian or English.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const YEAR = new Date().getFullYear();

test('search and filters narrow the list; rows show kematangan and missing items', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Kesehatan', 'Kota Probolinggo');
  await seed(page, [
    innovationRecord({
      name: 'Si Kepho', stage: 'penerapan', year: 2026,
      indicators: [{ number: 16, claimed: 3 }, { number: 17, claimed: 2 }],
    }),
    innovationRecord({ name: 'Sipintar Sekolah', stage: 'uji_coba', status: 'diajukan' }),
    innovationRecord({ name: 'Kampung KB' }),
    innovationRecord({ name: 'Posyandu Lama', stage: 'penerapan', year: YEAR - 1 }),
  ]);
  await page.reload();
  const rows = page.locator('.innovations > li');
  const names = async () => (await rows.locator('.name').allTextContents()).sort();
  await page.getByRole('link', { name: /Sipintar Sekolah/ }).waitFor();

  // The current year is chosen by default: last year's innovation is not shown.
  assert.equal(await page.getByLabel('Tahun').inputValue(), String(YEAR));
  const expectedThisYear = ['Kampung KB', 'Sipintar Sekolah', ...(YEAR === 2026 ? ['Si Kepho'] : [])].sort();
  assert.deepEqual(await names(), expectedThisYear);
  await page.getByLabel('Tahun').selectOption({ label: 'Semua tahun' });
  assert.equal(await rows.count(), 4);

  // A row: stage, status, kematangan in Indonesian notation, missing items, the long date.
  const kepho = page.getByRole('link', { name: /Si Kepho/ });
  const text = await kepho.textContent();
  assert.match(text, /Penerapan · Draf · 2026/);
  assert.match(text, /Kematangan 13,00/);
  assert.match(text, /\d+ hal belum lengkap/);
  assert.match(text, /Disimpan \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2}/);

  // Search by name, case-insensitive.
  await page.getByLabel('Cari nama inovasi').fill('si');
  assert.deepEqual(await names(), ['Si Kepho', 'Sipintar Sekolah']);
  await page.getByLabel('Cari nama inovasi').fill('KEPHO');
  assert.deepEqual(await names(), ['Si Kepho']);
  await page.getByLabel('Cari nama inovasi').fill('tidak ada');
  await page.getByText('Tidak ada inovasi yang cocok dengan pencarian atau filter.').waitFor();
  await page.getByLabel('Cari nama inovasi').fill('');

  // Stage, status and year filters.
  await page.getByLabel('Tahapan', { exact: true }).selectOption({ label: 'Uji Coba' });
  assert.deepEqual(await names(), ['Sipintar Sekolah']);
  await page.getByLabel('Tahapan', { exact: true }).selectOption({ label: 'Tahapan belum dipilih' });
  assert.deepEqual(await names(), ['Kampung KB']);
  await page.getByLabel('Tahapan', { exact: true }).selectOption({ label: 'Semua tahapan' });
  await page.getByLabel('Status').selectOption({ label: 'Diajukan' });
  assert.deepEqual(await names(), ['Sipintar Sekolah']);
  await page.getByLabel('Status').selectOption({ label: 'Semua status' });
  await page.getByLabel('Tahun').selectOption(String(YEAR - 1));
  assert.deepEqual(await names(), ['Posyandu Lama']);
  await page.getByLabel('Tahun').selectOption({ label: 'Semua tahun' });

  await ui.assertNoHorizontalScroll('filtered list');
  await assertNoSeriousA11yViolations(page, 'list');

  // English: the same facts in English notation.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Search by name').waitFor();
  const english = await page.getByRole('link', { name: /Si Kepho/ }).textContent();
  assert.match(english, /Implementation · Draft · 2026/);
  assert.match(english, /Maturity \(kematangan\) 13\.00/);
  assert.match(english, /\d+ missing/);
  assert.match(english, /Saved \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}/);
  await ui.assertNoHorizontalScroll('list in English');
  await assertNoSeriousA11yViolations(page, 'list in English');
  await context.close();
});
