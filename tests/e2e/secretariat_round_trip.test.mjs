// Story: the whole verification round trip between a secretariat and its agencies, each on its
// own device (browser context). The secretariat lists three units and sends the config bundle;
// two agencies pick their unit, write and submit an innovation and send their bundles; the
// secretariat imports both, sees "2 dari 3 instansi" with the missing unit named, reviews one
// innovation (one indicator lowered with a note, "perlu revisi" with a reason) and sends that
// agency its feedback bundle; the agency sees the verdict, the reason and the lowered indicator.
// The secretariat's XLSX recap, opened with openpyxl, has the three units, both innovations and
// the verdict. The agency then fixes and re-submits; the secretariat sees what changed since its review.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { AppPage, brokenWords } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { addUnitsAndMakeConfig, asFile, pickUnit, writeSubmittableInnovation } from './support/agency.mjs';
import { pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';
import { openWithOpenpyxl } from './support/xlsx.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kota Probolinggo';
const SECRETARIAT = 'Bappeda Kota Probolinggo';
const UNITS = [['Dinas Kesehatan', 'Dinas'], ['Dinas Pendidikan', 'Dinas'], ['Kecamatan Kademangan', 'Kecamatan']];

/** An agency's device: imports the config bundle, picks its unit, writes, submits, exports. */
async function agencyDevice(configFile, unit, innovationName) {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs(unit, REGION);
  await pickUnit(ui, configFile, unit, REGION);
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await ui.newInnovation();
  await writeSubmittableInnovation(page, innovationName);
  await ui.waitSaved();
  await page.getByRole('button', { name: 'Ajukan' }).click();
  await page.getByText('Inovasi diajukan. Isian kini hanya bisa dibaca.').waitFor();
  await ui.backToList();
  const bundle = await asFile(await ui.exportBundle());
  // The config named the secretariat's key: the file is locked for it (a sealed bundle whose
  // only readable parts are the envelope), and the secretariat opens it on Impor as usual.
  assert.equal(bundle.buffer.subarray(30, 41).toString(), 'payload.age', 'the exported file is sealed');
  assert.equal(bundle.buffer.includes(innovationName), false, 'no profile text readable in the file');
  return { context, page, ui, bundle };
}

/** The secretariat imports bundle files on Impor and waits for the result. */
async function importBundles(page, ui, files) {
  await page.goto(`${app.url}impor`);
  await ui.chooseBundles(files);
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.getByText(/^Impor selesai:/).waitFor();
}

test('the secretariat reviews an agency\'s innovation and the agency reads the verdict; a re-submission shows what changed', async () => {
  // The secretariat: role, three units, the config bundle.
  const secretariatContext = await app.newContext();
  const secretariat = await secretariatContext.newPage();
  const office = new AppPage(secretariat);
  await secretariat.goto(app.url);
  await new AppPage(secretariat).startAsSecretariat(SECRETARIAT, REGION, '2026');
  await secretariat.getByRole('link', { name: 'Daftar instansi' }).click();
  const configFile = await addUnitsAndMakeConfig(secretariat, UNITS);

  // Two agencies, each on its own device, submit one innovation each.
  const health = await agencyDevice(configFile, 'Dinas Kesehatan', 'Antar Obat Keliling');
  const school = await agencyDevice(configFile, 'Dinas Pendidikan', 'Rapor Digital');

  // The secretariat imports both bundles; the dashboard names the unit still missing.
  await importBundles(secretariat, office, [health.bundle, school.bundle]);
  await secretariat.getByRole('link', { name: '← Daftar inovasi' }).click();
  await secretariat.getByRole('link', { name: 'Dasbor', exact: true }).click();
  await secretariat.getByTestId('headline').getByText('2 dari 3 instansi sudah punya inovasi').waitFor();
  await secretariat.locator('dl.without').getByText('Kecamatan Kademangan').waitFor();

  // Verifikasi: both innovations, grouped by agency, not reviewed yet.
  await secretariat.getByRole('link', { name: '← Daftar inovasi' }).click();
  await secretariat.getByRole('link', { name: 'Verifikasi', exact: true }).click();
  await secretariat.getByRole('heading', { name: 'Verifikasi inovasi tahun 2026' }).waitFor();
  const healthGroup = secretariat.getByRole('region', { name: 'Dinas Kesehatan' });
  const schoolGroup = secretariat.getByRole('region', { name: 'Dinas Pendidikan' });
  await healthGroup.getByRole('link', { name: 'Antar Obat Keliling' }).waitFor();
  await schoolGroup.getByRole('link', { name: 'Rapor Digital' }).waitFor();
  assert.equal(await healthGroup.getByTestId('review-state').textContent(), 'Belum diperiksa');
  assert.equal(await secretariat.getByRole('region', { name: 'Kecamatan Kademangan' }).count(), 0);
  await office.assertNoHorizontalScroll('Verifikasi');
  await assertNoSeriousA11yViolations(secretariat, 'Verifikasi');

  // Nothing reviewed yet: no feedback bundle for the agency.
  await healthGroup.getByRole('button', { name: /Unduh bundel umpan balik/ }).click();
  await healthGroup.getByText('Belum ada hasil verifikasi untuk instansi ini').waitFor();

  // The review: every indicator starts at the claim; indicator 17 is lowered with a note.
  await healthGroup.getByRole('link', { name: 'Antar Obat Keliling' }).click();
  await secretariat.getByRole('heading', { name: 'Periksa inovasi' }).waitFor();
  // The heading comes before the loaded review: wait for its last indicator, then count.
  await secretariat.locator('section.review-indicator').nth(19).waitFor();
  assert.equal(await secretariat.locator('section.review-indicator').count(), 20);
  const sk = secretariat.getByRole('region', { name: /^17\. / });
  await sk.locator('.file-name', { hasText: 'SK Tim Inovasi.pdf' }).waitFor();
  assert.match(await sk.getByTestId('claimed').textContent(), /^Level klaim: 3 — /);
  assert.equal(await sk.getByLabel('Level terverifikasi').inputValue(), '3');
  const [evidence] = await Promise.all([
    secretariat.waitForEvent('download'),
    sk.getByRole('button', { name: 'Unduh SK Tim Inovasi.pdf' }).click(),
  ]);
  assert.deepEqual(readFileSync(await evidence.path()), pdfBuffer('SK Antar Obat Keliling'));
  const claimed = await secretariat.getByTestId('maturity-claimed').textContent();
  assert.equal(await secretariat.getByTestId('maturity-verified').textContent(), claimed);
  await sk.getByLabel('Level terverifikasi').selectOption('1');
  await sk.getByLabel('Catatan verifikasi').fill('SK belum ditandatangani kepala dinas.');
  assert.notEqual(await secretariat.getByTestId('maturity-verified').textContent(), claimed);

  // Perlu revisi needs a reason: core's finding shows under the field, nothing is saved.
  await secretariat.getByLabel('Status verifikasi').selectOption({ label: 'Perlu revisi' });
  await secretariat.getByRole('button', { name: 'Simpan hasil verifikasi' }).click();
  await secretariat.locator('.field .issue', { hasText: 'Tuliskan alasan untuk perlu revisi atau ditolak.' }).waitFor();
  await office.assertNoHorizontalScroll('review page');
  await assertNoSeriousA11yViolations(secretariat, 'review page with a finding');
  await secretariat.getByLabel('Alasan').fill('Lengkapi SK yang sudah ditandatangani.');
  await secretariat.getByRole('button', { name: 'Simpan hasil verifikasi' }).click();
  await secretariat.getByText('Hasil verifikasi disimpan.').waitFor();
  assert.equal(
    await secretariat.getByTestId('maturity-saved').textContent(),
    await secretariat.getByTestId('maturity-verified').textContent(),
  );

  // The list says so; the feedback bundle for the agency downloads and is logged.
  await secretariat.getByRole('link', { name: '← Verifikasi' }).click();
  await healthGroup.getByTestId('review-state').getByText('Perlu revisi').waitFor();
  assert.equal(await schoolGroup.getByTestId('review-state').textContent(), 'Belum diperiksa');
  const [feedbackDownload] = await Promise.all([
    secretariat.waitForEvent('download'),
    healthGroup.getByRole('button', { name: /Unduh bundel umpan balik/ }).click(),
  ]);
  await healthGroup.getByText(`Bundel umpan balik diunduh: ${feedbackDownload.suggestedFilename()}`).waitFor();
  await healthGroup.getByText(/^Terakhir diunduh: /).waitFor();

  // The agency imports the feedback and reads the verdict on its innovation.
  const agency = health.page;
  await importBundles(agency, health.ui, [await asFile(feedbackDownload)]);
  await agency.getByRole('link', { name: '← Daftar inovasi' }).click();
  await agency.getByTestId('verdict-badge').getByText('Verifikasi: Perlu revisi').waitFor();
  await agency.getByRole('link', { name: /Antar Obat Keliling/ }).click();
  const feedback = agency.getByTestId('feedback');
  await feedback.getByTestId('feedback-status').getByText('Perlu revisi').waitFor();
  await feedback.getByTestId('feedback-reason').getByText('Lengkapi SK yang sudah ditandatangani.').waitFor();
  const toFix = feedback.getByTestId('to-fix');
  await toFix.locator('li').first().waitFor();
  assert.equal(await toFix.locator('li').count(), 1);
  assert.match(
    await toFix.locator('li').textContent(),
    /^17\. .+: klaim 3, terverifikasi 1 — SK belum ditandatangani kepala dinas\.$/,
  );
  await health.ui.assertNoHorizontalScroll('editor with the verdict');
  // On the phone each indicator's verified level is in view, and no word breaks inside a word.
  const loweredRow = feedback.locator('tr.lowered');
  const verifiedCell = await loweredRow.locator('td.verified').boundingBox();
  assert.ok(verifiedCell && verifiedCell.x + verifiedCell.width <= 360, `Level terverifikasi in view (${JSON.stringify(verifiedCell)})`);
  assert.equal(await loweredRow.locator('td.verified').getAttribute('data-label'), 'Level terverifikasi');
  assert.deepEqual(await brokenWords(agency, '[data-testid=feedback]'), [], 'no word broken inside a word in the verdict');
  await assertNoSeriousA11yViolations(agency, 'editor with the verdict');

  // The recap workbook, as Excel users get it: three units, both innovations, the verdict.
  await secretariat.goto(`${app.url}dasbor`);
  await secretariat.getByTestId('headline').getByText('2 dari 3 instansi sudah punya inovasi').waitFor();
  const [workbook] = await Promise.all([
    secretariat.waitForEvent('download', { timeout: 60_000 }),
    secretariat.getByRole('button', { name: 'Unduh rekap XLSX', exact: true }).click(),
  ]);
  const savedDir = mkdtempSync(join(tmpdir(), 'inovda-round-trip-'));
  const workbookPath = join(savedDir, workbook.suggestedFilename());
  await workbook.saveAs(workbookPath);
  const book = openWithOpenpyxl(workbookPath);
  rmSync(savedDir, { recursive: true, force: true });
  assert.deepEqual(book.sheets, ['Rekap Instansi', 'Inovasi', 'Indikator', 'Proyeksi IID']);
  const units = book.rows['Rekap Instansi'];
  const count = units[0].indexOf('Jumlah inovasi');
  assert.deepEqual(
    units.slice(1).map((row) => [row[0], row[count]]).sort(),
    [['Dinas Kesehatan', 1], ['Dinas Pendidikan', 1], ['Kecamatan Kademangan', 0]],
  );
  const listed = book.rows['Inovasi'];
  const column = (name) => listed[0].indexOf(name);
  const byName = new Map(listed.slice(1).map((row) => [row[column('Nama Inovasi')], row]));
  assert.deepEqual([...byName.keys()].sort(), ['Antar Obat Keliling', 'Rapor Digital']);
  assert.equal(byName.get('Antar Obat Keliling')[column('Instansi')], 'Dinas Kesehatan');
  assert.match(String(byName.get('Antar Obat Keliling')[column('Status')]), /perlu revisi/i);
  assert.equal(typeof byName.get('Antar Obat Keliling')[column('Kematangan Terverifikasi')], 'number');
  const indicators = book.rows['Indikator'];
  const at = (name) => indicators[0].indexOf(name);
  const lowered = indicators.find(
    (row) => row[at('Nama Inovasi')] === 'Antar Obat Keliling' && String(row[at('Indikator')]).startsWith('17'),
  );
  assert.ok(lowered, 'indicator 17 of Antar Obat Keliling is in the Indikator sheet');
  assert.deepEqual(
    [Number(lowered[at('Level Klaim')]), Number(lowered[at('Level Terverifikasi')]), lowered[at('Catatan Verifikasi')]],
    [3, 1, 'SK belum ditandatangani kepala dinas.'],
  );

  // The agency reopens, fixes and re-submits; the secretariat sees what changed since its review.
  await agency.getByRole('button', { name: 'Buka kembali' }).click();
  await agency.getByText('Dibuka kembali sebagai revisi baru.').waitFor();
  await feedback.getByText(/Inovasi sudah diubah sejak revisi yang diperiksa/).waitFor();
  await agency.locator('#indicator-17').getByLabel('Catatan', { exact: true }).fill('SK sudah ditandatangani.');
  await agency.getByLabel('Nama Inovasi').fill('Antar Obat Keliling Plus');
  await health.ui.waitSaved();
  await agency.getByRole('button', { name: 'Ajukan' }).click();
  await agency.getByText('Inovasi diajukan. Isian kini hanya bisa dibaca.').waitFor();
  await health.ui.backToList();
  const resubmitted = await asFile(await health.ui.exportBundle());

  await importBundles(secretariat, office, [resubmitted]);
  await secretariat.goto(`${app.url}verifikasi`);
  await healthGroup.getByTestId('review-state')
    .getByText('Revisi baru sejak diperiksa (revisi 1: perlu revisi)').waitFor();
  await healthGroup.getByRole('link', { name: 'Antar Obat Keliling Plus' }).click();
  const changes = secretariat.getByTestId('changes-since');
  await secretariat.getByRole('heading', { name: 'Yang berubah sejak revisi 1 yang diperiksa' }).waitFor();
  await changes.locator('li', { hasText: 'Nama Inovasi' }).getByText('Antar Obat Keliling Plus').waitFor();
  await changes.locator('li', { hasText: 'Indikator SID 17' }).getByText('3 — SK sudah ditandatangani.').waitFor();
  assert.equal(await changes.locator('li').count(), 2);
  // A new review starts from the claims of the new revision.
  assert.equal(await secretariat.getByRole('region', { name: /^17\. / }).getByLabel('Level terverifikasi').inputValue(), '3');
  await assertNoSeriousA11yViolations(secretariat, 'review page with the changes since the review');

  // The same page in English.
  await secretariat.getByRole('button', { name: 'English' }).click();
  await secretariat.getByRole('heading', { name: 'What changed since the reviewed revision 1' }).waitFor();
  await secretariat.getByLabel('Review status').waitFor();

  for (const context of [secretariatContext, health.context, school.context]) await context.close();
});
