// Trunk post_build hook: writes the boot script (tools/boot.mjs), applies the
// Content-Security-Policy (tools/csp.mjs), then writes the precache lists (by role) and a content
// version into sw.js.
// Runs with TRUNK_STAGING_DIR pointing at the final (hashed) files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { MATCHES_JS, modulePatterns, routeModules } from './boot.mjs';
import { externalize } from './csp.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('gen-sw: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const publicUrl = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');

// The boot script first (it renames the other modules' files), then the policy, which moves the
// boot script into a file; all of them must be precached too.
const indexPath = join(staging, 'index.html');
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const table = JSON.parse(readFileSync(join(source, 'web', 'modules.json'), 'utf8'));
const routed = routeModules(readFileSync(indexPath, 'utf8'), staging, publicUrl, table);
for (const module of routed.modules) {
  console.log(`gen-sw: ${module.name} module ${module.wasm} serves ${module.serves.join(' + ')}, kept for ${module.roles.join(', ')}`);
}
const page = externalize(routed.html, publicUrl);
for (const [name, body] of page.files) writeFileSync(join(staging, name), body);
writeFileSync(indexPath, page.html);
console.log(`gen-sw: content security policy set, ${page.files.size} inline script(s) moved to files`);
// For a host that answers deep links: the same page without the first module's preloads (an
// address that module does not serve starts another one), and the table that says which.
const first = routed.modules[0];
const preload = new RegExp(`<link\\b[^>]*href=["']?${publicUrl}${first.bin}-[^>]*>`, 'g');
const deep = page.html.replace(preload, (tag) => (/preload/.test(tag) ? '' : tag));
if (deep === page.html) throw new Error(`gen-sw: index.html preloads nothing of ${first.bin}`);
writeFileSync(join(staging, 'index-deep.html'), deep);
writeFileSync(join(staging, 'modules.json'), JSON.stringify(table));
console.log(`gen-sw: index-deep.html (no ${first.name} module preload) and modules.json written for deep links`);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(staging)
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js')
  .sort();
const hash = createHash('sha256');
for (const file of files) {
  hash.update(file);
  hash.update(readFileSync(join(staging, file)));
}
const version = hash.digest('hex').slice(0, 16);
// Every file is precached for every role, except the modules and workers web/modules.json keeps
// for some roles only: a device precaches those of its role (public/sw.js).
const owners = [...table.modules, ...table.workers].map(({ bin, roles }) => ({ prefix: new RegExp(`^${bin}[-_.]`), roles }));
const roles = [...new Set(owners.flatMap((owner) => owner.roles))].sort();
const precache = { common: [], roles: Object.fromEntries(roles.map((role) => [role, []])) };
for (const file of files) {
  const owner = owners.find(({ prefix }) => prefix.test(file));
  if (!owner || roles.every((role) => owner.roles.includes(role))) precache.common.push(publicUrl + file);
  else for (const role of owner.roles) precache.roles[role].push(publicUrl + file);
}
const swPath = join(staging, 'sw.js');
const template = readFileSync(swPath, 'utf8');
if (!template.includes('__PRECACHE__') || !template.includes('// __PAGE_RULE__')) {
  console.error('gen-sw: sw.js has no __PRECACHE__ or __PAGE_RULE__ placeholder');
  process.exit(1);
}
const [firstPatterns, ...otherPatterns] = modulePatterns(table.routes, routed.modules).map((m) => m.patterns);
const pageRule = `const FIRST_PATTERNS = ${JSON.stringify(firstPatterns)};
const OTHER_PATTERNS = ${JSON.stringify([...new Set(otherPatterns.flat())])};
${MATCHES_JS}
const pageFor = (path) => (!FIRST_PATTERNS.some((p) => matches(p, path)) && OTHER_PATTERNS.some((p) => matches(p, path))
  ? '${publicUrl}index-deep.html' : '${publicUrl}index.html');`;
writeFileSync(
  swPath,
  template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__PRECACHE__', JSON.stringify(precache, null, 2))
    .replace('// __PAGE_RULE__', pageRule)
);
const counts = roles.map((role) => `${role} +${precache.roles[role].length}`).join(', ');
console.log(`gen-sw: ${precache.common.length} files precached for every role (${counts}), version ${version}`);
