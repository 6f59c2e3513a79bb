import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
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
