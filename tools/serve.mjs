// Static server for dist/: SPA fallback to index.html, wasm MIME type, production cache headers.
// Usage: node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** Cache policy: the entry points are revalidated every time, hashed assets kept for a year. */
function cacheControl(path) {
  const name = path.split(sep).pop();
  if (name === 'index.html' || name === 'sw.js' || name === 'sw-register.js' || name === 'manifest.webmanifest') {
    return 'no-cache';
  }
  return /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// Text and wasm go out gzip-compressed when the browser accepts it, as any real static host does
// (the benchmark's transfer figures depend on it). Compressed once per file version.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const gzipCache = new Map();
function gzipped(file) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}:${mtimeMs}:${size}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(readFileSync(file), { level: 9 }));
  return gzipCache.get(key);
}

export function startServer({ dir, port = 0, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Deep links (no file extension) get the app; a missing asset is a real 404.
      if (extname(pathname) === '' || pathname.endsWith('.html')) {
        file = join(root, 'index.html');
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Cache-Control': cacheControl(file),
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    const compress = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    if (compress) {
      const body = gzipped(file);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = option('dir', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html not found; build first (make serve does).`);
    process.exit(1);
  }
  const server = await startServer({ dir, port: Number(option('port', '8080')), host: option('host', '127.0.0.1') });
  const { address, port } = server.address();
  console.log(`Inovda is served at http://${address}:${port}/ (Ctrl+C stops)`);
}
