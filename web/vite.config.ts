import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    // Offline street capture (docs/decisions/007-offline-outbox.md): the app shell is precached,
    // the few reads the tournée screen needs are served from cache when the network fails.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: '/index.html',
        // Pages with a secret in their address come from the server, with its no-referrer header.
        navigateFallbackDenylist: [/^\/api\//, /^\/lien\//, /^\/activer\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url, request }) =>
              request.method === 'GET' &&
              /^\/api\/(auth\/me|territoires|activites\/(derniere-tournee|mediateurs))$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'trame-tournee', networkTimeoutSeconds: 5 },
          },
        ],
      },
    }),
  ],
  resolve: {
    // Shared zod schemas, labels and permission rules (same alias in tsconfig.web.json).
    alias: { '@domain': fileURLToPath(new URL('../domain', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
