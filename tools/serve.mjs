// Static server for dist/: SPA fallback to index.html, wasm MIME type, production cache headers.
// Usage: node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
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
  return /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
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
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Cache-Control': cacheControl(file),
      'X-Content-Type-Options': 'nosniff',
    });
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
