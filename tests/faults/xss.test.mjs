// Story: someone types markup and script into every field of an innovation and names its files
// with it — by mischief, or by pasting from a web page. Everywhere the text travels (list, editor,
// print view, hand-over, export, and another device's import preview, list, editor and dashboard)
// it is shown as text: no element gains an event handler or a javascript: link, nothing runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from '../e2e/support/app_page.mjs';
import { pdfBuffer } from '../e2e/support/fixtures.mjs';
import { startApp } from '../e2e/support/harness.mjs';
import { reportLost, snapshot } from './support/records.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const PAYLOADS = [
  '<script>window.__x=1</script>',
  '<img src=x onerror="window.__x=1">',
  'javascript:window.__x=1',
];
const NAME = `Sapa Warga ${PAYLOADS[0]}`;
const FILE_NAMES = [`${PAYLOADS[1]}.pdf`, `${PAYLOADS[2]}.pdf`];

/** Records CSP violations and watches `window.__x` from the start of every document. */
async function watch(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective));
  });
}

/** Nothing from the payloads became markup or ran on the page now shown; `texts` are visible as text. */
async function assertInert(page, where, texts = []) {
  const found = await page.evaluate(() => {
    const handlers = [];
    const links = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) handlers.push(`${element.tagName} ${attribute.name}`);
        if (['href', 'src', 'action', 'formaction'].includes(attribute.name) && /^\s*javascript:/i.test(attribute.value)) {
          links.push(`${element.tagName} ${attribute.name}`);
        }
      }
    }
    return {
      ran: window.__x !== undefined,
      handlers,
      links,
      injected: document.querySelectorAll('img[src="x"], body script:not([src])').length,
      text: document.body.innerText,
      violations: window.__violations,
    };
  });
  assert.equal(found.ran, false, `${where}: window.__x was set`);
  assert.deepEqual(found.handlers, [], `${where}: elements with an inline event handler`);
  assert.deepEqual(found.links, [], `${where}: javascript: links`);
  assert.equal(found.injected, 0, `${where}: an injected <img> or <script>`);
  for (const text of texts) assert.ok(found.text.includes(text), `${where}: «${text}» is shown as text`);
  return found;
}

test('markup and script typed into every field and file name are shown as text everywhere and never run', async (t) => {
  const agencyContext = await app.newContext();
  await watch(agencyContext);
  const page = await agencyContext.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs(`Dinas ${PAYLOADS[1]}`, 'Kota Probolinggo');
  await ui.newInnovation();

  // Every text field of the editor, one after the other, gets one of the payloads (the folded
  // indicator cards opened first, as a user filling everything would).
  await ui.nameField().fill(NAME);
  await page.getByRole('button', { name: 'Buka semua indikator' }).click();
  const fields = page.locator('main input[type=text], main input[type=url], main input:not([type]), main textarea');
  const count = await fields.count();
  const typed = new Map();
  for (let i = 0; i < count; i += 1) {
    const field = fields.nth(i);
    const id = await field.getAttribute('id');
    if (id === 'name' || !(await field.isEditable())) continue;
    const value = `Isian ${i} ${PAYLOADS[i % PAYLOADS.length]}`;
    await field.fill(value);
    typed.set(id, value);
  }
  t.diagnostic(`${typed.size + 1} text fields filled`);
  assert.ok(typed.size >= 20, `the editor's text fields were all reached (${typed.size})`);
  for (const [index, name] of FILE_NAMES.entries()) {
    await page.locator('#ind-16-file').setInputFiles({ name, mimeType: 'application/pdf', buffer: pdfBuffer(`Bukti ${index}`) });
    await page.locator('#indicator-16').getByText(name, { exact: false }).waitFor();
  }
  await ui.waitSaved();
  const editorUrl = page.url();
  const saved = await snapshot(page);

  // The editor after a reload: every value is back in its field, as typed.
  await page.reload();
  await ui.nameField().waitFor();
  for (const [id, value] of typed) assert.equal(await page.locator(`[id="${id}"]`).inputValue(), value, `field ${id}`);
  await page.locator('#indicator-16').getByText(FILE_NAMES[1], { exact: false }).waitFor();
  await assertInert(page, 'editor', FILE_NAMES);

  // The list, the print view, the hand-over page and the export page.
  await ui.backToList();
  await assertInert(page, 'list', [NAME]);
  await page.goto(`${editorUrl}/cetak`);
  await page.getByText(NAME).first().waitFor();
  await assertInert(page, 'print view', [NAME, ...[...typed.values()].slice(0, 7)]);
  await page.goto(`${editorUrl}/serahkan`);
  await page.getByText(NAME).first().waitFor();
  await assertInert(page, 'hand-over', [NAME]);
  await page.goto(app.url);
  const download = await ui.exportBundle({ selectAll: true });
  await assertInert(page, 'export', [NAME]);
  const bundle = readFileSync(await download.path());

  // The secretariat imports it on its own laptop: preview, list, editor, dashboard.
  const office = await app.newContext();
  await watch(office);
  const desk = await office.newPage();
  const deskUi = new AppPage(desk);
  await deskUi.open(app.url);
  await new AppPage(desk).startAsSecretariat('Bappeda Kota Probolinggo', 'Kota Probolinggo', String(new Date().getFullYear()));
  await deskUi.chooseBundles([{ name: `${PAYLOADS[1]}.zip`, mimeType: 'application/zip', buffer: bundle }]);
  await desk.getByText('Ringkasan: 1 baru').waitFor();
  await assertInert(desk, 'import preview', [NAME, `${PAYLOADS[1]}.zip`]);
  await desk.getByRole('button', { name: 'Impor', exact: true }).click();
  await desk.getByText('Impor selesai: 1 baru, 0 diperbarui, 0 konflik.').waitFor();
  await desk.locator('.import-log').getByText(`${PAYLOADS[1]}.zip`).waitFor();
  await assertInert(desk, 'import history', [`${PAYLOADS[1]}.zip`]);
  await desk.getByRole('link', { name: '← Daftar inovasi' }).click();
  await desk.getByRole('link', { name: /Sapa Warga/ }).waitFor();
  await assertInert(desk, 'secretariat list', [NAME]);
  await desk.getByRole('link', { name: /Sapa Warga/ }).click();
  await desk.getByLabel('Nama Inovasi').waitFor();
  assert.equal(await desk.getByLabel('Nama Inovasi').inputValue(), NAME);
  await desk.locator('#indicator-16').getByText(FILE_NAMES[1], { exact: false }).waitFor();
  await assertInert(desk, 'secretariat editor', FILE_NAMES);
  await desk.goto(`${app.url}dasbor`);
  await desk.getByRole('heading', { level: 1 }).or(desk.getByRole('heading', { level: 2 })).first().waitFor();
  await desk.getByText(`Dinas ${PAYLOADS[1]}`).first().waitFor();
  await assertInert(desk, 'dashboard', [`Dinas ${PAYLOADS[1]}`]);

  const violations = [
    ...(await page.evaluate(() => window.__violations)),
    ...(await desk.evaluate(() => window.__violations)),
  ];
  assert.deepEqual(violations, [], 'nothing even tried to run against the Content-Security-Policy');
  reportLost(t, saved, await snapshot(page));
  await agencyContext.close();
  await office.close();
});
