// Used by the post_build hook tools/gen-sw.mjs: the boot script that picks the wasm module.
// Trunk loads one main module (the home module, `inovda-home`: start screen and list). Its inline
// loader is replaced by one that starts, for the address being opened, the module web/modules.json
// names (the other modules are built by Trunk as "workers" so that they are not loaded by
// themselves). Their files get a content hash here, as Trunk's own do.
// The rule is the one of core/src/base/routes.rs (`ModuleTable::module_for`, `route_matches`).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const TRUNK_LOADER = /import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/;

/**
 * Hashes the file names of every module but the home one in `staging` (`inovda-web.js` →
 * `inovda-web-<hash>.js`, same for `_bg.wasm`) and returns `{ html, modules }`: `html` with
 * Trunk's loader replaced by the routing boot script, `modules` each module's name, roles and
 * served files. Throws when the build does not look as expected, so a broken boot never ships.
 */
export function routeModules(html, staging, publicUrl, table) {
  const match = html.match(TRUNK_LOADER);
  if (!match) throw new Error("boot: Trunk's loader for the home module is not in index.html");
  const [, homeJs, homeWasm] = match;
  const [first, ...others] = table.modules;
  if (!homeJs.includes(first.bin)) throw new Error(`boot: the main module is ${homeJs}, not ${first.bin}`);

  const modules = [{ ...first, js: homeJs, wasm: homeWasm }];
  for (const module of others) {
    const plain = { js: `${module.bin}.js`, wasm: `${module.bin}_bg.wasm` };
    for (const file of Object.values(plain)) {
      if (!existsSync(join(staging, file))) throw new Error(`boot: the ${module.name} module's ${file} was not built`);
    }
    const hash = createHash('sha256');
    for (const file of Object.values(plain)) hash.update(readFileSync(join(staging, file)));
    const tag = hash.digest('hex').slice(0, 16);
    const hashed = { js: `${module.bin}-${tag}.js`, wasm: `${module.bin}-${tag}_bg.wasm` };
    renameSync(join(staging, plain.js), join(staging, hashed.js));
    renameSync(join(staging, plain.wasm), join(staging, hashed.wasm));
    modules.push({ ...module, js: publicUrl + hashed.js, wasm: publicUrl + hashed.wasm });
  }
  const boot = bootScript(table.routes, modules);
  const routed = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) =>
    TRUNK_LOADER.test(body) ? `<script${attrs}>${boot}</script>` : whole,
  );
  return { html: routed, modules };
}

/** The route rule in the browser (`matches(pattern, path)`), for the boot script and sw.js. */
export const MATCHES_JS = `const segments = (path) => path.replace(/\\/+$/, '').split('/');
const matches = (pattern, path) => {
  const wanted = segments(pattern), given = segments(path);
  return wanted.length === given.length && wanted.every((w, i) => (w.startsWith(':') ? given[i] !== '' : w === given[i]));
};`;

/** Route patterns of each module, with the module's built files. */
export function modulePatterns(routes, modules) {
  return modules.map(({ name, serves, roles, js, wasm }) => ({
    name,
    patterns: serves.flatMap((group) => routes[group] ?? []),
    roles,
    js,
    wasm,
  }));
}

function bootScript(routes, modules) {
  const table = modulePatterns(routes, modules);
  return `
// Inovda boot (tools/boot.mjs): starts the module web/modules.json names for this address.
const MODULES = ${JSON.stringify(table)};
${MATCHES_JS}
let role = 'agency';
try { role = JSON.parse(localStorage.getItem('inovda.role')) || role; } catch (_) { /* an agency's device */ }
// The first module serving the address kept for this role, else the first serving it, else the
// first of all (the smallest; its "not found" page answers).
const serving = MODULES.filter((m) => m.patterns.some((pattern) => matches(pattern, location.pathname)));
const module = serving.find((m) => m.roles.includes(role)) || serving[0] || MODULES[0];
const first = module === MODULES[0];
// Until the module runs, the page says so (with the share of the module received), and a
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
// The module streams through a counter straight into the compiler (instantiateStreaming), so
// compiling overlaps the download instead of following it.
const withProgress = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error('HTTP ' + response.status);
  const total = Number(response.headers.get('Content-Length')) || 0;
  if (!total || !response.body || response.headers.get('Content-Encoding')) return response;
  let received = 0;
  const counted = response.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      received += chunk.length;
      line.textContent = TEXT.loading + ' ' + Math.min(99, Math.floor((received * 100) / total)) + ' %';
      controller.enqueue(chunk);
    },
  }));
  return new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
};
try {
  // The wasm download starts beside the bindings' import, not after it (one round trip less).
  const delivery = first ? null : withProgress(module.wasm);
  delivery?.catch(() => { /* reported below, when awaited */ });
  const bindings = await import(module.js);
  const wasm = await bindings.default({ module_or_path: first ? module.wasm : await delivery });
  window.wasmBindings = bindings;
  document.documentElement.dataset.module = module.name;
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
}
