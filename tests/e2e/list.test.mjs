// Story: an officer with several innovations finds one by name, year, stage and status; each row
// shows stage, status, kematangan and how many items are still missing, in Indonesian or English.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage, brokenWords, overflowingText } from './support/app_page.mjs';
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

  // On a phone the filters fold to one line that says what they are set to; a tap opens them.
  const filters = page.getByTestId('filter-summary');
  assert.equal(await filters.textContent(), `Cari & saring: ${YEAR} · Semua tahapan · Semua status`);
  await filters.click();

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

test('on a phone the list of five starts on the first screen; Penilaian juri only for a juror', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Kelurahan Mangunharjo', 'Kota Probolinggo');
  await seed(page, ['Si Kepho', 'Sipintar', 'Kampung KB', 'Posyandu Ceria', 'Lapak Warga']
    .map((name) => innovationRecord({ name, agency: 'Kelurahan Mangunharjo', year: YEAR })));
  await page.reload();
  await page.locator('.innovations > li').nth(4).waitFor();

  // "Inovasi baru" is the one primary action; the rest are plain links beside it.
  assert.equal(await page.locator('main button.primary').count(), 1);
  const links = page.getByRole('navigation', { name: 'Menu lainnya' });
  assert.deepEqual(await links.getByRole('link').allTextContents(), ['Ekspor', 'Impor', 'Serahkan ke nasional', 'Sampah']);
  // The storage banner takes one line until it is opened.
  const banner = page.getByTestId('persistence-banner');
  await banner.waitFor();
  assert.ok((await banner.boundingBox()).height < 50, 'the banner is one line');
  await banner.getByRole('button', { name: 'Selengkapnya' }).click();
  await banner.getByRole('button', { name: 'Ringkas' }).waitFor();
  assert.ok((await banner.boundingBox()).height > 50, 'opened, the banner shows all of its text');
  await banner.getByRole('button', { name: 'Ringkas' }).click();

  // The first innovation is whole on the first screen.
  const first = await page.locator('.innovations > li').first().boundingBox();
  assert.ok(first && first.y + first.height <= 640, `first innovation ends at ${first && first.y + first.height} px`);
  await ui.assertNoHorizontalScroll('list of five');
  assert.deepEqual(await brokenWords(page, 'main, .banners'), [], 'no word broken inside a word on the list');
  assert.deepEqual(await overflowingText(page, 'main, .banners'), [], 'no text wider than its box on the list');
  await context.close();
});

test('a long list is drawn fifty at a time; a search still finds every innovation', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAsSecretariat('Bappeda Kota Probolinggo', 'Kota Probolinggo', String(YEAR));
  const names = Array.from({ length: 120 }, (_, i) => `Inovasi ${String(i + 1).padStart(3, '0')}`);
  await seed(page, names.map((name) => innovationRecord({ name, year: YEAR, agency: 'Dinas Sosial' })));
  await page.reload();
  const rows = page.locator('.innovations > li');
  await page.getByTestId('list-count').getByText('Menampilkan 50 dari 120 inovasi.').waitFor();
  assert.equal(await rows.count(), 50);
  await page.getByRole('button', { name: 'Tampilkan 50 lagi' }).click();
  await page.getByTestId('list-count').getByText('Menampilkan 100 dari 120 inovasi.').waitFor();
  assert.equal(await rows.count(), 100);
  await page.getByRole('button', { name: 'Tampilkan 20 lagi' }).click();
  await rows.nth(119).waitFor();
  assert.equal(await page.getByTestId('list-count').count(), 0, 'everything drawn: no count, no button');
  // A search starts from the first page again and finds a row that was never drawn at first.
  await page.reload();
  await page.getByTestId('list-count').waitFor();
  await page.getByTestId('filter-summary').click();
  const drawn = await rows.locator('.name').allTextContents();
  const unseen = names.find((name) => !drawn.includes(name));
  await page.getByLabel('Cari nama inovasi').fill(unseen);
  await page.getByRole('link', { name: new RegExp(unseen) }).waitFor();
  assert.equal(await rows.count(), 1);
  await assertNoSeriousA11yViolations(page, 'a long list');
  await context.close();
});
