// Story: an agency officer on a slow phone opens Inovda for the first time. Only the small home
// module (start screen and list) is downloaded before the start screen works; opening an
// innovation, Pengaturan or a deep link starts the agency module, with nothing lost on the way,
// online and offline. The device keeps only its role's modules: the agency's never downloads the
// secretariat's workspace unless a secretariat page is opened; the secretariat's device keeps the
// full module (and the recap workbook writer) before it says it is ready offline.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp, waitForServiceWorker } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const HOME_WASM = /^\/inovda-home-[0-9a-f]+_bg\.wasm$/;
const AGENCY_WASM = /^\/inovda-agency-[0-9a-f]+_bg\.wasm$/;
const FULL_WASM = /^\/inovda-web-[0-9a-f]+_bg\.wasm$/;
const XLSX_WASM = /^\/inovda-xlsx-worker_bg\.wasm$/;

/** Paths of the wasm modules `page` asked for (not the service worker's precache fetches). */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.wasm')) seen.push(path);
  });
  return seen;
}

/** The wasm files in the service worker's caches (the role cache aside). */
async function cachedWasm(page) {
  return page.evaluate(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      if (name === 'inovda-role') continue;
      for (const request of await (await caches.open(name)).keys()) {
        const path = new URL(request.url).pathname;
        if (path.endsWith('.wasm')) paths.push(path);
      }
    }
    return paths;
  });
}

const started = (page) => page.evaluate(() => document.documentElement.dataset.module);

test('three modules are built with hashed names; index.html preloads the home module; sw.js precaches by role', () => {
  const files = readdirSync(app.root).map((name) => `/${name}`);
  const one = (pattern, what) => {
    const found = files.filter((name) => pattern.test(name));
    assert.equal(found.length, 1, `one ${what}: ${found.join(', ')}`);
    return found[0];
  };
  const [home, agency, full, xlsx] = [one(HOME_WASM, 'home module'), one(AGENCY_WASM, 'agency module'), one(FULL_WASM, 'full module'), one(XLSX_WASM, 'XLSX worker')];
  for (const plain of ['/inovda-web.js', '/inovda-web_bg.wasm', '/inovda-agency.js', '/inovda-agency_bg.wasm']) {
    assert.ok(!files.includes(plain), `no unhashed ${plain} left`);
  }
  const index = readFileSync(`${app.root}/index.html`, 'utf8');
  assert.ok(index.includes(home), 'index.html preloads the home module');
  assert.ok(!index.includes('inovda-web-') && !index.includes('inovda-agency-'), 'index.html loads no other module');
  const sw = readFileSync(`${app.root}/sw.js`, 'utf8');
  const precache = JSON.parse(sw.match(/const PRECACHE = (\{[\s\S]*?\n\});/)[1]);
  assert.ok(precache.common.includes(home) && precache.common.includes('/index.html'), 'every role keeps the home module and the page');
  assert.deepEqual(precache.roles.agency.filter((f) => f.endsWith('.wasm')), [agency], 'an agency keeps the agency module');
  assert.deepEqual(precache.roles.secretariat.filter((f) => f.endsWith('.wasm')).sort(), [full, xlsx].sort(), 'the secretariat keeps the full module and the XLSX worker');
});

test('an agency runs the home module first, the agency module off the list, and never downloads the secretariat workspace', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const wasm = wasmRequests(page);
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Kecamatan Wonoasih', 'Kota Probolinggo');
  assert.ok(wasm.length > 0 && wasm.every((path) => HOME_WASM.test(path)), `only the home module: ${wasm.join(', ')}`);
  assert.equal(await started(page), 'home');

  // "Inovasi baru" creates the innovation, then the agency module opens its form.
  await ui.newInnovation();
  assert.equal(await started(page), 'agency');
  assert.ok(!wasm.some((path) => FULL_WASM.test(path)), `the editor runs without the full module (${wasm.join(', ')})`);
  await ui.nameField().fill('Sapa Warga Wonoasih');
  await ui.waitSaved();

  // Back to the list stays in the agency module; the innovation is there.
  await ui.backToList();
  await page.getByRole('link', { name: /Sapa Warga Wonoasih/ }).waitFor();
  assert.equal(await started(page), 'agency');

  // Ready offline with the agency's modules; the full module was never fetched, not even by
  // the service worker.
  await waitForServiceWorker(page);
  const cached = await cachedWasm(page);
  assert.ok(cached.some((path) => HOME_WASM.test(path)) && cached.some((path) => AGENCY_WASM.test(path)), `cached: ${cached.join(', ')}`);
  assert.ok(!cached.some((path) => FULL_WASM.test(path) || XLSX_WASM.test(path)), `no secretariat module cached: ${cached.join(', ')}`);
  await context.close();
});

test('a deep link and a reload of an agency page start the agency module; the list starts small again; offline too', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Sosial', 'Kota Probolinggo');
  await waitForServiceWorker(page);

  const wasm = wasmRequests(page);
  await page.goto(new URL('pengaturan', app.url).href);
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  // The service worker answers with the page that does not preload the home module.
  assert.ok(wasm.some((path) => AGENCY_WASM.test(path)), `settings: the agency module (${wasm.join(', ')})`);
  assert.ok(!wasm.some((path) => HOME_WASM.test(path)), `settings: no home module preloaded (${wasm.join(', ')})`);
  assert.equal(await started(page), 'agency');

  // An address no module knows: the small home module says so, without downloading more.
  wasm.length = 0;
  await page.goto(new URL('tidak-ada', app.url).href);
  await page.getByText('Halaman atau inovasi tidak ditemukan.').waitFor();
  assert.equal(await started(page), 'home');
  await assertNoSeriousA11yViolations(page, 'not-found page');

  wasm.length = 0;
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  assert.ok(wasm.length > 0 && wasm.every((path) => HOME_WASM.test(path)), `list: home module only (${wasm.join(', ')})`);

  // Offline, from the service worker: the list, then the hand-over to Pengaturan by its link.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  await page.getByLabel('Nama Instansi').waitFor();
  assert.equal(await page.getByLabel('Nama Instansi').inputValue(), 'Dinas Sosial');
  assert.equal(await started(page), 'agency');
  await context.close();
});

test('the secretariat device keeps the full module before it is ready offline, and runs every page there', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const wasm = wasmRequests(page);
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAsSecretariat('Bappeda', 'Kota Probolinggo');
  await waitForServiceWorker(page);
  const cached = await cachedWasm(page);
  assert.ok(cached.some((path) => FULL_WASM.test(path)) && cached.some((path) => XLSX_WASM.test(path)), `cached: ${cached.join(', ')}`);
  await page.getByTestId('offline-readiness').getByText(/^Siap dipakai tanpa internet/).waitFor();

  // Offline: the Dasbor, then an innovation's form, both in the full module (no agency module).
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Dasbor' }).first().click();
  await page.getByRole('heading', { name: /Dasbor/ }).first().waitFor();
  assert.equal(await started(page), 'full');
  await page.goto(new URL('pengaturan', app.url).href);
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  assert.equal(await started(page), 'full');
  assert.ok(!wasm.some((path) => AGENCY_WASM.test(path)), `no agency module: ${wasm.join(', ')}`);
  await context.close();
});

test('a device switched to the secretariat in Pengaturan is not ready offline until it keeps the full module', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Kesehatan', 'Kota Probolinggo');
  await waitForServiceWorker(page);
  assert.ok(!(await cachedWasm(page)).some((path) => FULL_WASM.test(path)), 'an agency keeps no full module');

  // The full module is slow to come: until it is kept, the app says it is not ready offline.
  let release;
  const held = new Promise((done) => { release = done; });
  const fullWasm = (url) => FULL_WASM.test(new URL(url).pathname);
  await context.route(fullWasm, async (route) => { await held; await route.continue(); });
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  await page.getByLabel('Sekretariat (Bappeda/BRIDA/Bagian Organisasi)').check();
  await page.getByLabel('Nama Sekretariat').fill('Bappeda');
  await page.getByLabel('Tahun penilaian').selectOption('2026');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByText('Profil tersimpan.').waitFor();
  await page.getByTestId('offline-readiness').getByText(/^Belum siap dipakai tanpa internet/).waitFor();
  release();
  await page.getByTestId('offline-readiness').getByText(/^Siap dipakai tanpa internet/).waitFor();
  await context.unroute(fullWasm);
  await waitForServiceWorker(page);
  assert.ok((await cachedWasm(page)).some((path) => FULL_WASM.test(path)), 'the full module is kept');

  // Offline: the secretariat's registry opens, in the full module.
  await context.setOffline(true);
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: 'Daftar instansi' }).click();
  await page.getByRole('heading', { name: 'Daftar Instansi', exact: true }).waitFor();
  assert.equal(await started(page), 'full');
  await context.close();
});

test('the first step off the list on a bad connection says it is preparing the page, then offers a retry, never a blank page', async () => {
  // No service worker yet (a first visit): the agency module comes from the network only.
  const context = await app.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Puskesmas Kanigaran', 'Kota Probolinggo');
  const agencyWasm = (url) => AGENCY_WASM.test(new URL(url).pathname);

  // A slow delivery from a host that does not compress: the page says it is preparing, and the
  // module streams through the counter of the share received into the compiler.
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route(agencyWasm, async (route) => {
    await held;
    const body = readFileSync(`${app.root}${new URL(route.request().url()).pathname}`);
    await route.fulfill({ status: 200, body, headers: { 'Content-Type': 'application/wasm', 'Content-Length': String(body.length) } });
  });
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('status').getByText(/^Menyiapkan halaman…/).waitFor();
  release();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  assert.equal(await page.locator('.boot-status').count(), 0, 'the notice leaves once the page runs');
  await page.unroute(agencyWasm);

  // The module does not arrive at all: a reason and "Coba lagi", which works once it can.
  await page.route(agencyWasm, (route) => route.abort());
  await page.reload();
  await page.getByText('Halaman belum bisa dimuat: sambungan terputus. Yang sudah Anda isi tetap tersimpan di perangkat ini.').waitFor();
  await assertNoSeriousA11yViolations(page, 'the boot notice after a dropped module');
  await page.unroute(agencyWasm);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  await context.close();
});
