import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { reactOnPreact } from './react-aliases.ts';
import { PERSONAL_URLS, REFERENCE_URLS, RUNTIME_CACHES } from './src/lib/pwa-caches.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    // Installable, and the capture forms open offline from a cold start (ADR 007, ADR 033): the app
    // shell is precached; the reads a capture needs are served from cache when the network fails.
    VitePWA({
      // A new version waits for a safe moment (web/src/app/update-banner.tsx), never mid-capture.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Trame — médiation sociale',
        short_name: 'Trame',
        description: 'Trame, la plateforme opérationnelle de la médiation sociale',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        // Mantine's blue.9, the theme's primary shade (web/src/app/theme.ts) and the favicon's.
        theme_color: '#1864ab',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // Pages with a secret in their address come from the server, with its no-referrer header.
        navigateFallbackDenylist: [/^\/api\//, /^\/lien\//, /^\/activer\//],
        cleanupOutdatedCaches: true,
        // The first visit's service worker takes the page at once, so the reads of that visit are
        // cached already; a later version still waits for its safe moment (skipWaiting stays off).
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: REFERENCE_URLS,
            handler: 'NetworkFirst',
            options: {
              cacheName: RUNTIME_CACHES.reference,
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 },
            },
          },
          {
            urlPattern: PERSONAL_URLS,
            handler: 'NetworkFirst',
            options: {
              cacheName: RUNTIME_CACHES.personnel,
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 100, maxAgeSeconds: 7 * 24 * 3600 },
            },
          },
        ],
      },
    }),
  ],
  resolve: {
    // Shared zod schemas, labels and permission rules (same alias in tsconfig.web.json).
    alias: [
      { find: '@domain', replacement: fileURLToPath(new URL('../domain', import.meta.url)) },
      ...reactOnPreact,
    ],
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
