// Story: Kiriman otomatis with the real relay (`inovda serve`, SQLite). The secretariat enrols
// its region in Pengaturan with the operator's one-time code and shares its config file once.
// Two agencies pick their unit from it, go offline, write and submit (Ajukan) an innovation each:
// the list says "Menunggu jaringan". Back online, both bundles leave by themselves; the
// secretariat finds them on Impor under "Kiriman masuk lewat relay" and imports them through the
// same preview as files, without touching a file; the agencies then read "Diterima sekretariat".
// The secretariat verifies one innovation and presses "Kirim ke semua instansi lewat relay"; the
// agency receives the feedback the same way and reads the verdict. The relay's stored bytes hold
// no plaintext of the evidence. Then the local award: the secretariat picks the health office's
// phone as its juror's device and sends the package with one press; the juror scores and the
// sheet comes back through the relay into the round.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { addUnitsAndMakeConfig, pickUnit, writeSubmittableInnovation } from './support/agency.mjs';
import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startRelayApp } from './support/relay.mjs';

let app;
before(async () => { app = await startRelayApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kota Probolinggo';
const SECRETARIAT = 'Bappeda Kota Probolinggo';
const UNITS = [['Dinas Kesehatan', 'Dinas'], ['Dinas Pendidikan', 'Dinas']];
const LAPTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };

/** Every file under `dir`. */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** An agency's phone: picks its unit from the config file, then writes and submits offline. */
async function agencySubmitsOffline(configFile, unit, innovation) {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs(unit, REGION);
  await pickUnit(ui, configFile, unit, REGION);
  // The config named the relay: Pengaturan shows it, and the device joins while online.
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByTestId('relay-url').getByText(app.url.replace(/\/$/, '')).waitFor();
  await page.getByTestId('relay-connected').getByText('Terhubung').waitFor();
  await ui.assertNoHorizontalScroll('Pengaturan with a relay');

  await context.setOffline(true);
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await ui.newInnovation();
  await writeSubmittableInnovation(page, innovation);
  await ui.waitSaved();
  await page.getByRole('button', { name: 'Ajukan' }).click();
  await page.getByText('Dikirim otomatis ke sekretariat lewat relay saat ada jaringan.').waitFor();
  // Where the browser has Background Sync, the outbox asked the service worker for one.
  const syncTags = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.sync ? registration.sync.getTags() : null;
  });
  assert.deepEqual(syncTags, ['inovda-relay']);
  await ui.backToList();
  const delivery = page.locator('li.innovation', { hasText: innovation }).getByTestId('delivery');
  await delivery.getByText('Menunggu jaringan untuk dikirim').waitFor();
  return { context, page, ui, delivery };
}

test('two agencies submit offline; back online the secretariat receives both through the relay, and the feedback comes back the same way', async () => {
  // The secretariat on a laptop: role, enrolment on the relay, two units, the config file.
  const officeContext = await app.newContext(LAPTOP);
  const office = await officeContext.newPage();
  const officeUi = new AppPage(office);
  await office.goto(app.url);
  await officeUi.startAsSecretariat(SECRETARIAT, REGION, '2026');
  await office.getByRole('link', { name: 'Pengaturan' }).click();
  await office.getByRole('heading', { name: 'Kiriman otomatis (relay)' }).waitFor();
  // A wrong code is refused by the relay with its reason, in Indonesian.
  await office.getByLabel('Alamat relay').fill(app.url);
  await office.getByLabel('Kode pendaftaran').fill('AAAA-BBBB-CCCC-DDDD');
  await office.getByRole('button', { name: 'Daftarkan wilayah' }).click();
  await office.getByText(/^Kode pendaftaran salah, sudah dipakai atau kedaluwarsa/).waitFor();
  await office.getByLabel('Kode pendaftaran').fill(app.code);
  await office.getByRole('button', { name: 'Daftarkan wilayah' }).click();
  await office.getByTestId('relay-connected').getByText('Terhubung').waitFor();
  await assertNoSeriousA11yViolations(office, 'Pengaturan, relay');

  await office.getByRole('link', { name: '← Daftar inovasi' }).click();
  await office.getByRole('link', { name: 'Daftar instansi' }).click();
  const configFile = await addUnitsAndMakeConfig(office, UNITS);

  // Two agencies submit while offline.
  const health = await agencySubmitsOffline(configFile, 'Dinas Kesehatan', 'Antar Obat Keliling');
  const school = await agencySubmitsOffline(configFile, 'Dinas Pendidikan', 'Rapor Digital');

  // Back online: the bundles leave by themselves.
  await health.context.setOffline(false);
  await school.context.setOffline(false);
  await health.delivery.getByText(/^Terkirim \d+ Desember 2026 \d{2}\.\d{2} WIB$/).waitFor();
  await school.delivery.getByText(/^Terkirim /).waitFor();

  // The relay keeps only ciphertext: no stored byte run equals the evidence's text.
  const stored = filesUnder(join(app.data, 'bundles')).map((path) => readFileSync(path));
  assert.ok(stored.length >= 2, 'both sealed bundles are on the relay');
  for (const bytes of stored) {
    assert.equal(bytes.includes('SK Antar Obat Keliling'), false, 'no evidence text in a stored bundle');
    assert.equal(bytes.includes('Mempercepat layanan bagi warga'), false, 'no profile text in a stored bundle');
  }

  // The secretariat opens Impor: both arrived; one press puts them through the usual preview.
  await office.goto(`${app.url}impor`);
  await office.getByTestId('relay-inbox-count').getByText('2 kiriman masuk menunggu ditinjau di Impor.').waitFor();
  await office.getByRole('region', { name: 'Kiriman masuk lewat relay' }).getByText('Dinas Kesehatan').waitFor();
  await office.getByRole('button', { name: 'Tinjau kiriman masuk' }).click();
  await office.getByRole('button', { name: 'Impor', exact: true }).click();
  await office.getByText(/^Impor selesai: 2 baru/).waitFor();
  await office.getByTestId('relay-inbox-count').getByText('Belum ada kiriman baru.').waitFor();
  await officeUi.assertNoHorizontalScroll('Impor after the relay');

  // The agencies read the receipt on their next sync (every minute; here "Sinkronkan sekarang").
  await health.page.getByRole('link', { name: 'Pengaturan' }).click();
  const received = health.page.getByTestId('relay-outbox').getByText('Kiriman: 0 menunggu, 0 terkirim, 1 diterima');
  for (let attempt = 0; attempt < 10 && !(await received.isVisible()); attempt += 1) {
    await health.page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await health.page.waitForTimeout(500);
  }
  await received.waitFor();
  await health.page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await health.page.locator('li.innovation', { hasText: 'Antar Obat Keliling' }).getByTestId('delivery')
    .getByText(/^Diterima sekretariat \d+ Desember 2026 \d{2}\.\d{2} WIB$/).waitFor();

  // The secretariat verifies one innovation and sends feedback to every unit in one press.
  await office.getByRole('link', { name: '← Daftar inovasi' }).click();
  await office.getByRole('link', { name: 'Verifikasi', exact: true }).click();
  const healthGroup = office.getByRole('region', { name: 'Dinas Kesehatan' });
  await healthGroup.getByRole('link', { name: 'Antar Obat Keliling' }).click();
  await office.locator('section.review-indicator').nth(19).waitFor();
  await office.getByLabel('Status verifikasi').selectOption({ label: 'Diverifikasi' });
  await office.getByRole('button', { name: 'Simpan hasil verifikasi' }).click();
  await office.getByText('Hasil verifikasi disimpan.').waitFor();
  await office.getByRole('link', { name: '← Verifikasi' }).click();
  await office.getByRole('button', { name: 'Kirim ke semua instansi lewat relay' }).click();
  await office.getByTestId('send-all-outcome').getByText('Masuk antrean relay untuk 1 instansi.').waitFor();

  // The agency's next sync brings it; Impor shows it like a file and imports it.
  await health.page.goto(`${app.url}impor`);
  const arrived = health.page.getByTestId('relay-inbox-count').getByText('1 kiriman masuk menunggu ditinjau di Impor.');
  for (let attempt = 0; attempt < 10 && !(await arrived.isVisible()); attempt += 1) {
    await health.page.getByRole('button', { name: 'Periksa kiriman baru' }).click();
    await health.page.waitForTimeout(500);
  }
  await arrived.waitFor();
  await health.ui.assertNoHorizontalScroll('Impor with a relay inbox on a phone');
  // In English too, as every text of the panel.
  await health.page.getByRole('button', { name: 'English' }).click();
  await health.page.getByTestId('relay-inbox-count').getByText('1 bundle waiting to be reviewed in Impor.').waitFor();
  await health.page.getByRole('button', { name: 'Review what arrived' }).waitFor();
  await health.page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await health.page.getByRole('button', { name: 'Tinjau kiriman masuk' }).click();
  await health.page.getByRole('button', { name: 'Impor', exact: true }).click();
  await health.page.getByText(/^Impor selesai/).waitFor();
  await health.page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await health.page.getByTestId('verdict-badge').getByText('Verifikasi: Diverifikasi').waitFor();

  // The local award travels the same way. The secretariat picks the health office's phone as
  // the juror's device and sends the package with one press.
  await office.goto(`${app.url}penghargaan`);
  await office.getByLabel('Nama penghargaan').fill('Anugerah Inovasi 2026');
  await office.getByRole('button', { name: 'Buat penghargaan' }).click();
  await office.getByRole('heading', { name: 'Anugerah Inovasi 2026' }).waitFor();
  await office.getByLabel('Kematangan terverifikasi minimal').fill('0');
  await office.getByLabel('Nama juri', { exact: true }).fill('Dr. Sari');
  await office.getByRole('button', { name: 'Tambah juri' }).click();
  await office.getByRole('button', { name: 'Ambil entri dari inovasi terverifikasi' }).click();
  await office.getByText('1 entri diambil. Tekan Simpan untuk menyimpan.').waitFor();
  await office.getByRole('button', { name: 'Simpan penghargaan' }).click();
  await office.getByText('Tersimpan', { exact: true }).waitFor();
  const device = office.getByLabel('Perangkat relay untuk Dr. Sari');
  await device.locator('option', { hasText: /^Dinas Kesehatan · [0-9a-f]{8}$/ }).waitFor({ state: 'attached' });
  assert.equal(await device.locator('option').count(), 3,
    'no relay, and the two agencies\' devices (the secretariat is not a juror device)');
  await device.selectOption({ label: await device.locator('option', { hasText: 'Dinas Kesehatan' }).textContent() });
  await assertNoSeriousA11yViolations(office, 'Penghargaan with relay devices');
  await office.reload();
  assert.match(await office.locator('#award-device-juri-1 option:checked').textContent(), /^Dinas Kesehatan · /, 'the pick is kept');
  await office.getByRole('button', { name: 'Kirim paket ke semua juri lewat relay' }).click();
  await office.getByText('Paket untuk 1 juri masuk antrean relay.').waitFor();
  await office.locator('.award-juror-bundle', { hasText: 'Dr. Sari' }).getByTestId('delivery').getByText(/^Terkirim /).waitFor();

  // The juror's phone receives it on Impor, keeps it, scores and sends the sheet back.
  await health.page.goto(`${app.url}impor`);
  const package_ = health.page.getByTestId('relay-inbox-count').getByText('1 kiriman masuk menunggu ditinjau di Impor.');
  for (let attempt = 0; attempt < 10 && !(await package_.isVisible()); attempt += 1) {
    await health.page.getByRole('button', { name: 'Periksa kiriman baru' }).click();
    await health.page.waitForTimeout(500);
  }
  await health.page.getByRole('button', { name: 'Tinjau kiriman masuk' }).click();
  await health.page.getByText('Penilaian «Anugerah Inovasi 2026» dari Bappeda Kota Probolinggo untuk juri Dr. Sari: 1 inovasi.').waitFor();
  await health.page.getByRole('button', { name: 'Impor', exact: true }).click();
  await health.page.getByText('Bundel penilaian disimpan.').waitFor();
  await health.page.getByRole('link', { name: 'Buka penilaian juri' }).click();
  const entry = health.page.getByRole('group', { name: /Antar Obat Keliling/ });
  for (const label of ['Kebaruan (30%)', 'Kemanfaatan (25%)', 'Kewenangan daerah & kolaborasi (15%)',
    'Replikasi & aplikatif (20%)', 'Penguasaan materi & kualitas penyajian (10%)']) {
    await entry.getByLabel(label).fill('80');
  }
  await health.page.getByRole('button', { name: 'Unduh lembar nilai sebagai berkas' }).waitFor();
  await health.page.getByRole('button', { name: 'Kirim lembar nilai lewat relay' }).click();
  await health.page.getByText('Lembar nilai masuk antrean relay dan terkirim sendiri ke sekretariat begitu ada jaringan.').waitFor();
  await health.page.getByTestId('delivery').getByText(/^Terkirim /).waitFor();
  await health.ui.assertNoHorizontalScroll('Penilaian juri with a relay');
  // A device that holds a package offers "Penilaian juri" on its list.
  await health.page.goto(app.url);
  await health.page.getByRole('navigation', { name: 'Menu lainnya' }).getByRole('link', { name: 'Penilaian juri' }).waitFor();

  // The secretariat's Impor brings the sheet into the round.
  await office.goto(`${app.url}impor`);
  const sheet = office.getByTestId('relay-inbox-count').getByText('1 kiriman masuk menunggu ditinjau di Impor.');
  for (let attempt = 0; attempt < 10 && !(await sheet.isVisible()); attempt += 1) {
    await office.getByRole('button', { name: 'Periksa kiriman baru' }).click();
    await office.waitForTimeout(500);
  }
  await office.getByRole('button', { name: 'Tinjau kiriman masuk' }).click();
  await office.getByRole('button', { name: 'Impor', exact: true }).click();
  await office.getByText('Lembar nilai disimpan untuk «Anugerah Inovasi 2026».').waitFor();
  await office.getByRole('link', { name: 'Buka penghargaan' }).click();
  await office.getByText('Lembar nilai diterima dari: Dr. Sari').waitFor();

  await Promise.all([officeContext.close(), health.context.close(), school.context.close()]);
});
