// Prints the gzip size (level 9) of every file in the release bundle and the total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] || 'dist';
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const rows = walk(dir)
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log(`\nRelease bundle (${dir}/), gzip -9 per file:`);
console.log(`${'file'.padEnd(48)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}`);
for (const row of rows) console.log(`${row.file.padEnd(48)} ${kb(row.raw)} ${kb(row.gzip)}`);
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`${'TOTAL'.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)}`);
