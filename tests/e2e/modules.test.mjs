// Story: an agency officer on a slow phone opens Inovda for the first time. Only the small home
// module (start screen and list) is downloaded before the start screen works; opening an
// innovation, Pengaturan or a deep link starts the full module, with nothing lost on the way,
// online and offline (both modules are precached).
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
const FULL_WASM = /^\/inovda-web-[0-9a-f]+_bg\.wasm$/;

/** Paths of the wasm modules `page` asked for (not the service worker's precache fetches). */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.wasm')) seen.push(path);
  });
  return seen;
}

test('both modules are built with hashed names and precached; index.html preloads the home module only', () => {
  const files = readdirSync(app.root).map((name) => `/${name}`);
  const home = files.filter((name) => HOME_WASM.test(name));
  const full = files.filter((name) => FULL_WASM.test(name));
  assert.equal(home.length, 1, 'one home module');
  assert.equal(full.length, 1, 'one full module');
  assert.ok(!files.includes('/inovda-web.js') && !files.includes('/inovda-web_bg.wasm'), 'no unhashed full module left');
  const index = readFileSync(`${app.root}/index.html`, 'utf8');
  assert.ok(index.includes(home[0]), 'index.html preloads the home module');
  assert.ok(!index.includes('inovda-web-'), 'index.html does not load the full module');
  const sw = readFileSync(`${app.root}/sw.js`, 'utf8');
  for (const wasm of [home[0], full[0]]) assert.ok(sw.includes(`"${wasm}"`), `sw.js precaches ${wasm}`);
});

test('the first visit runs the home module only; opening an innovation hands over to the full module', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const wasm = wasmRequests(page);
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Kecamatan Wonoasih', 'Kota Probolinggo');
  assert.ok(wasm.length > 0 && wasm.every((path) => HOME_WASM.test(path)), `only the home module: ${wasm.join(', ')}`);

  // "Inovasi baru" creates the innovation, then the full module opens its form.
  await ui.newInnovation();
  assert.ok(wasm.some((path) => FULL_WASM.test(path)), 'the editor runs in the full module');
  await ui.nameField().fill('Sapa Warga Wonoasih');
  await ui.waitSaved();

  // Back to the list stays in the full module; the innovation is there.
  await ui.backToList();
  await page.getByRole('link', { name: /Sapa Warga Wonoasih/ }).waitFor();
  await context.close();
});

test('a deep link and a reload of any page start the full module; the list starts small again', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Sosial', 'Kota Probolinggo');
  await waitForServiceWorker(page);

  const wasm = wasmRequests(page);
  await page.goto(new URL('pengaturan', app.url).href);
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  // (index.html preloads the home module for the usual start at `/`; only the full one runs here.)
  assert.ok(wasm.some((path) => FULL_WASM.test(path)), `settings: the full module (${wasm.join(', ')})`);

  wasm.length = 0;
  await page.goto(new URL('tidak-ada', app.url).href);
  await page.getByText('Halaman atau inovasi tidak ditemukan.').waitFor();
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
  await context.close();
});

test('the first step off the list on a bad connection says it is preparing the page, then offers a retry, never a blank page', async () => {
  // No service worker yet (a first visit): the full module comes from the network only.
  const context = await app.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Puskesmas Kanigaran', 'Kota Probolinggo');
  const fullWasm = (url) => FULL_WASM.test(new URL(url).pathname);

  // A slow delivery: the page says it is preparing, with the share received once it streams.
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route(fullWasm, async (route) => { await held; await route.continue(); });
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('status').getByText(/^Menyiapkan halaman…/).waitFor();
  release();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  assert.equal(await page.locator('.boot-status').count(), 0, 'the notice leaves once the page runs');
  await page.unroute(fullWasm);

  // The module does not arrive at all: a reason and "Coba lagi", which works once it can.
  await page.route(fullWasm, (route) => route.abort());
  await page.reload();
  await page.getByText('Halaman belum bisa dimuat: sambungan terputus. Yang sudah Anda isi tetap tersimpan di perangkat ini.').waitFor();
  await assertNoSeriousA11yViolations(page, 'the boot notice after a dropped module');
  await page.unroute(fullWasm);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  await context.close();
});
