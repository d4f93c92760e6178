/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

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
      // Two pages: the game, and the facilitator's console (a second window in seminars).
      input: { main: 'index.html', console: 'console.html' },
      output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } },
    },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
