// Story: the officer exports the agency's innovations as a file to send by WhatsApp or USB.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { startApp } from './support/harness.mjs';
import { readZip } from './support/zip.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('Ekspor downloads a ZIP whose manifest lists every innovation with its checksum', async () => {
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

  const entries = readZip(bytes);
  const manifest = JSON.parse(entries.get('manifest.json').toString('utf8'));
  assert.equal(manifest.format, 'inovda-bundle');
  assert.equal(manifest.kind, 'submission');
  assert.equal(manifest.agency, 'Dinas Pendidikan dan Kebudayaan');
  assert.equal(manifest.region, 'Kota Probolinggo');
  assert.equal(manifest.records.length, 1);
  const [entry] = manifest.records;
  assert.equal(entry.path, `records/${id}.json`);
  const record = entries.get(entry.path);
  assert.equal(createHash('sha256').update(record).digest('hex'), entry.sha256);
  assert.equal(record.length, entry.size);
  const innovation = JSON.parse(record.toString('utf8'));
  assert.equal(innovation.name, 'Si Ijol');
  assert.equal(innovation.stage, 'penerapan');
  assert.equal(innovation.status, 'draf');
  await page.getByText(`Berkas diunduh: ${download.suggestedFilename()}`).waitFor();
  await context.close();
});
