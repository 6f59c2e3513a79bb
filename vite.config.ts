import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // The service worker precaches the whole app so the desk starts and saves with no network.
    VitePWA({
      // A new version waits for the person's "Reload now" (src/app/offline): never over unsaved work.
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already takes the icons and the manifest.
      includeManifestIcons: false,
      manifest: {
        name: 'Galley',
        short_name: 'Galley',
        description: 'Galley — newsroom correction desk',
        lang: 'en',
        display: 'standalone',
        // start_url and scope default to the build's base.
        // --card (the masthead) and --paper of src/app/app.css.
        theme_color: '#ffffff',
        background_color: '#f7f5f0',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the desk can load, lazy chunks and the analysis worker included: the jieba
        // wasm, the English dictionary, the sample issue, the icons.
        globPatterns: ['**/*.{js,css,html,wasm,dic,aff,txt,svg,png,webmanifest}'],
        // The jieba wasm is 4 MB; the rest is well under 1 MB each.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The first visit is controlled at once, so it already works offline after it.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: [
      {
        // dictionary-en exports only its Node entry; the browser fetches its two files by URL.
        find: /^dictionary-en\/index\.(aff|dic)/,
        replacement: fileURLToPath(
          new URL('./node_modules/dictionary-en/index.$1', import.meta.url),
        ),
      },
    ],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173 },
});
