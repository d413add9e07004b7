// The real relay for the stories that send through it: `inovda serve` (the binary `make serve`
// runs) over a private copy of dist/ and a fresh data folder with SQLite, on a free loopback port.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST, PHONE, launchChromium } from './harness.mjs';

const TARGET = process.env.CARGO_TARGET_DIR || new URL('../../../target', import.meta.url).pathname;
/** The debug `inovda` binary (`cargo build -p inovda-cli`; make test builds it). */
export const BINARY = process.env.INOVDA_BIN || join(TARGET, 'debug', 'inovda');

/** Starts `inovda serve` and reads its address (and, on a fresh data folder, its enrolment code). */
function serve(root, data, listen, { expectCode }) {
  const child = spawn(BINARY, ['serve', '--dist', root, '--data', data, '--listen', listen], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(() => reject(new Error(`the relay did not start:\n${printed}`)), 30_000);
    const read = (chunk) => {
      printed += chunk;
      const url = /Inovda is served at (http:\/\/[^/\s]+)/.exec(printed)?.[1];
      const code = /Enrolment code[^:]*: (\S+)/.exec(printed)?.[1] ?? null;
      if (url && /Data folder/.test(printed) && (code || !expectCode)) {
        clearTimeout(timer);
        resolve({ child, url, code });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => { printed += chunk; });
    child.on('exit', (status) => { clearTimeout(timer); reject(new Error(`the relay exited (${status}):\n${printed}`)); });
  });
}

/** A relay serving the app, and a browser. `close()` stops both and removes the folders. */
export async function startRelayApp() {
  if (!existsSync(BINARY)) throw new Error(`${BINARY} is missing: cargo build -p inovda-cli (make test does)`);
  const root = mkdtempSync(join(tmpdir(), 'inovda-relay-dist-'));
  cpSync(DIST, root, { recursive: true });
  const data = mkdtempSync(join(tmpdir(), 'inovda-relay-data-'));
  let server = await serve(root, data, '127.0.0.1:0', { expectCode: true });
  const port = new URL(server.url).port;
  const browser = await launchChromium();
  const stop = async (signal = 'SIGTERM') => {
    server.child.removeAllListeners('exit');
    const exited = new Promise((done) => server.child.once('exit', done));
    server.child.kill(signal);
    await exited;
  };
  return {
    url: `${server.url}/`,
    code: server.code,
    data,
    browser,
    async newContext(options = {}) {
      return browser.newContext({ ...PHONE, acceptDownloads: true, ...options });
    },
    /**
     * Kills the relay (SIGKILL: no graceful end) and starts it again on the same port and data,
     * after `downMs` milliseconds of being down (none unless told).
     */
    async crashAndRestart({ downMs = 0 } = {}) {
      await stop('SIGKILL');
      if (downMs > 0) await new Promise((done) => setTimeout(done, downMs));
      server = await serve(root, data, `127.0.0.1:${port}`, { expectCode: false });
    },
    async close() {
      await browser.close();
      await stop();
      rmSync(root, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    },
  };
}
