// Story: the officer exports the agency's innovations as a file to send by WhatsApp or USB.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { startApp } from './support/harness.mjs';
import { pdfBuffer } from './support/fixtures.mjs';
import { readZip } from './support/zip.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = `${ROOT}target/debug/inovda`;

/** The `inovda` command line, built if a previous step has not built it yet. */
function inovda(...args) {
  if (!existsSync(CLI)) execFileSync('cargo', ['build', '-q', '-p', 'inovda-cli'], { cwd: ROOT, stdio: 'inherit' });
  return execFileSync(CLI, args, { encoding: 'utf8' });
}

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('Ekspor downloads a signed ZIP with every innovation and its evidence, which the CLI verifies', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Pendidikan dan Kebudayaan', 'Kota Probolinggo');

  // Exporting nothing says so instead of producing an empty file.
  await page.getByRole('button', { name: 'Ekspor' }).click();
  await page.getByText('Belum ada inovasi untuk diekspor.').waitFor();

  await ui.newInnovation();
  await ui.nameField().fill('Si Ijol');
  await ui.stageField().selectOption({ label: 'Penerapan' });
  const sk = pdfBuffer('SK Walikota Si Ijol');
  await page.locator('#ind-16-file').setInputFiles({ name: 'SK Walikota.pdf', mimeType: 'application/pdf', buffer: sk });
  await page.locator('#indicator-16').getByText(/SK Walikota\.pdf/).waitFor();
  await ui.waitSaved();
  const id = page.url().split('/').pop();
  await ui.backToList();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^inovda-dinas-pendidikan-dan-kebudayaan-\d{8}-\d{4}\.zip$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');

  await page.getByText(`Berkas diunduh: ${download.suggestedFilename()}`).waitFor();
  const entries = readZip(bytes);
  const manifestBytes = entries.get('manifest.json');
  const manifest = JSON.parse(manifestBytes.toString('utf8'));
  assert.equal(manifest.format, 'inovda-bundle');
  assert.equal(manifest.format_version, 2);
  assert.equal(manifest.kind, 'submission');
  assert.equal(manifest.agency, 'Dinas Pendidikan dan Kebudayaan');
  assert.equal(manifest.region, 'Kota Probolinggo');
  assert.match(manifest.signer_public_key, /^[0-9a-f]{64}$/);
  assert.match(entries.get('manifest.sig').toString('utf8'), /^[0-9a-f]{128}$/, 'hex Ed25519 signature');
  const skHash = createHash('sha256').update(sk).digest('hex');
  const paths = manifest.entries.map((e) => e.path).sort();
  assert.deepEqual(paths, [`files/${skHash}`, `records/${id}.json`]);
  for (const entry of manifest.entries) {
    const body = entries.get(entry.path);
    assert.equal(createHash('sha256').update(body).digest('hex'), entry.sha256, entry.path);
    assert.equal(body.length, entry.size, entry.path);
  }
  assert.deepEqual(entries.get(`files/${skHash}`), sk);
  const innovation = JSON.parse(entries.get(`records/${id}.json`).toString('utf8'));
  assert.equal(innovation.name, 'Si Ijol');
  assert.equal(innovation.stage, 'penerapan');
  assert.equal(innovation.status, 'draf');

  // The same core code in the CLI verifies the signature and every checksum.
  const path = await download.path();
  const verified = inovda('bundle', 'verify', path);
  assert.match(verified, /: OK submission from Dinas Pendidikan dan Kebudayaan \(Kota Probolinggo\), 1 records, 0 verdicts, 1 files, key /);
  // The fingerprint in Pengaturan is the signer's.
  const summary = JSON.parse(inovda('bundle', 'inspect', path));
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  const fingerprint = await page.getByTestId('fingerprint').textContent();
  assert.match(fingerprint, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  assert.ok(JSON.stringify(summary).includes(fingerprint), 'inspect shows the same fingerprint');
  await page.goBack();

  await context.close();
});
