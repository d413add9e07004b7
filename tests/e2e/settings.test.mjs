// Story: an officer opens Pengaturan from the header, sees how much the app stores and whether the
// browser keeps it for good, asks for persistent storage, edits the agency profile and the language.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/**
 * Headless Chromium never grants persistent storage, so the test plays the browser: the first
 * request (the automatic one when the first innovation opens) is refused, the next one is granted.
 * Requests are counted in `window.persistRequests`, kept in sessionStorage like the browser's own
 * answer, so they survive the page loads between the app's two modules.
 */
function fakePersistence() {
  const count = () => Number(sessionStorage.getItem('fake.persistRequests') || 0);
  Object.defineProperty(window, 'persistRequests', { get: count });
  Object.defineProperty(navigator.storage, 'persisted', { value: async () => count() >= 2 });
  Object.defineProperty(navigator.storage, 'persist', {
    value: async () => {
      sessionStorage.setItem('fake.persistRequests', String(count() + 1));
      return count() >= 2;
    },
  });
}

const USAGE = /^Terpakai \d+(,\d)? (B|KB|MB|GB|TB) dari \d+(,\d)? (B|KB|MB|GB|TB) \(\d+%\)$/;

test('Pengaturan shows storage and persistence, asks once automatically, edits the profile', async () => {
  const context = await app.newContext();
  await context.addInitScript(fakePersistence);
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Kesehatan', 'Kota Probolinggo');

  // Opening the first innovation asks for persistence once; later ones do not ask again.
  await page.getByRole('button', { name: 'Inovasi baru' }).click();
  await page.waitForURL(/\/inovasi\//);
  await page.waitForFunction(() => window.persistRequests === 1);
  await page.goBack();
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  await page.getByTestId('persistence-banner').getByText('Penyimpanan belum permanen').waitFor();
  await page.getByRole('button', { name: 'Inovasi baru' }).click();
  await page.waitForURL(/\/inovasi\//);
  await page.goBack();
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  assert.equal(await page.evaluate(() => window.persistRequests), 1);

  // Pengaturan from the header: usage, quota and the persistence state.
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  await page.getByTestId('storage-usage').getByText(USAGE).waitFor();
  await page.getByText('Penyimpanan permanen: belum.').waitFor();
  await ui.assertNoHorizontalScroll('Pengaturan');
  await assertNoSeriousA11yViolations(page, 'Pengaturan');
  await page.getByRole('button', { name: 'Minta penyimpanan permanen' }).click();
  await page.getByText('Penyimpanan sekarang permanen.').waitFor();
  await page.getByText('Penyimpanan permanen: ya.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Minta penyimpanan permanen' }).count(), 0);
  await page.getByTestId('persistence-banner').waitFor({ state: 'detached' });

  // The profile: prefilled, validated, saved, shown on the list.
  assert.equal(await page.getByLabel('Nama Instansi').inputValue(), 'Dinas Kesehatan');
  assert.equal(await page.getByLabel('Nama Pemda').inputValue(), 'Kota Probolinggo');
  await page.getByLabel('Nama Pemda').fill('');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByText('Nama Pemda wajib diisi.').waitFor();
  await page.getByLabel('Nama Instansi').fill('Dinas Kesehatan, Pengendalian Penduduk dan KB');
  await page.getByLabel('Nama Pemda').fill('Kabupaten Probolinggo');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByText('Profil tersimpan.').waitFor();
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByText('Dinas Kesehatan, Pengendalian Penduduk dan KB').waitFor();
  await page.getByText('Kabupaten Probolinggo').waitFor();

  // A cold start on /pengaturan reads the stored profile; the language can be chosen there.
  await page.goto(new URL('/pengaturan', app.url).href);
  await page.getByLabel('Nama Instansi').waitFor();
  await page.waitForFunction(() => document.getElementById('settings-agency').value !== '');
  assert.equal(await page.getByLabel('Nama Instansi').inputValue(), 'Dinas Kesehatan, Pengendalian Penduduk dan KB');
  await page.getByLabel('Bahasa tampilan').selectOption({ label: 'English' });
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await page.getByTestId('storage-usage').getByText(/^\d+(\.\d)? (B|KB|MB|GB|TB) used of \d+(\.\d)? (B|KB|MB|GB|TB) \(\d+%\)$/).waitFor();
  await page.getByText('Persistent storage: yes.').waitFor(); // granted above; the browser remembers
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await ui.assertNoHorizontalScroll('Settings in English');
  await assertNoSeriousA11yViolations(page, 'Settings in English');
  await page.getByLabel('Display language').selectOption({ label: 'Bahasa Indonesia' });
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  await context.close();
});

test('the region\'s time zone from Pengaturan names every time on screen', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Kominfo', 'Kota Makassar');
  // Saved at 23.30 UTC on 1 December: 06.30 WIB, 07.30 WITA on 2 December.
  await seed(page, [innovationRecord({ name: 'Lontara Digital', agency: 'Dinas Kominfo', region: 'Kota Makassar',
    updated_at: '2026-12-01T23:30:00Z' })]);
  await page.reload();
  const saved = page.locator('li.innovation', { hasText: 'Lontara Digital' }).locator('.saved');
  await saved.getByText('Disimpan 2 Desember 2026 06.30 WIB').waitFor();

  await page.getByRole('link', { name: 'Pengaturan' }).click();
  const zone = page.getByLabel('Zona waktu wilayah');
  assert.match(await zone.locator('option:checked').textContent(), /^WIB \(UTC\+7\)/);
  await zone.selectOption({ label: 'WITA (UTC+8) — Bali, Nusa Tenggara, Kalimantan lainnya, Sulawesi' });
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByText('Profil tersimpan.').waitFor();
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await saved.getByText('Disimpan 2 Desember 2026 07.30 WITA').waitFor();
  // Kept on the device: a reload still shows WITA.
  await page.reload();
  await saved.getByText('Disimpan 2 Desember 2026 07.30 WITA').waitFor();
  await context.close();
});
