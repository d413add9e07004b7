// Used by the post_build hook tools/gen-sw.mjs: the boot script that picks the wasm module.
// Trunk loads one main module (the home module, `inovda-home`: start screen and list). Its inline
// loader is replaced by one that starts the home module on the routes of web/home-routes.json and
// the full module (`inovda-web`, built by Trunk as a "worker" so it is not loaded by itself) on
// every other address. The full module's files get a content hash here, as Trunk's own do.
// The route rule is the one of web/src/modules.rs (`route_matches`).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const TRUNK_LOADER = /import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/;

/**
 * Hashes the full module's file names in `staging` (`inovda-web.js` → `inovda-web-<hash>.js`,
 * same for `_bg.wasm`) and returns `html` with Trunk's loader replaced by the routing boot script.
 * Throws when the build does not look as expected, so a broken boot never ships.
 */
export function routeModules(html, staging, publicUrl, homeRoutes) {
  const match = html.match(TRUNK_LOADER);
  if (!match) throw new Error("boot: Trunk's loader for the home module is not in index.html");
  const [, homeJs, homeWasm] = match;
  if (!homeJs.includes('inovda-home')) throw new Error(`boot: the main module is ${homeJs}, not inovda-home`);

  const plain = { js: 'inovda-web.js', wasm: 'inovda-web_bg.wasm' };
  for (const file of Object.values(plain)) {
    if (!existsSync(join(staging, file))) throw new Error(`boot: the full module's ${file} was not built`);
  }
  const hash = createHash('sha256');
  for (const file of Object.values(plain)) hash.update(readFileSync(join(staging, file)));
  const tag = hash.digest('hex').slice(0, 16);
  const full = { js: `inovda-web-${tag}.js`, wasm: `inovda-web-${tag}_bg.wasm` };
  renameSync(join(staging, plain.js), join(staging, full.js));
  renameSync(join(staging, plain.wasm), join(staging, full.wasm));

  const boot = `
// Inovda boot (tools/boot.mjs): the home module on ${JSON.stringify(homeRoutes)}, the full module elsewhere.
const HOME_ROUTES = ${JSON.stringify(homeRoutes)};
const segments = (path) => path.replace(/\\/+$/, '').split('/');
const matches = (pattern, path) => {
  const wanted = segments(pattern), given = segments(path);
  return wanted.length === given.length && wanted.every((w, i) => (w.startsWith(':') ? given[i] !== '' : w === given[i]));
};
const home = HOME_ROUTES.some((pattern) => matches(pattern, location.pathname));
const [js, wasmPath] = home
  ? [${JSON.stringify(homeJs)}, ${JSON.stringify(homeWasm)}]
  : [${JSON.stringify(publicUrl + full.js)}, ${JSON.stringify(publicUrl + full.wasm)}];
// Until the module runs, the page says so (with the share of the full module received), and a
// module that does not arrive gives a reason and "Coba lagi" instead of a blank page.
let english = false;
try { english = JSON.parse(localStorage.getItem('inovda.lang')) === 'en'; } catch (_) { /* Indonesian */ }
const TEXT = english
  ? { loading: 'Preparing the page…', failed: 'The page could not be loaded: the connection dropped. What you entered is still saved on this device.', retry: 'Try again' }
  : { loading: 'Menyiapkan halaman…', failed: 'Halaman belum bisa dimuat: sambungan terputus. Yang sudah Anda isi tetap tersimpan di perangkat ini.', retry: 'Coba lagi' };
const status = document.createElement('div');
status.className = 'boot-status';
status.setAttribute('role', 'status');
const line = document.createElement('p');
line.textContent = TEXT.loading;
status.append(line);
document.body.append(status);
const withProgress = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error('HTTP ' + response.status);
  const total = Number(response.headers.get('Content-Length')) || 0;
  if (!total || !response.body || response.headers.get('Content-Encoding')) return response;
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    line.textContent = TEXT.loading + ' ' + Math.min(99, Math.floor((received * 100) / total)) + ' %';
  }
  return new Response(new Blob(chunks), { headers: { 'Content-Type': 'application/wasm' } });
};
try {
  const bindings = await import(js);
  const wasm = await bindings.default({ module_or_path: home ? wasmPath : await withProgress(wasmPath) });
  window.wasmBindings = bindings;
  status.remove();
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  console.warn('Inovda: the module did not start', error);
  line.textContent = TEXT.failed;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'primary';
  retry.textContent = TEXT.retry;
  retry.addEventListener('click', () => location.reload());
  status.append(retry);
}
`;
  return html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) =>
    TRUNK_LOADER.test(body) ? `<script${attrs}>${boot}</script>` : whole,
  );
}
