/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pageStrings } from './scripts/pageStrings.ts';
import { manifest as words } from './src/strings/pages.ts';

// Static files (map geometry, icons) live in assets/ and are served from the site root.
export default defineConfig({
  publicDir: 'assets',
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600, // phaser alone is about 1.4 MB minified
    rolldownOptions: {
      // Three pages: the game, the facilitator's console (a second window in seminars), and a
      // networked seminar seat or dashboard (table.html, served by `npm run serve`).
      input: { main: 'index.html', console: 'console.html', table: 'table.html' },
      output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } },
    },
  },
  plugins: [
    // the pages' static words come from the string catalogue (src/strings/pages.ts)
    pageStrings(),
    // Offline play and install: a generated service worker precaches every built file (both pages,
    // the map JSON, the icons); `autoUpdate` swaps in a new version on the next load.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script', // a tiny registerSW.js beside each page; works under `vite preview`
      includeManifestIcons: false, // globPatterns below already takes every file in icons/
      manifest: {
        // the installed app's words are the string catalogue's (src/strings/pages.ts)
        name: words.name,
        short_name: words.shortName,
        description: words.description,
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'landscape',
        background_color: '#101820',
        theme_color: '#101820',
        lang: 'en',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // take over at once (the plugin sets these itself only for injectRegister 'auto')
        skipWaiting: true,
        clientsClaim: true,
        globPatterns: ['**/*.{js,css,html,json,png,svg,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024, // phaser's chunk is about 1.4 MB
        // console.html?session=… must find console.html, not fall back to the game
        ignoreURLParametersMatching: [/.*/],
        navigateFallbackDenylist: [/console\.html/, /table\.html/],
      },
    }),
  ],
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
