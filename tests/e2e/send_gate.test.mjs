// Story: "layak kirim". The secretariat sets this year's threshold on Serahkan ke nasional and
// reads how many innovations are ready to send and, for each other one, why not (not reviewed,
// not verified, below the threshold, or something the national app would reject); the Dasbor
// shows the same count. The next config bundle carries the threshold, and the unit sees it as its
// target beside the kematangan of its innovation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { addUnitsAndMakeConfig, pickUnit } from './support/agency.mjs';
import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed, seedVerdicts } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kota Probolinggo';
const AGENCY = 'Dinas Pendidikan';
const LAPTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const PDF = { sha256: 'cd'.repeat(32), file_name: 'bukti.pdf', media_type: 'application/pdf', size: 500_000 };

/** A submitted innovation of 2026; `complete` fills what the national form asks. */
function submitted(name, { complete = true } = {}) {
  const profile = complete ? {
    stage: 'penerapan', initiator: 'opd', initiator_name: AGENCY, kind: 'digital', form: 'pelayanan_publik',
    theme: 'Digitalisasi Layanan Pemerintahan', main_affair: 1, trial_date: '2024-01-10', implementation_date: '2024-06-01',
    design: 'kata '.repeat(300).trim(), goal: 'Mempercepat layanan.', benefit: 'Warga terbantu.', outcome: 'Layanan lebih cepat.',
  } : {};
  return innovationRecord({
    name, agency: AGENCY, region: REGION, year: 2026, revision: 1, status: 'diajukan', ...profile,
    indicators: Array.from({ length: 20 }, (_, i) => ({ number: 16 + i, claimed: 3, evidence: complete ? [PDF] : [] })),
  });
}

/** The secretariat's verdict: `status`, every indicator verified at `level`. */
function verdict(record, status, level) {
  return {
    schema_version: 1, innovation_id: record.id, revision: record.revision, revision_hash: 'ab'.repeat(32), status,
    verified: Array.from({ length: 20 }, (_, i) => ({ number: 16 + i, level, note: '' })),
    notes: '', decided_at: '2026-08-01T09:00:00+07:00',
  };
}

test('the secretariat sets the send threshold; ready and not-ready innovations with reasons; the unit sees its target', async () => {
  const officeContext = await app.newContext(LAPTOP);
  const office = await officeContext.newPage();
  const officeUi = new AppPage(office);
  await office.goto(app.url);
  await officeUi.startAsSecretariat('Bappeda Kota Probolinggo', REGION, '2026');

  const ready = submitted('Si Ijol');
  const low = submitted('Rapor Digital');
  const revise = submitted('Sekolah Ramah');
  const unreviewed = submitted('Kantin Sehat');
  const incomplete = submitted('Perpustakaan Keliling', { complete: false });
  await seed(office, [ready, low, revise, unreviewed, incomplete]);
  await seedVerdicts(office, [
    verdict(ready, 'diverifikasi', 3), verdict(low, 'diverifikasi', 1),
    verdict(revise, 'perlu_revisi', 3), verdict(incomplete, 'diverifikasi', 3),
  ]);

  await office.goto(`${app.url}serahkan`);
  const gate = office.getByRole('region', { name: 'Layak kirim ke aplikasi nasional' });
  await gate.getByText('Ambang tahun ini belum ditetapkan: dihitung dari 0.').waitFor();
  // A threshold above the highest kematangan is refused by name.
  await gate.getByLabel('Ambang layak kirim (kematangan terverifikasi minimal)').fill('120');
  await gate.getByRole('button', { name: 'Simpan ambang' }).click();
  await gate.getByText('Ambang «120» tidak dapat dipakai: isi bilangan bulat 0–111.').waitFor();
  await gate.getByLabel('Ambang layak kirim (kematangan terverifikasi minimal)').fill('90');
  await gate.getByRole('button', { name: 'Simpan ambang' }).click();
  await gate.getByText('Ambang disimpan.').waitFor();
  await gate.getByTestId('send-gate').getByText('Layak kirim: 1 dari 5 inovasi (ambang 90)').waitFor();
  assert.deepEqual(await gate.getByTestId('gate-ready').locator('li').allTextContents(), [`Si Ijol · ${AGENCY}`]);
  const reasons = await gate.getByTestId('gate-not-ready').locator('li').allTextContents();
  assert.deepEqual(reasons, [
    `Kantin Sehat · ${AGENCY}: Belum diverifikasi sekretariat pada revisi ini.`,
    `Perpustakaan Keliling · ${AGENCY}: ${reasons[1].split(': ')[1]}`,
    `Rapor Digital · ${AGENCY}: Kematangan terverifikasi 37,00 di bawah ambang 90.`,
    `Sekolah Ramah · ${AGENCY}: Status verifikasi Perlu revisi, bukan Diverifikasi.`,
  ]);
  assert.match(reasons[1], /: \d+ hal akan ditolak aplikasi nasional\.$/);
  await assertNoSeriousA11yViolations(office, 'Serahkan ke nasional with the gate');
  // Kept: a reload shows the saved threshold.
  await office.reload();
  await gate.getByTestId('send-gate').getByText('Layak kirim: 1 dari 5 inovasi (ambang 90)').waitFor();
  await office.waitForFunction(() => document.getElementById('send-threshold')?.value === '90');

  // The Dasbor says the same and links there.
  await office.goto(`${app.url}dasbor`);
  await office.getByTestId('dashboard-send-gate').getByText('Layak kirim: 1 dari 5 inovasi (ambang 90)').waitFor();

  // The config bundle carries it: the unit sees its target on its innovation.
  await office.goto(`${app.url}instansi`);
  const configFile = await addUnitsAndMakeConfig(office, [[AGENCY, 'Dinas']]);

  const phoneContext = await app.newContext();
  const phone = await phoneContext.newPage();
  const ui = new AppPage(phone);
  await ui.open(app.url);
  await ui.startAs(AGENCY, REGION);
  await pickUnit(ui, configFile, AGENCY, REGION);
  await phone.getByRole('link', { name: '← Daftar inovasi' }).click();
  await ui.newInnovation();
  await phone.getByTestId('send-target')
    .getByText('Target sekretariat: kematangan terverifikasi minimal 90 agar dikirim ke aplikasi nasional.').waitFor();
  await Promise.all([officeContext.close(), phoneContext.close()]);
});
