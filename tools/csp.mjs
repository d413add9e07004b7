// Used by the post_build hook tools/gen-sw.mjs: enforces a Content-Security-Policy without
// 'unsafe-inline' scripts. Trunk writes its wasm loader as an inline module script; this hook
// moves every inline script of index.html into a hashed file next to it and adds the policy as
// a <meta http-equiv> tag, so any static host (and the service worker's cached copy) serves it.
import { createHash } from 'node:crypto';

/** The policy. `wasm-unsafe-eval` lets the page compile its own WebAssembly; nothing else runs
 * inline. Styles may stay inline (Leptos sets `style` attributes, e.g. progress bars). */
export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Returns `html` with inline scripts moved out (`files`: name → text to write) and the policy
 * inserted right after the charset tag. Throws if the page has no charset tag to anchor on.
 */
export function externalize(html, publicUrl = '/') {
  const files = new Map();
  const out = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
    if (/\ssrc\s*=/.test(attrs) || body.trim() === '') return whole;
    const name = `boot-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
    files.set(name, body);
    return `<script${attrs} src="${publicUrl}${name}"></script>`;
  });
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
  if (!charset.test(out)) throw new Error('csp: index.html has no <meta charset=utf-8> to anchor the policy on');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`;
  return { html: out.replace(charset, (tag) => tag + meta), files };
}
