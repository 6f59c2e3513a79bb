/*
 * The Content-Security-Policy of the built desk.
 *
 * The page may run only its own scripts: no inline script, no eval, no script or frame from
 * elsewhere, no <base>, no form posting anywhere. Trusted Types close the DOM sinks (innerHTML,
 * script URLs): the app passes no HTML to the DOM, and its two policies let through only
 * same-origin script URLs: 'default' (src/app/boot/apply-security-policy.ts) for the analysis
 * worker, 'galley-service-worker' (src/app/offline) for the service worker. Styles come from the app's own files; React and Slate set inline
 * styles through the CSSOM, which CSP does not govern, so 'unsafe-inline' is not needed.
 *
 * The page's policy travels in a <meta http-equiv> written into index.html at build time, so it
 * holds wherever the built files are served and `npm run dev` (inline scripts for hot reload)
 * stays as it is. `vite preview` also sends it as a header, with frame-ancestors (which a meta
 * tag cannot carry), and gives the worker scripts their own policy: a worker is governed by its
 * script's response, not by the page. The analysis worker compiles jieba's WebAssembly, hence
 * 'wasm-unsafe-eval' there and only there.
 */
import type { Plugin } from 'vite';

/** Directives of the page's policy, as written into index.html. */
export const PAGE_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'frame-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'require-trusted-types-for': "'script'",
  // 'galley-service-worker' is src/app/offline's policy for the service worker's address.
  'trusted-types': 'default galley-service-worker',
};

/** What the header adds to the page's policy: directives a meta tag cannot carry. */
export const HEADER_ONLY_POLICY: Readonly<Record<string, string>> = {
  'frame-ancestors': "'none'",
};

/** The policy of worker scripts (the analysis worker and the service worker). */
export const WORKER_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'object-src': "'none'",
  'base-uri': "'none'",
};

/** A policy as the header or meta tag spells it. */
export function formatPolicy(...parts: Readonly<Record<string, string>>[]): string {
  return parts
    .flatMap((directives) => Object.entries(directives))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * Script files get the worker policy: a script's own header matters only when it starts a worker
 * (a page's scripts run under the page's policy). Chosen by path, not by Sec-Fetch-Dest, because
 * the service worker precaches the worker script with the headers of its own fetch.
 */
const SCRIPT_PATH = /\.m?js(\?|$)/;

/**
 * The Vite plugin: writes the page's policy into index.html when building, and serves the
 * policies as headers from `vite preview`. Does nothing in the dev server.
 */
export function contentSecurityPolicy(): Plugin {
  const page = formatPolicy(PAGE_POLICY);
  const header = formatPolicy(PAGE_POLICY, HEADER_ONLY_POLICY);
  const worker = formatPolicy(WORKER_POLICY);
  return {
    name: 'galley:content-security-policy',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        // Right after the charset, before any script or style: a policy covers only what follows it.
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html needs a <meta charset> to put the policy after.');
        const at = charset.index + charset[0].length;
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${page}" />`;
        return html.slice(0, at) + meta + html.slice(at);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const isScript = SCRIPT_PATH.test(request.url ?? '');
        response.setHeader('Content-Security-Policy', isScript ? worker : header);
        next();
      });
    },
  };
}
