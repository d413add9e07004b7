// Story: the secretariat receives bundle files by WhatsApp; some are damaged on the way and some
// are crafted to harm it: truncated, one byte flipped, a zip bomb, a path that climbs out of the
// folder, a duplicated entry, a "newer version" signed by a stranger. Each is refused with its
// reason in Indonesian before anything is written, and the good file imported earlier stays as is.
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from '../e2e/support/app_page.mjs';
import { pdfBuffer } from '../e2e/support/fixtures.mjs';
import { startApp } from '../e2e/support/harness.mjs';
import { storeCounts } from '../e2e/support/seed.mjs';
import { readZip } from '../e2e/support/zip.mjs';
import { reportLost, snapshot } from './support/records.mjs';
import { writeZip } from './support/zip_writer.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kota Probolinggo';
const STORES = ['innovations', 'blobs', 'revisions', 'signers', 'imports', 'verdicts', 'trash'];

/** An agency exports one innovation with an SK as evidence: the real, signed bundle. */
async function agencyBundle(context) {
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Kesehatan', REGION);
  await ui.newInnovation();
  await ui.nameField().fill('Si Ijol');
  await page.locator('#ind-16-file').setInputFiles({ name: 'SK Walikota.pdf', mimeType: 'application/pdf', buffer: pdfBuffer('SK Walikota Si Ijol') });
  await page.locator('#indicator-16').getByText(/SK Walikota\.pdf/).waitFor();
  await ui.waitSaved();
  await ui.backToList();
  const download = await ui.exportBundle({ tick: ['Si Ijol'] });
  return { name: download.suggestedFilename(), buffer: readFileSync(await download.path()) };
}

/** Every entry of a bundle, in order, as { name, data }. */
function entriesOf(bundle) {
  return [...readZip(bundle)].map(([name, data]) => ({ name, data }));
}

/** The hostile variants of a good bundle, each with the reason the import page must give. */
function hostileBundles(good) {
  const entries = entriesOf(good);
  const record = entries.find((entry) => entry.name.startsWith('records/'));
  assert.ok(record, 'the bundle holds a record');

  const tampered = Buffer.from(good);
  const stored = tampered.indexOf(record.data);
  assert.ok(stored > 0, 'the record is stored uncompressed');
  const at = stored + record.data.indexOf(Buffer.from('"Si Ijol"'));
  tampered[at + 1] ^= 0x20; // "Si Ijol" → "si Ijol": one byte.

  const bomb = writeZip([
    { name: 'manifest.json', data: Buffer.alloc(20 << 20, 0x20), deflate: true },
    ...entries.filter((entry) => entry.name !== 'manifest.json'),
  ]);
  assert.ok(bomb.length < 200_000, `the bomb is small on disk (${bomb.length} bytes)`);

  // A stranger's fresh Ed25519 key signs a manifest of a newer format: the signature is valid,
  // so only the version check can refuse it.
  const manifest = JSON.parse(entries.find((entry) => entry.name === 'manifest.json').data.toString('utf8'));
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  manifest.format_version = 3;
  manifest.signer_public_key = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const signature = Buffer.from(sign(null, manifestBytes, privateKey).toString('hex'));
  assert.equal(signature.length, 128);
  const future = writeZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: signature },
    ...entries.filter((entry) => !entry.name.startsWith('manifest.')),
  ]);

  return [
    { name: 'terpotong.zip', buffer: good.subarray(0, Math.floor(good.length * 0.6)), reason: /^Ditolak: Berkas rusak atau terpotong/ },
    { name: 'satu-bita-diubah.zip', buffer: tampered, reason: /^Ditolak: Berkas diubah: isi records\/.*\.json tidak cocok dengan manifes\./ },
    { name: 'bom-zip.zip', buffer: bomb, reason: /^Ditolak: Berkas terlalu besar setelah dibuka \(manifest\.json mencurigakan, zip bom\)/ },
    {
      name: 'keluar-folder.zip',
      buffer: writeZip([...entries, { name: '../evil.json', data: Buffer.from('{"evil":true}') }]),
      reason: /^Ditolak: Berkas rusak: nama isian tidak aman \(\.\.\/evil\.json\)/,
    },
    { name: 'isian-ganda.zip', buffer: writeZip([...entries, record]), reason: /^Ditolak: Berkas rusak: ada isian dengan nama ganda/ },
    { name: 'versi-3.zip', buffer: future, reason: /^Ditolak: Versi lebih baru \(3, aplikasi ini sampai 2\): perbarui aplikasi/ },
  ];
}

test('truncated, tampered, zip-bomb, path-traversal, duplicate and future-version bundles are refused and write nothing', async (t) => {
  const agencyContext = await app.newContext();
  const good = await agencyBundle(agencyContext);

  // The secretariat has imported the good file once already.
  const office = await app.newContext();
  const page = await office.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await new AppPage(page).startAsSecretariat('Bappeda Kota Probolinggo', REGION, String(new Date().getFullYear()));
  await ui.chooseBundles([{ name: good.name, mimeType: 'application/zip', buffer: good.buffer }]);
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.getByText('Impor selesai: 1 baru, 0 diperbarui, 0 konflik.').waitFor();
  const counts = await storeCounts(page, STORES);
  assert.equal(counts.innovations, 1);
  const saved = await snapshot(page);

  // All the hostile files chosen at once: each refused with its reason, nothing to import.
  const hostile = hostileBundles(good.buffer);
  await page.goto(`${app.url}impor`);
  await ui.chooseBundles(hostile.map(({ name, buffer }) => ({ name, mimeType: 'application/zip', buffer })));
  for (const { name, reason } of hostile) {
    const section = page.locator('section.bundle-file', { has: page.getByRole('heading', { name, exact: true }) });
    await section.getByText(reason).waitFor();
    t.diagnostic(`${name}: ${await section.getByText(reason).textContent()}`);
  }
  assert.equal(await page.getByRole('button', { name: 'Impor', exact: true }).isDisabled(), true);
  assert.deepEqual(await storeCounts(page, STORES), counts, 'nothing was written');

  // The good file again changes nothing either.
  await page.goto(`${app.url}impor`);
  await ui.chooseBundles([{ name: good.name, mimeType: 'application/zip', buffer: good.buffer }]);
  await page.getByText('Sudah pernah diimpor: tidak ada yang berubah.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Impor', exact: true }).isDisabled(), true);
  assert.deepEqual(await storeCounts(page, STORES), counts);

  // The imported innovation still opens with its evidence.
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: /Si Ijol/ }).click();
  await page.locator('#indicator-16').getByText(/SK Walikota\.pdf/).waitFor();
  reportLost(t, saved, await snapshot(page));
  await agencyContext.close();
  await office.close();
});
